package org.naba.quotes;

import static org.naba.text.ArabicLetters.BEH;
import static org.naba.text.ArabicLetters.HEH;
import static org.naba.text.ArabicLetters.LAM;
import static org.naba.text.ArabicLetters.WAW;

import java.util.List;
import org.naba.quotes.Subject.Type;

/**
 * Reads a speaker phrase (role and name) at a position of an article.
 *
 * <p>Rules (word classes in {@link SpeakerWords}):
 *
 * <ul>
 *   <li>A role head (المتحدث، وزير …) starts a role that runs through its genitive chain until a
 *       definite word, then through definite adjectives; باسم، لشؤون، لـ/بـ + institution, في or
 *       على + a definite word continue it; a rank (اللواء) ends it; an honorific (الشيخ، د.) is
 *       skipped. The first indefinite word after that starts the name.
 *   <li>A role followed by a comma takes the name in apposition ("وزير الخارجية الفلسطيني، رياض
 *       المالكي، إن"); a name followed by "، role" takes that role.
 *   <li>A name ends before a stop word, a role head, an audience (للقناة), a pronoun, a word with a
 *       possessive suffix (مشواره) and, after a definite word, before a definite word that is no
 *       adjective ("وزارة الخارجية الروسية", not "… الطلب"). Organisations may go on with في + a
 *       place ("القنصلية الإيرانية في البصرة").
 *   <li>A relative or personal pronoun (الذي، هو) is an anaphor; a statement noun (البيان) refers
 *       back to whoever issued the statement.
 *   <li>After a role, an institution noun, a plural in -ات or a noun before a possessive genitive
 *       starts the verb's object, not a name (أبلغ الرئيس الأمريكي | حكومة بلاده); a quantifier
 *       (أي، كل) opens no name.
 *   <li>A name of three words or more ends after a word the article uses on its own elsewhere
 *       (عبدالله مخارش | سبب غياب, when وطمأن مخارش and لفت مخارش follow).
 *   <li>An addressee between a verb and its subject is skipped (وقال لـ "الاقتصادية" الدكتور …).
 * </ul>
 */
final class SpeakerPhrases {

  private static final int MAX_ROLE_WORDS = 12;
  private static final int MAX_NAME_WORDS = 6;
  private static final String NISBA = "ي";
  private static final char HASH = '#';
  private static final int MAX_SENTENCE_NAME_WORDS = 3;
  private static final int ALA_REACH = 4;
  private static final char COLON = ':';
  private static final String FI = "في";
  private static final char UNDERSCORE = '_';
  private static final char SPACE = ' ';
  private static final String ALLAH = "الله";
  private static final char FULL_STOP = '.';
  private static final String BI_DEFINITE = "بال";
  private static final String PLURAL_AT = "ات";
  private static final int ABBREVIATION_LETTERS = 2;

  private final ArticleTokens text;
  private final String body;
  private final List<Token> tokens;

  SpeakerPhrases(ArticleTokens text) {
    this.text = text;
    this.body = text.body();
    this.tokens = text.tokens();
  }

  /**
   * Parses the speaker phrase starting at token {@code i}, up to {@code to}; {@code lam} strips a
   * leading لـ/لل of the first word (وفقاً للمتحدث). Returns null when there is no phrase.
   */
  Subject subjectAfter(int i, int to, boolean lam) {
    Subject s = phraseAfter(i, to, lam);
    if (s == null || s.type() != Type.NAMED || !titled(tokens.get(i).norm())) {
      return s;
    }
    Subject marked = markedNameAt(s.nameTo(), to);
    if (marked != null) {
      // "وقال صاحب الناقة "نواف العتيبي"": the marked words are the name, the rest the role
      return new Subject(
          Type.NAMED, marked.nameFrom(), marked.nameTo(), roleText(i, s.nameTo(), lam), null);
    }
    return s;
  }

  private static boolean titled(String norm) {
    return SpeakerWords.isRoleHead(norm)
        || SpeakerWords.RANKS.contains(norm)
        || SpeakerWords.HONORIFICS.contains(norm);
  }

