package org.naba.quotes;

import static org.naba.text.ArabicLetters.BEH;
import static org.naba.text.ArabicLetters.LAM;
import static org.naba.text.ArabicLetters.WAW;

import java.util.List;
import org.naba.quotes.SpeakerMentions.Mention;
import org.naba.quotes.Subject.Type;
import org.naba.text.ArabicNormalizer;

/**
 * Reads the subjects of speech cues in one article: who stands before or after a cue as its
 * speaker. A pure function of the article's tokens, phrases and mentions; it keeps no state between
 * calls. Whether a cue counts is {@link CueQualifier}'s; the steps that find a verb's subject are
 * {@link VerbSubjects}.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>Time nouns (أعلن الشهر الماضي), possessive nouns (ذكرت ترحيبها), object nouns (وأكد حرص
 *       بلاده) and speech verbs are no subjects.
 *   <li>A clause's subject for a participle or a manner cue is the role-, rank- or honorific-led
 *       phrase after its initial verb (رفض الرئيس الإيراني، حسن روحاني …، متسائلا).
 *   <li>A report's speaker follows عن (ونقلت "فرانس برس" عن أردوغان), also past the list of
 *       reporting media; an attribution's speaker follows وفقاً لـ، بحسب، نقلاً عن.
 *   <li>A sentence's subject is a speaker to come when it is clearly a person with a role, or one
 *       the article already named.
 * </ul>
 */
final class SubjectReader {

  private static final String PLURAL_VERB = "وا";
  private static final int MAX_SENTENCE_NAME_WORDS = 3;
  private static final int REPORT_REACH = 8;
  private static final String MA = "ما";
  private static final String POSSESSIVE_HA = "ه";
  private static final String AN = "عن";
  private static final String QAWL = "قول";

  private final String body;
  private final List<Token> tokens;
  private final ArticleTokens text;
  private final SpeakerPhrases phrases;
  private final SpeakerMentions mentions;

  SubjectReader(ArticleTokens text, SpeakerPhrases phrases, SpeakerMentions mentions) {
    this.text = text;
    this.body = text.body();
    this.tokens = text.tokens();
    this.phrases = phrases;
    this.mentions = mentions;
  }

  List<Token> tokens() {
    return tokens;
  }

  SpeakerPhrases phrases() {
    return phrases;
  }

  /**
   * True when a one-word named subject cannot be a speaker: a time noun (الشهر، العام), a noun with
   * a possessive pronoun (ترحيبها، حديثه) or a speech verb itself (ومضى).
   */
  boolean notASubject(Subject s) {
    if (s == null || s.type() != Type.NAMED) {
      return false;
    }
    if (s.role() == null && SpeakerWords.TIME_NOUNS.contains(tokens.get(s.nameFrom()).norm())) {
      return true; // "أعلن الشهر الماضي أنه"
    }
    Token first = tokens.get(s.nameFrom());
    if (s.role() == null
        && s.nameTo() - s.nameFrom() > 1
        && phrases.names().hasPossessive(first)
        && SpeakerWords.isDefinite(tokens.get(s.nameFrom() + 1).norm())
        && mentions.findBySurname(first.norm(), Integer.MAX_VALUE) == null) {
      // "أعلن اعتزاله الفن": a noun with its pronoun and a definite genitive is the object
      // ("زميله عبدالله عطيف" is a subject)
      return true;
    }
    if (s.nameTo() - s.nameFrom() != 1) {
      return false;
    }
    if (s.role() == null
        && phrases.objectNoun(s.nameFrom(), tokens.size())
        && mentions.findBySurname(tokens.get(s.nameFrom()).norm(), Integer.MAX_VALUE) == null) {
      return true; // "وأكد حرص بلاده على": the verb's object
    }
    Token t = tokens.get(s.nameFrom());
    String raw = t.text(body);
    String n = t.norm();
    if (n.length() > 4 && n.charAt(0) == WAW && n.endsWith(PLURAL_VERB)) {
      return true; // "وظلوا يصرون": a plural verb, not a subject
    }
    return SpeakerWords.TIME_NOUNS.contains(n)
        || SpeechCues.lookup(n).isPresent()
        || raw.length() > 4
            && (raw.endsWith("ها") || raw.endsWith("ه") && !n.endsWith("الله"))
            && mentions.findBySurname(n, Integer.MAX_VALUE) == null;
  }

