package org.naba.quotes;

import static org.naba.text.ArabicLetters.BEH;
import static org.naba.text.ArabicLetters.HEH;

import java.util.List;
import org.naba.quotes.Subject.Type;

/**
 * Reads where a name or organisation phrase of an article ends, and trims the names found without a
 * speech verb. A pure function of the article's tokens.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>A name has at most {@value #MAX_NAME_WORDS} words; a marked name after a media noun (صحيفة
 *       "الصن") is the name.
 *   <li>A name ends before a stop word, a role head, an audience (للقناة), a pronoun, a word with a
 *       plural or possessive pronoun (سعيهم، مشواره), after a word with the pronoun ها, before a
 *       hashtag, and, after a definite word, before a definite word that is no adjective ("وزارة
 *       الخارجية الروسية", not "… الطلب"). An organisation may go on with في + a place ("القنصلية
 *       الإيرانية في البصرة") and ends before a word with بـ ("المسؤولون في البلدية | بفتح تحقيق").
 *   <li>A name followed by "، role" takes that role.
 *   <li>A name of three words or more ends after a word the article uses on its own elsewhere
 *       (عبدالله مخارش | سبب غياب, when وطمأن مخارش and لفت مخارش follow).
 *   <li>A name found without a speech verb ends where its verb's object likely starts: after two
 *       indefinite words a definite one ("لازلو بولوني | التتويج"), but not the definite half after
 *       a link (نجيب عبد الرزاق), or where the article gave it before; longer than {@value
 *       #MAX_SENTENCE_NAME_WORDS} words it is plausible only when a word of lineage joins it (خالد
 *       بن أحمد آل خليفة).
 * </ul>
 */
final class NamePhrases {

  private static final int MAX_NAME_WORDS = 6;
  private static final int MAX_SENTENCE_NAME_WORDS = 3;
  private static final char HASH = '#';
  private static final String FI = "في";
  private static final String ALLAH = "الله";
  private static final String ABD = "عبد";
  private static final String BI_DEFINITE = "بال";

  private final ArticleTokens text;
  private final String body;
  private final List<Token> tokens;

  /** Reads the phrases whose roles {@code phrases} reads ("، role" after a name). */
  private final SpeakerPhrases phrases;

  NamePhrases(ArticleTokens text, SpeakerPhrases phrases) {
    this.text = text;
    this.body = text.body();
    this.tokens = text.tokens();
    this.phrases = phrases;
  }

  /**
   * A name or organisation phrase from {@code from}. Rules: at most {@value #MAX_NAME_WORDS} words;
   * it ends before a stop word, a role head, an audience (للقناة), a word with a plural pronoun,
   * and after a word with the pronoun ها; a definite word after another definite word must be an
   * adjective (وزارة الخارجية الروسية, not وزارة الخارجية الطلب).
   */
  Subject named(int from, int to, String role, String firstDisplay) {
    if (from + 2 < to
        && SpeakerWords.MEDIA_NOUNS.contains(tokens.get(from).norm())
        && tokens.get(from + 1).isQuoteMark()) {
      for (int k = from + 2; k < to && k <= from + 6; k++) {
        if (tokens.get(k).isQuoteMark()) {
          return k > from + 2 ? new Subject(Type.NAMED, from + 2, k, role, null) : null;
        }
        if (!tokens.get(k).word()) {
          break;
        }
      }
    }
    int k = from;
    int limit = Math.min(to, from + MAX_NAME_WORDS);
    boolean previousDefinite = false;
    while (k < limit && tokens.get(k).word()) {
      String n = tokens.get(k).norm();
      boolean stop =
          SpeakerPhrases.isStop(n)
              || SpeakerWords.AUDIENCES.contains(n)
              || SpeakerWords.PRONOUNS.contains(n)
              || SpeakerWords.hasPluralPronoun(n)
              || n.startsWith(BI_DEFINITE)
              || n.startsWith(SpeakerWords.LAM_DEFINITE) && firstDisplay == null;
      if (k == from && (stop || SpeakerWords.QUANTIFIERS.contains(tokens.get(k).text(body)))) {
        return null;
      }
      if (k > from && organisation(from) && n.charAt(0) == BEH && !n.startsWith("بن")) {
        break; // "المسؤولون في البلدية | بفتح تحقيق"
      }
      if (k > from
          && n.equals(FI)
          && (organisation(from) || SpeakerWords.SOURCE_NOUNS.contains(tokens.get(from).norm()))
          && phrases.placeFollows(k + 1, limit)) {
        // "القنصلية الإيرانية في البصرة", "بعثة الاتحاد الإفريقي في الصومال"
        k++;
        previousDefinite = false;
        continue;
      }
      if (k > from && tokens.get(k).start() > 0 && body.charAt(tokens.get(k).start() - 1) == HASH) {
        break; // "مشاهدو المسلسل الجزائري | #أسطورة_الممالك"
      }
      boolean roleWord =
          SpeakerWords.isRoleHead(n)
              && (!SpeakerWords.isDefinite(n) || k - from >= 2)
              && !(k > from && nameAfterLink(k, n));
      if (k > from
          && (stop
              || roleWord
              || hasPossessive(tokens.get(k)) && !surnameInH(k)
              || previousDefinite && SpeakerWords.isDefinite(n) && !SpeakerWords.isAdjective(n))) {
        break;
      }
      // the definite half of a compound name after its link (عبد الإله، أبو العبد) is no article
      previousDefinite = SpeakerWords.isDefinite(n) && !(k > from && afterLink(k));
      k++;
      if (SpeakerWords.hasPronoun(n)) {
        break;
      }
    }
    if (k == from) {
      return null;
    }
    k = confirmedEnd(from, k);
    if (role == null
        && k < to
        && ArticleTokens.isComma(tokens.get(k))
        && k + 1 < to
        && SpeakerWords.isRoleHead(tokens.get(k + 1).norm())) {
      Subject r = phrases.subjectAfter(k + 1, to, false);
      if (r != null && r.type() == Type.ROLE_ONLY) {
        role = r.role();
      }
    }
    return new Subject(Type.NAMED, from, k, role, firstDisplay);
  }