  /**
   * The index past an addressee standing right after a verb, before its subject, or {@code i}.
   * Rules: لـ or an audience word (للصحفيين، لوكالة) followed by a marked name of at most three
   * words ("وقال لـ "الاقتصادية" الدكتور حامد النيادي"), or an audience word with its definite
   * adjectives ("وقال للصحفيين الوزير …"، "وقال للتلفزيون الفرنسي"); ل + an addressee as written
   * (لأعضاء البرلمان) with its definite genitives.
   */
  int afterAddressee(int i, int to) {
    if (i >= to || !tokens.get(i).word()) {
      return i;
    }
    String n = tokens.get(i).norm();
    boolean lam = n.equals(String.valueOf(LAM));
    boolean audience =
        SpeakerWords.AUDIENCES.contains(n)
            || n.length() > 2
                && n.charAt(0) == LAM
                && SpeakerWords.MEDIA_NOUNS.contains(n.substring(1));
    if (!lam
        && !audience
        && !n.startsWith(SpeakerWords.LAM_DEFINITE)
        && NameWords.isAudience(tokens.get(i).text(body))) {
      // "وقال لأعضاء البرلمان": the addressee and its definite genitives
      int k = i + 1;
      while (k < to
          && tokens.get(k).word()
          && SpeakerWords.isDefinite(tokens.get(k).norm())
          && !titled(tokens.get(k).norm())) {
        k++;
      }
      return k;
    }
    if (!lam && !audience) {
      return i;
    }
    Subject marked = markedNameAt(i + 1, to);
    if (marked != null) {
      return marked.nameTo() + 1;
    }
    if (!audience || SpeakerWords.MEDIA_NOUNS.contains(n.substring(1))) {
      return i;
    }
    int k = i + 1;
    while (k < to
        && tokens.get(k).word()
        && (SpeakerWords.isDefinite(tokens.get(k).norm())
                && SpeakerWords.isAdjective(tokens.get(k).norm())
            || tokens.get(k).norm().length() <= ABBREVIATION_LETTERS
                && !isStop(tokens.get(k).norm()))) {
      k++; // "وقال للتلفزيون الفرنسي"، "وصرح للبي بي سي"
    }
    return k;
  }

  /** A marked name of at most three words opening at {@code k} ("نواف العتيبي"), or null. */
  private Subject markedNameAt(int k, int to) {
    if (k >= to || !tokens.get(k).isQuoteMark()) {
      return null;
    }
    for (int e = k + 1; e < to && e <= k + 4; e++) {
      if (tokens.get(e).isQuoteMark()) {
        return e > k + 1 ? new Subject(Type.NAMED, k + 1, e, null, null) : null;
      }
      if (!tokens.get(e).word()) {
        return null;
      }
    }
    return null;
  }