  /**
   * "ونقلت "فرانس برس" عن أردوغان …": the speaker follows the first عن (or قول: ونقلت الوكالة قول
   * الناطق …), within {@value #REPORT_REACH} words, or further when only the reporting media and
   * commas stand between (ونقلت وسائل إعلام إنجليزية عدة، منها صحيفة "اندبندنت" …، عن مصادر في نادي
   * ليستر); never past a complementizer.
   */
  Subject reported(int i, int to) {
    for (int k = i; k < to; k++) {
      Token t = tokens.get(k);
      // ونقلت الوكالة قول الناطق …، نبيل أبو ردينه، إن: the saying, then who said it (not تصريحات,
      // which a description follows: نقلت تصريحات مترجمة، تصريحات نسبتها إلى …)
      if (t.is(AN) || t.is(QAWL)) {
        return k < i + REPORT_REACH || commaBefore(i, k)
            ? phrases.subjectAfter(k + 1, to, false)
            : null;
      }
      if (t.word() && SpeechCues.isComplementizer(t.norm())) {
        return null;
      }
    }
    return null;
  }

  boolean commaBefore(int from, int k) {
    return k > from && ArticleTokens.isComma(tokens.get(k - 1));
  }

  Subject attributed(int i, int to) {
    if (i >= to || !tokens.get(i).word()) {
      return null;
    }
    String n = tokens.get(i).norm();
    if (SpeakerWords.SAYING_NOUNS.contains(n)) {
      return attributed(i + 1, to);
    }
    if (n.equals(MA) || SpeakerPhrases.stripLam(n).equals(MA)) {
      return phrases.subjectAfter(i + 2, to, false);
    }
    if (n.equals(AN)) {
      return phrases.subjectAfter(i + 1, to, false);
    }
    if (SpeechCues.lookup(n).isPresent()) {
      return attributed(i + 1, to);
    }
    if (n.equals(String.valueOf(LAM))) {
      return phrases.subjectAfter(i + 1, to, false);
    }
    if (n.length() > 2 && n.charAt(0) == LAM) {
      return phrases.subjectAfter(i, to, true);
    }
    return phrases.subjectAfter(i, to, false);
  }

  boolean onlyParticles(int from, int to) {
    for (int i = from; i < to; i++) {
      if (!tokens.get(i).word() || !SpeakerWords.CLAUSE_PARTICLES.contains(tokens.get(i).norm())) {
        return false;
      }
    }
    return true;
  }

  /**
   * The subject of the clause that a subject-less verb, a participle or a manner cue continues: a
   * role-led phrase right after a clause-initial verb ("من جانبه، أبدى المهاجم خوسيه أنطونيو ريس …،
   * وقال") or opening the clause after particles only ("لكن الرئيس الأمريكي نفى …، مؤكداً").
   */
  Subject clauseSubject(int from, int index) {
    for (int i = from + 1; i < index; i++) {
      Token t = tokens.get(i);
      Token verb = tokens.get(i - 1);
      boolean afterInitialVerb =
          verb.word()
              && (!SpeakerWords.STOP_WORDS.contains(verb.norm())
                  || SpeakerWords.VERBS_AMONG_STOP_WORDS.contains(verb.norm()))
              && !SpeakerWords.isConjoinedStopWord(verb.norm()) // "وحول زيارة …"، "وفي
              && (i - 1 == from
                  || !tokens.get(i - 2).word()
                  || SpeakerWords.CLAUSE_CONJUNCTIONS.contains(tokens.get(i - 2).norm()));
      if (afterInitialVerb
          && t.word()
          && i + 1 < index
          && t.norm().endsWith(POSSESSIVE_HA)
          && SpeakerWords.isRoleHead(tokens.get(i + 1).norm())) {
        // "وردت بطلته الممثلة الجزائرية ريم غزالي": the role after "its heroine"
        Subject s = phrases.subjectAfter(i + 1, index, false);
        if (s != null && !s.type().refersBack()) {
          return s;
        }
      }
      boolean opensClause = !afterInitialVerb && onlyParticles(from, i);
      if (t.word()
          && afterInitialVerb
          && !SpeakerWords.isRoleHead(t.norm())
          && !SpeakerWords.RANKS.contains(t.norm())
          && !SpeakerPhrases.isStop(t.norm())) {
        Subject s = phrases.subjectAfter(i, index, false);
        if (s != null && s.type() == Type.NAMED && s.role() != null) {
          // "شنت كاتي إلين، مديرة منظمة العفو الدولية …، هجوما … وقالت"
          return s;
        }
      }
      if (t.word()
          && (afterInitialVerb || opensClause)
          && (SpeakerWords.isRoleHead(t.norm())
              || SpeakerWords.RANKS.contains(t.norm())
              || afterInitialVerb && SpeakerWords.HONORIFICS.contains(t.norm()))) {
        // "اختتم الزميل الفراج مقالته … بقوله": an honorific marks a person too
        Subject s = phrases.subjectAfter(i, index, false);
        if (opensClause
            && s != null
            && s.type() == Type.NAMED
            && s.role() != null
            && mentions.findByName(ArabicNormalizer.normalize(phrases.nameText(s))) == null) {
          // "لكن الرئيس الأمريكي نفى …": the verb follows the role, so what follows is no name
          s = new Subject(Type.ROLE_ONLY, i, i, s.role(), null);
        }
        if (s != null && !s.type().refersBack()) {
          return s;
        }
      }
    }
    return null;
  }