  /**
   * Where a name of three or more words really ends: after a word that the article uses on its own
   * elsewhere, never followed by the next word ("عبدالله مخارش | سبب غياب" when "وطمأن مخارش" comes
   * later), unless the next word is a link (بن، آل، الله); else {@code to}.
   */
  private int confirmedEnd(int from, int to) {
    if (to - from < 3 || organisation(from)) {
      return to;
    }
    for (int k = from + 1; k < to - 1; k++) {
      String n = tokens.get(k).norm();
      if (SpeakerPhrases.isStop(n)
          || SpeakerWords.INSTITUTIONS.contains(n)
          || SpeakerWords.PLACES.contains(n)) {
        return to; // "مصادر في نادي ليستر": a description, not a name
      }
      if (!SpeakerWords.NAME_LINKS.contains(tokens.get(k + 1).norm())
          && !SpeakerWords.NAME_LINKS.contains(tokens.get(k).norm())
          && text.usedAlone(k, from, to)) {
        return k + 1;
      }
    }
    return to;
  }

  /**
   * True when the phrase at {@code from} names an organisation: definite or an institution noun.
   */
  boolean organisation(int from) {
    String n = tokens.get(from).norm();
    return SpeakerWords.isDefinite(n) || SpeakerWords.INSTITUTIONS.contains(n);
  }