  private Subject phraseAfter(int i, int to, boolean lam) {
    Subject markedName = markedNameAt(i, to);
    if (markedName != null) {
      // "قال "حسين عبدالغني" لاعب فريق النصر": a marked name, maybe with its role after it
      int k = markedName.nameTo() + 1;
      Subject role =
          k < to && SpeakerWords.isRoleHead(tokens.get(k).norm())
              ? phraseAfter(k, to, false)
              : null;
      String roleText = role != null && role.type() == Type.ROLE_ONLY ? role.role() : null;
      return new Subject(Type.NAMED, markedName.nameFrom(), markedName.nameTo(), roleText, null);
    }
    if (i >= to || !tokens.get(i).word()) {
      return null;
    }
    String first = lam ? stripLam(tokens.get(i).norm()) : tokens.get(i).norm();
    if (SpeakerWords.PRONOUNS.contains(first)) {
      Subject marked = markedNameBefore(i);
      return marked != null ? marked : Subject.referringBack(Type.ANAPHOR, i);
    }
    if (SpeakerWords.STATEMENT_NOUNS.contains(first)) {
      return Subject.referringBack(Type.STATEMENT, i);
    }
    if (isStop(first)) {
      return null;
    }
    if (SpeakerWords.HONORIFICS.contains(first)) {
      if (i + 1 < to && SpeakerWords.ORDINALS.contains(tokens.get(i + 1).norm())) {
        // "وصرحت السيدة الأولى في الولايات المتحدة": a title, not an honorific before a name
        int j = i + 2;
        while (j + 1 < to && tokens.get(j).is(FI) && placeFollows(j + 1, to)) {
          j += 2;
          while (j < to && tokens.get(j).word() && SpeakerWords.isDefinite(tokens.get(j).norm())) {
            j++;
          }
        }
        return new Subject(Type.ROLE_ONLY, i, i, roleText(i, j, lam), null);
      }
      return named(afterHonorific(i, to), to, null, null);
    }
    if (!SpeakerWords.isRoleHead(first) && !SpeakerWords.RANKS.contains(first)) {
      int k = i;
      while (k + 1 < to
          && tokens.get(k + 1).word()
          && SpeakerWords.isDefinite(tokens.get(k).norm())
          && tokens.get(k).norm().endsWith(NISBA)
          && !SpeakerWords.isDefinite(tokens.get(k + 1).norm())
          && !isStop(tokens.get(k + 1).norm())
          && !hasPossessive(tokens.get(k + 1))) {
        k++; // "يرى الفرنسي آرسين فينغر": a nationality before the name
      }
      if (k > i) {
        return named(k, to, null, null);
      }
      return named(i, to, null, lam ? displayWithoutLam(tokens.get(i)) : null);
    }
    boolean closed = SpeakerWords.isDefinite(first) || SpeakerWords.RANKS.contains(first);
    int j = i + 1;
    int nameStart = -1;
    int limit = Math.min(to, i + MAX_ROLE_WORDS);
    while (j < limit && (tokens.get(j).word() || markedNameAfterConnector(j, limit, !closed) > j)) {
      if (!tokens.get(j).word()) {
        j = markedNameAfterConnector(j, limit, !closed);
        closed = true;
        continue;
      }
      String n = SpeakerWords.withoutConjunction(tokens.get(j).norm());
      if (SpeakerWords.CONNECTORS.contains(n)) {
        closed = false;
      } else if (n.length() > 3 && n.charAt(0) == WAW && SpeakerWords.isRoleHead(n.substring(1))) {
        closed = SpeakerWords.isDefinite(n.substring(1)); // "الرئيس السابق وعضو شرف نادي الرياض"
      } else if (n.equals(FI) && placeFollows(j + 1, limit)) {
        closed = false;
      } else if (n.equals(Token.ALA) && closed && alaContinues(j + 1, limit)) {
        closed = false;
      } else if (isStop(n) || SpeakerWords.AUDIENCES.contains(n)) {
        break;
      } else if (SpeakerWords.RANKS.contains(n)) {
        closed = true;
      } else if (SpeakerWords.HONORIFICS.contains(n)) {
        nameStart = afterHonorific(j, to);
        break;
      } else if (n.startsWith(SpeakerWords.LAM_DEFINITE) || n.startsWith(BI_DEFINITE)) {
        closed = true;
      } else if (SpeakerWords.isDefinite(n) || SpeakerWords.PLACES.contains(n)) {
        closed = true;
      } else if (SpeakerWords.isPrepositionalInstitution(n) || lamGenitive(n, j + 1, limit)) {
        closed = false;
      } else if (SpeakerWords.isPrepositionalPlace(n)) {
        closed = true;
      } else if (closed && !prepositionFollows(j + 1, limit)) {
        nameStart = objectNoun(j, limit) ? -1 : j;
        break;
      }
      j++;
    }
    String role = roleText(i, j, lam);
    if (nameStart < 0 && j < to && ArticleTokens.isComma(tokens.get(j))) {
      int a = j + 1;
      while (a < to
          && tokens.get(a).word()
          && SpeakerWords.isDefinite(tokens.get(a).norm())
          && SpeakerWords.isAdjective(tokens.get(a).norm())) {
        a++; // "رئيس الاتحاد، السويسري جياني إنفانتينو"
      }
      Subject apposition = a < to ? named(a, to, role, null) : null;
      if (apposition != null
          && closesApposition(apposition.nameTo(), to)
          && !SpeakerWords.isDefinite(tokens.get(a).norm())) {
        return apposition;
      }
    }
    if (nameStart < 0) {
      return new Subject(Type.ROLE_ONLY, i, i, role, null);
    }
    Subject name = named(nameStart, to, role, null);
    return name != null ? name : new Subject(Type.ROLE_ONLY, i, i, role, null);
  }

  /**
   * True when the indefinite word at {@code j} after a role is the verb's object, not a name: an
   * institution noun (أبلغ الرئيس الأمريكي | حكومة بلاده), a plural in -ات (وصف وزير الخارجية
   * الإيراني | اتهامات الولايات المتحدة) or a noun whose genitive carries a possessive pronoun
   * (وأكد | حرص بلاده).
   */
  boolean objectNoun(int j, int limit) {
    String n = tokens.get(j).norm();
    return SpeakerWords.INSTITUTIONS.contains(n)
        || n.length() > 4 && n.endsWith(PLURAL_AT)
        || j + 1 < limit && tokens.get(j + 1).word() && hasPossessive(tokens.get(j + 1));
  }

