package org.naba.quotes;

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
 *       skipped; لـ/بـ + a place ends it (المتحدث بهيئة الهلال الأحمر بجازان). The first indefinite
 *       word after that starts the name.
 *   <li>After a lawyer's or an agent's role and a client's noun, the name is the client's, so the
 *       phrase is the role alone ("وقال محامي النجم البرتغالي كريستيانو رونالدو").
 *   <li>A role followed by a comma takes the name in apposition ("وزير الخارجية الفلسطيني، رياض
 *       المالكي، إن"); a name followed by "، role" takes that role.
 *   <li>Where a name ends is {@link NamePhrases}'s; a marked name ("نواف العتيبي") is {@link
 *       MarkedPhrases}'.
 *   <li>A relative or personal pronoun (الذي، هو) is an anaphor; a statement noun (البيان) refers
 *       back to whoever issued the statement.
 *   <li>After a role, an institution noun, a plural in -ات or a noun before a possessive genitive
 *       starts the verb's object, not a name (أبلغ الرئيس الأمريكي | حكومة بلاده); a quantifier
 *       (أي، كل) opens no name.
 *   <li>An addressee between a verb and its subject is skipped (وقال لـ "الاقتصادية" الدكتور …).
 * </ul>
 *
 * <p>Long because it is one grammar of the role phrase: {@link #phraseAfter} and the small tests it
 * is made of ({@link #objectNoun}, {@link #alaContinues}, {@link #closesApposition} …) read the
 * same tokens and call each other, and {@link NamePhrases} calls back into them; name and marked
 * phrases are already apart.
 */
final class SpeakerPhrases {

  private static final int MAX_ROLE_WORDS = 12;
  private static final String NISBA = "ي";
  private static final int ALA_REACH = 4;
  private static final char COLON = ':';
  private static final String FI = "في";
  private static final char UNDERSCORE = '_';
  private static final char SPACE = ' ';
  private static final char FULL_STOP = '.';
  private static final String BI_DEFINITE = "بال";
  private static final String PLURAL_AT = "ات";
  private static final int ABBREVIATION_LETTERS = 2;

  private final ArticleTokens text;
  private final String body;
  private final List<Token> tokens;
  private final NamePhrases names;
  private final MarkedPhrases marked;

  SpeakerPhrases(ArticleTokens text) {
    this.text = text;
    this.body = text.body();
    this.tokens = text.tokens();
    this.names = new NamePhrases(text, this);
    this.marked = new MarkedPhrases(tokens);
  }

  /** The reader of the name phrases of the article. */
  NamePhrases names() {
    return names;
  }

  /** The reader of the names the article sets in quotation marks. */
  MarkedPhrases marked() {
    return marked;
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
    Subject marked = this.marked.at(s.nameTo(), to);
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
    Subject marked = this.marked.at(i + 1, to);
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

  private Subject phraseAfter(int i, int to, boolean lam) {
    Subject markedName = marked.at(i, to);
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
      Subject marked = this.marked.before(i);
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
      return names.named(afterHonorific(i, to), to, null, null);
    }
    if (!SpeakerWords.isRoleHead(first) && !SpeakerWords.RANKS.contains(first)) {
      int k = i;
      while (k + 1 < to
          && tokens.get(k + 1).word()
          && SpeakerWords.isDefinite(tokens.get(k).norm())
          && tokens.get(k).norm().endsWith(NISBA)
          && !SpeakerWords.isDefinite(tokens.get(k + 1).norm())
          && !isStop(tokens.get(k + 1).norm())
          && !names.hasPossessive(tokens.get(k + 1))) {
        k++; // "يرى الفرنسي آرسين فينغر": a nationality before the name
      }
      if (k > i) {
        return names.named(k, to, null, null);
      }
      return names.named(i, to, null, lam ? displayWithoutLam(tokens.get(i)) : null);
    }
    boolean closed = SpeakerWords.isDefinite(first) || SpeakerWords.RANKS.contains(first);
    int j = i + 1;
    int nameStart = -1;
    int limit = Math.min(to, i + MAX_ROLE_WORDS);
    while (j < limit && (tokens.get(j).word() || marked.afterConnector(j, limit, !closed) > j)) {
      if (!tokens.get(j).word()) {
        j = marked.afterConnector(j, limit, !closed);
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
      } else if (j == i + 1 && closed && names.surnameGivenElsewhere(j)) {
        nameStart = j; // "وقال الرئيس الأسد" after "بشار الأسد": a surname, not an adjective
        break;
      } else if (SpeakerWords.isDefinite(n) || SpeakerWords.isPlace(n)) {
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
      Subject apposition = a < to ? names.named(a, to, role, null) : null;
      if (apposition != null
          && closesApposition(apposition.nameTo(), to)
          && !SpeakerWords.isDefinite(tokens.get(a).norm())) {
        return apposition;
      }
    }
    if (nameStart < 0) {
      return new Subject(Type.ROLE_ONLY, i, i, role, null);
    }
    if (SpeakerWords.CLIENT_HEADS.contains(first)
        && SpeakerWords.CLIENTS.contains(tokens.get(i + 1).norm())) {
      // "وقال محامي النجم البرتغالي كريستيانو رونالدو": the name is the client's, not who spoke
      return new Subject(Type.ROLE_ONLY, i, i, role, null);
    }
    Subject name = names.named(nameStart, to, role, null);
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
        || j + 1 < limit && tokens.get(j + 1).word() && names.hasPossessive(tokens.get(j + 1));
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
    if (SpeakerWords.EVENT_NOUNS.contains(first)
        || isStop(first)
        || names.hasPossessive(tokens.get(j))) {
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
}