  /**
   * True when the word at {@code k}, ending in ه, is a name rather than a noun with a possessive
   * pronoun: a lineage link (أبو، بن) stands before it (نبيل أبو ردينه), or the article puts an
   * honorific or a rank right before it elsewhere ("الدكتور باناجه" after "عبد الإله باناجه").
   */
  private boolean surnameInH(int k) {
    if (afterLink(k)) {
      return true;
    }
    for (int i : text.occurrences(tokens.get(k).norm())) {
      if (i > 0 && i != k && titled(tokens.get(i - 1).norm())) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the role word {@code n} at {@code k} is a name after its lineage link: indefinite
   * (جلوي بن عبدالعزيز بن مساعد), or after عبد (عبد الملك); not "ابن الكاتب" (the writer's son).
   */
  private boolean nameAfterLink(int k, String n) {
    return afterLink(k) && (!SpeakerWords.isDefinite(n) || tokens.get(k - 1).is(ABD));
  }

  private boolean afterLink(int k) {
    return SpeakerWords.LINEAGE_LINKS.contains(tokens.get(k - 1).norm());
  }

  private static boolean titled(String n) {
    return SpeakerWords.HONORIFICS.contains(n) || SpeakerWords.RANKS.contains(n);
  }

  /** True for a word ending in the possessive pronoun ه (مشواره), not a name like عبدالله. */
  boolean hasPossessive(Token t) {
    String text = t.text(body);
    return text.length() >= 5 && text.charAt(text.length() - 1) == HEH && !t.norm().endsWith(ALLAH);
  }

  /**
   * A mention found without a speech verb, cut where its verb's object likely starts: after two
   * indefinite words a definite one ("لازلو بولوني | التتويج"), unless a link joins it to the name
   * (نجيب عبد الرزاق، أحمد أبو الغيط).
   */
  Subject trimmed(Subject s) {
    int to = s.nameTo();
    for (int k = s.nameFrom() + 2; k < s.nameTo(); k++) {
      if (SpeakerWords.isDefinite(tokens.get(k).norm())
          && !tokens.get(k).is(ALLAH)
          && !afterLink(k)
          && !SpeakerWords.isDefinite(tokens.get(k - 1).norm())
          && nameWord(k - 2)) {
        to = k;
        break;
      }
    }
    if (to - s.nameFrom() > 2 && !text.namedBefore(s.nameFrom(), to)) {
      for (int k = to - 1; k >= s.nameFrom() + 2; k--) {
        if (text.namedBefore(s.nameFrom(), k)) {
          to = k; // "المهاجم سامر سالم | عقد انتقاله": the name as given before
          break;
        }
      }
    }
    return new Subject(s.type(), s.nameFrom(), to, s.role(), s.firstName());
  }

  /**
   * True when the definite word at {@code k} is a surname: the article gives it elsewhere right
   * after a given name (بشار الأسد … وقال الرئيس الأسد; رياض المؤخر … وقال الوزير المؤخر), an
   * indefinite word that is no role, rank, honorific, stop word, place or link and has no pronoun
   * ({@link NameWords#isNameWord}), after a word that opens a name (السوري بشار; not رئيس تحرير
   * الصحيفة). Not a nisba, which is an adjective far more often.
   */
  boolean surnameGivenElsewhere(int k) {
    String n = tokens.get(k).norm();
    if (!SpeakerWords.isDefinite(n) || SpeakerWords.isAdjective(n)) {
      return false; // a nisba (الروماني، الحريري) reads as an adjective first
    }
    for (int i : text.occurrences(n)) {
      if (i != k && i > 1 && givenName(tokens.get(i - 1)) && beforeGivenName(tokens.get(i - 2))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A comma, a definite word (الرئيس، والبيئة), a rank or an honorific: a given name may follow.
   * Unlike {@link SpeakerMentions#opensName}, not an indefinite role head, whose genitive follows
   * it (رئيس تحرير الصحيفة).
   */
  private static boolean beforeGivenName(Token t) {
    String n = t.norm();
    return ArticleTokens.isComma(t)
        || t.word()
            && (SpeakerWords.isDefinite(SpeakerWords.withoutConjunction(n))
                || SpeakerWords.RANKS.contains(n)
                || SpeakerWords.HONORIFICS.contains(n));
  }

  private boolean givenName(Token t) {
    String n = t.norm();
    return t.word()
        && n.length() > 2
        && !SpeakerWords.isDefinite(n)
        && !n.startsWith(BI_DEFINITE) // "بالرئيس السابق" is no name
        && !n.startsWith(SpeakerWords.LAM_DEFINITE)
        && !SpeakerWords.NAME_LINKS.contains(n)
        && !hasPossessive(t)
        && NameWords.isNameWord(t.text(body));
  }

  /** An indefinite word, or the definite half of a name after its link (عبد العزيز). */
  private boolean nameWord(int k) {
    return !SpeakerWords.isDefinite(tokens.get(k).norm()) || afterLink(k);
  }

  /**
   * True for a name of at most {@value #MAX_SENTENCE_NAME_WORDS} words, or a longer one joined by
   * بن/آل/أبو/عبد (خالد بن أحمد آل خليفة); longer runs found without a speech verb are mostly a
   * name followed by the verb's object.
   */
  boolean plausibleName(Subject s) {
    return s.nameTo() - s.nameFrom() <= MAX_SENTENCE_NAME_WORDS
        || hasLineageLink(s.nameFrom(), s.nameTo());
  }

  /** Whether a word of {@code [from, to)} is a lineage link (بن، آل، أبو، عبد). */
  boolean hasLineageLink(int from, int to) {
    for (int k = from; k < to; k++) {
      if (SpeakerWords.LINEAGE_LINKS.contains(tokens.get(k).norm())) {
        return true;
      }
    }
    return false;
  }

  /** The phrase cut before its first later word with a بـ prefix (صحيفة جمهوريت | بتهم). */
  Subject withoutPrepositionalTail(Subject s) {
    for (int k = s.nameFrom() + 1; k < s.nameTo(); k++) {
      String n = tokens.get(k).norm();
      if (n.charAt(0) == BEH && !SpeakerWords.LINEAGE_LINKS.contains(n)) {
        return new Subject(s.type(), s.nameFrom(), k, s.role(), s.firstName());
      }
    }
    return s;
  }
}