  /** "رئيس الاتحاد الدولي لكرة القدم": لـ + indefinite noun followed by a definite one. */
  boolean lamGenitive(String n, int next, int limit) {
    return n.length() > 2
        && n.charAt(0) == LAM
        && !n.startsWith(SpeakerWords.LAM_DEFINITE)
        && next < limit
        && tokens.get(next).word()
        && SpeakerWords.isDefinite(tokens.get(next).norm());
  }

  /** True when a لـ/بـ + institution or place word follows (بجامعة الملك عبدالعزيز بجدة). */
  boolean prepositionFollows(int j, int limit) {
    if (j >= limit || !tokens.get(j).word()) {
      return false;
    }
    String n = tokens.get(j).norm();
    return SpeakerWords.isPrepositionalInstitution(n) || SpeakerWords.isPrepositionalPlace(n);
  }

  /**
   * After a connector (متحدث باسم "المارينز"), the index just past a marked name of at most three
   * words that opens at {@code j}; otherwise {@code j}.
   */
  int markedNameAfterConnector(int j, int limit, boolean openChain) {
    if (j == 0
        || j >= limit
        || !tokens.get(j).isQuoteMark()
        || !openChain && !SpeakerWords.CONNECTORS.contains(tokens.get(j - 1).norm())) {
      return j;
    }
    for (int k = j + 1; k < limit && k <= j + 4; k++) {
      if (tokens.get(k).isQuoteMark()) {
        return k > j + 1 ? k + 1 : j;
      }
      if (!tokens.get(k).word()) {
        return j;
      }
    }
    return j;
  }

  /**
   * The marked name right before a relative pronoun at {@code i} (الأميركي المسلم "مالكوم إكس" الذي
   * قال), or null.
   */
  Subject markedNameBefore(int i) {
    if (i < 3 || !tokens.get(i - 1).isQuoteMark()) {
      return null;
    }
    for (int k = i - 2; k >= 0 && k >= i - 5; k--) {
      Token t = tokens.get(k);
      if (t.isQuoteMark()) {
        return k < i - 2 ? new Subject(Type.NAMED, k + 1, i - 1, null, null) : null;
      }
      if (!t.word()) {
        return null;
      }
    }
    return null;
  }

  /**
   * The token after an honorific at {@code j} and any honorific right after it, skipping an
   * abbreviation point (م. / د.).
   */
  int afterHonorific(int j, int to) {
    int k = j + 1;
    if (k < to && !tokens.get(k).word() && tokens.get(k).norm().charAt(0) == FULL_STOP) {
      k++;
    }
    if (k < to && tokens.get(k).word() && SpeakerWords.HONORIFICS.contains(tokens.get(k).norm())) {
      return afterHonorific(k, to); // "الزميل الدكتور أحمد الفراج"
    }
    return k;
  }

  /**
   * True when على continues a role ("عضو الهيئة الوطنية للرقابة على تنفيذ مخرجات الحوار"): a noun
   * that is no event (هامش، حسابه) and a definite word within {@value #ALA_REACH} words.
   */
  boolean alaContinues(int j, int limit) {
    if (j >= limit || !tokens.get(j).word()) {
      return false;
    }
    String first = tokens.get(j).norm();
    if (SpeakerWords.EVENT_NOUNS.contains(first) || isStop(first) || hasPossessive(tokens.get(j))) {
      return false;
    }
    for (int k = j; k < limit && k < j + ALA_REACH && tokens.get(k).word(); k++) {
      if (SpeakerWords.isDefinite(tokens.get(k).norm())) {
        return true;
      }
    }
    return false;
  }