  /**
   * The subject right after a sentence-initial verb, when it is clearly a person with a role: role
   * + name, or name + role (جيريمي كوربين زعيم حزب …); the name has at most three words, none after
   * the first with a preposition (التقى المالكي بفاتو …). Null otherwise.
   */
  Subject sentenceSubject(int i, int to) {
    Subject s = phrases.subjectAfter(i, to, false);
    if (s == null || s.type() != Type.NAMED) {
      return null;
    }
    s = phrases.names().trimmed(s);
    if (surnameThenObject(s, tokens.get(i).start())) {
      // "واتهم قبادي نظام الرئيس روحاني" after "شاهين قبادي": the surname alone
      s = new Subject(s.type(), s.nameFrom(), s.nameFrom() + 1, null, null);
    }
    for (int k = s.nameFrom() + 1; k < s.nameTo(); k++) {
      char c = tokens.get(k).norm().charAt(0);
      if (c == BEH || c == LAM) {
        s = new Subject(s.type(), s.nameFrom(), k, s.role(), s.firstName());
        break;
      }
    }
    if (s.nameTo() - s.nameFrom() > MAX_SENTENCE_NAME_WORDS) {
      return null;
    }
    if (s.role() != null) {
      return s;
    }
    String norm = ArabicNormalizer.normalize(phrases.nameText(s));
    String last = norm.substring(norm.lastIndexOf(' ') + 1);
    Mention known = mentions.findBySurname(last, tokens.get(s.nameFrom()).start());
    boolean knownSurname =
        s.nameTo() - s.nameFrom() == 1
            && known != null
            && known.lastWord().equals(last)
            && known.position() < tokens.get(s.nameFrom()).start();
    if (knownSurname
        || s.nameTo() - s.nameFrom() >= 2 && text.namedBefore(s.nameFrom(), s.nameTo())) {
      // "والتحق ديفيد غرين بصالة …": a person the article already named in full
      return s;
    }
    if (s.nameTo() < to && SpeakerWords.isRoleHead(tokens.get(s.nameTo()).norm())) {
      Subject r = phrases.subjectAfter(s.nameTo(), to, false);
      String role = r != null && r.type() == Type.ROLE_ONLY ? r.role() : null;
      return new Subject(s.type(), s.nameFrom(), s.nameTo(), role, s.firstName());
    }
    return null;
  }

  /**
   * True for a subject that is one marked word the article gives nowhere else ("زيزو"): a nickname,
   * which a continuation verb uses for the one already speaking.
   */
  boolean nickname(Subject s) {
    if (s == null || s.type() != Type.NAMED || s.nameTo() - s.nameFrom() != 1) {
      return false;
    }
    int k = s.nameFrom();
    return k > 0
        && tokens.get(k - 1).isQuoteMark()
        && k + 1 < tokens.size()
        && tokens.get(k + 1).isQuoteMark()
        && text.occurrences(tokens.get(k).norm()).size() == 1;
  }

  /**
   * True when a named subject of two words or more without a role opens with a surname that the
   * body gives earlier after a given name, and the next word is the verb's object (وأكد شكري التزام
   * مصر, after سامح شكري): the first word is a name word, the next no link (نصر الله), no word of
   * that full name, and the two words stand together nowhere else (دي ميستورا after ستيفان دي
   * ميستورا is one name).
   */
  boolean surnameThenObject(Subject s, int position) {
    if (s == null
        || s.type() != Type.NAMED
        || s.role() != null
        || s.firstName() != null
        || s.nameTo() - s.nameFrom() < 2) {
      return false;
    }
    int k = s.nameFrom();
    String next = tokens.get(k + 1).norm();
    if (!NameWords.isNameWord(tokens.get(k).text(body))
        || SpeakerWords.NAME_LINKS.contains(tokens.get(k).norm())
        || SpeakerWords.NAME_LINKS.contains(next)
        || text.pairElsewhere(k)) {
      return false;
    }
    String full = mentions.fullNameInBody(tokens.get(k).norm(), position, false);
    return full != null && !ArabicNormalizer.normalize(full).contains(next);
  }
}