  /** True when a definite word or a known place follows {@code في} (السفير الروسي في بغداد). */
  boolean placeFollows(int j, int limit) {
    if (j >= limit || !tokens.get(j).word()) {
      return false;
    }
    String n = tokens.get(j).norm();
    if (SpeakerWords.EVENT_NOUNS.contains(n)) {
      return false;
    }
    return SpeakerWords.PLACES.contains(n)
        || SpeakerWords.INSTITUTIONS.contains(n)
        || SpeakerWords.isDefinite(n)
            && !isStop(n)
            && !SpeakerWords.EVENT_NOUNS.contains(n.substring(2));
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
          isStop(n)
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
          && placeFollows(k + 1, limit)) {
        // "القنصلية الإيرانية في البصرة", "بعثة الاتحاد الإفريقي في الصومال"
        k++;
        previousDefinite = false;
        continue;
      }
      if (k > from && tokens.get(k).start() > 0 && body.charAt(tokens.get(k).start() - 1) == HASH) {
        break; // "مشاهدو المسلسل الجزائري | #أسطورة_الممالك"
      }
      boolean roleWord =
          SpeakerWords.isRoleHead(n) && (!SpeakerWords.isDefinite(n) || k - from >= 2);
      if (k > from
          && (stop
              || roleWord
              || hasPossessive(tokens.get(k))
              || previousDefinite && SpeakerWords.isDefinite(n) && !SpeakerWords.isAdjective(n))) {
        break;
      }
      previousDefinite = SpeakerWords.isDefinite(n);
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
      Subject r = subjectAfter(k + 1, to, false);
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
      if (isStop(n) || SpeakerWords.INSTITUTIONS.contains(n) || SpeakerWords.PLACES.contains(n)) {
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

  /** True for a word ending in the possessive pronoun ه (مشواره), not a name like عبدالله. */
  boolean hasPossessive(Token t) {
    String text = t.text(body);
    return text.length() >= 5 && text.charAt(text.length() - 1) == HEH && !t.norm().endsWith(ALLAH);
  }

  /**
   * True when a name in apposition ends properly: at a comma, a colon, a complementizer, a speech
   * cue or the end of the context ("وزير الخارجية الفلسطيني، رياض المالكي، إن").
   */
  boolean closesApposition(int k, int to) {
    if (k >= to) {
      return true;
    }
    Token t = tokens.get(k);
    if (!t.word()) {
      return ArticleTokens.isComma(t) || t.norm().charAt(0) == COLON || t.isQuoteMark();
    }
    return SpeechCues.isComplementizer(t.norm())
        || SpeechCues.lookup(t.norm()).isPresent()
        || SpeakerWords.AUDIENCES.contains(t.norm());
  }

  static boolean isStop(String norm) {
    return SpeakerWords.STOP_WORDS.contains(norm)
        || SpeakerWords.isConjoinedStopWord(norm)
        || SpeechCues.isComplementizer(norm)
        || SpeechCues.lookup(norm).isPresent();
  }

  static String stripLam(String norm) {
    if (norm.startsWith(SpeakerWords.LAM_DEFINITE)) {
      return SpeakerWords.DEFINITE_ARTICLE + norm.substring(2);
    }
    return norm.length() > 2 && norm.charAt(0) == LAM ? norm.substring(1) : norm;
  }

  String displayWithoutLam(Token t) {
    String text = t.text(body);
    if (text.startsWith("لل")) {
      return SpeakerWords.DEFINITE_ARTICLE + text.substring(2);
    }
    return text.startsWith("ل") ? text.substring(1) : text;
  }

  String roleText(int from, int to, boolean lam) {
    if (to <= from) {
      return null;
    }
    Token first = tokens.get(from);
    Token last = tokens.get(to - 1);
    if (!lam) {
      return body.substring(first.start(), last.end()).replace(UNDERSCORE, SPACE);
    }
    return displayWithoutLam(first)
        + body.substring(first.end(), last.end()).replace(UNDERSCORE, SPACE);
  }

  String nameText(Subject s) {
    Token first = tokens.get(s.nameFrom());
    Token last = tokens.get(s.nameTo() - 1);
    if (s.firstName() != null) {
      return s.firstName() + body.substring(first.end(), last.end()).replace(UNDERSCORE, SPACE);
    }
    return body.substring(first.start(), last.end()).replace(UNDERSCORE, SPACE);
  }

  /**
   * A mention found without a speech verb, cut where its verb's object likely starts: after two
   * indefinite words a definite one ("لازلو بولوني | التتويج").
   */
  Subject trimmed(Subject s) {
    int to = s.nameTo();
    for (int k = s.nameFrom() + 2; k < s.nameTo(); k++) {
      if (SpeakerWords.isDefinite(tokens.get(k).norm())
          && !tokens.get(k).is(ALLAH)
          && !SpeakerWords.isDefinite(tokens.get(k - 1).norm())
          && !SpeakerWords.isDefinite(tokens.get(k - 2).norm())) {
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
   * True for a name of at most {@value #MAX_SENTENCE_NAME_WORDS} words, or a longer one joined by
   * بن/آل/أبو/عبد (خالد بن أحمد آل خليفة); longer runs found without a speech verb are mostly a
   * name followed by the verb's object.
   */
  boolean plausibleName(Subject s) {
    if (s.nameTo() - s.nameFrom() <= MAX_SENTENCE_NAME_WORDS) {
      return true;
    }
    for (int k = s.nameFrom(); k < s.nameTo(); k++) {
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
