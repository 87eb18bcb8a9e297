package org.naba.quotes;

import static org.naba.text.ArabicLetters.BEH;
import static org.naba.text.ArabicLetters.FEH;
import static org.naba.text.ArabicLetters.WAW;

import java.util.List;
import java.util.Set;
import org.naba.quotes.Subject.Type;
import org.naba.text.Lexicon;

/**
 * How the subject of a speech verb is found: steps tried in order, the first that finds a subject
 * wins. Each step is a pure function of the article (read through {@link SubjectReader}) and the
 * verb.
 *
 * <p>The subject of a verb that reports speech ({@link #OF_VERB}: the speech events and mentions an
 * article collects), in this order:
 *
 * <ol>
 *   <li>{@link AfterVerb}: the phrase after the verb and its addressee, if any (VSO: "وقال الناطق
 *       باسم الجهاز صباح النعمان"), or a name set off by commas right after it ("وقالت، مارلين
 *       غلين،"), unless it is no subject (a time noun, an object, a verb: {@link
 *       SubjectReader#notASubject}).
 *   <li>{@link BeforeVerb}: a phrase before the verb (SVO: "النعمان، حذّر"), unless it is no
 *       subject.
 * </ol>
 *
 * <p>The subject of a verb that cues a quote ({@link #OF_CUE}), in this order:
 *
 * <ol>
 *   <li>{@link AfterCue}: as {@link AfterVerb}, but a phrase with بـ after a weak verb is its
 *       object ("ووعد باستقطاب أشخاص …"), so is a name right before بأنه or بـ after a verb of
 *       describing ("قد وصف عنان بأنه"), and a marked nickname after a continuation verb ("وتابع
 *       "زيزو"") stands for the speaker already speaking.
 *   <li>{@link MarkedNameBeforePronoun}: a marked name right before the pronoun that opens the verb
 *       ("… "مالكوم إكس" الذي قال").
 *   <li>{@link NamedBeforeRelativePronoun}: a role and name right before the relative pronoun that
 *       opens the verb ("الرئيس الاميركي باراك اوباما الذي قال").
 *   <li>{@link BeforeVerb}.
 *   <li>{@link ClauseSubject}: the role-led subject of the clause the verb continues ("من جانبه،
 *       أبدى المهاجم خوسيه أنطونيو ريس …، وقال").
 *   <li>{@link IssuerOfStatement}: who issued the statement named before the verb ("وفي بيان نشرته
 *       وزارة الخارجية الفلبينية، الإثنين، ذكرت").
 * </ol>
 */
final class VerbSubjects {

  /** A speech verb at token {@code index}, read in the context {@code [from, to)}. */
  record Verb(int index, SpeechCues.Cue cue, int from, int to) {}

  /** One way to find the subject of a speech verb. */
  interface Step {

    /** The subject this step finds for {@code verb}, or null to leave it to the next step. */
    Subject find(SubjectReader reader, Verb verb);
  }

  /** The steps for the subject of a verb that reports speech. */
  static final List<Step> OF_VERB = List.of(new AfterVerb(), new BeforeVerb());

  /** The steps for the subject of a verb that cues a quote. */
  static final List<Step> OF_CUE =
      List.of(
          new AfterCue(),
          new MarkedNameBeforePronoun(),
          new NamedBeforeRelativePronoun(),
          new BeforeVerb(),
          new ClauseSubject(),
          new IssuerOfStatement());

  private static final int MAX_SVO_WORDS = 5;
  private static final int MAX_ROLE_WORDS = 12;
  private static final String QAD = "قد";

  /** The forms of كان before an SVO subject: a closed set that is part of the rule. */
  private static final Set<String> KANA = Set.of("كان", "وكان", "كانت", "وكانت");

  /** "As for", before a subject that its verb follows with ف (أما الشاعر …، فيرى). */
  private static final Set<String> TOPIC_OPENERS = Set.of("اما", "واما");

  private VerbSubjects() {}

  /** The subject the first of {@code steps} that finds one finds, or null. */
  static Subject find(List<Step> steps, SubjectReader reader, Verb verb) {
    for (Step step : steps) {
      Subject s = step.find(reader, verb);
      if (s != null) {
        return s;
      }
    }
    return null;
  }

  /** VSO: the phrase after the verb and its addressee, unless it is no subject. */
  record AfterVerb() implements Step {

    @Override
    public Subject find(SubjectReader reader, Verb verb) {
      SpeakerPhrases phrases = reader.phrases();
      Subject s =
          phrases.subjectAfter(
              phrases.afterAddressee(verb.index() + 1, verb.to()), verb.to(), false);
      if (s == null) {
        s = betweenCommas(reader, verb);
      }
      return reader.notASubject(s) ? null : s; // "أعلن الشهر الماضي"، "ذكرت ترحيبها"
    }

    /** "وقالت، مارلين غلين، التي …": a name set off by commas right after the verb. */
    private static Subject betweenCommas(SubjectReader reader, Verb verb) {
      List<Token> tokens = reader.tokens();
      int comma = verb.index() + 1;
      if (comma + 1 >= verb.to() || !ArticleTokens.isComma(tokens.get(comma))) {
        return null;
      }
      Subject s = reader.phrases().subjectAfter(comma + 1, verb.to(), false);
      return s != null
              && s.type() == Type.NAMED
              && s.nameTo() < verb.to()
              && ArticleTokens.isComma(tokens.get(s.nameTo()))
          ? s
          : null;
    }
  }

  /**
   * {@link AfterVerb} for a cue: a name with بـ after a weak verb is its object; a marked nickname
   * after a continuation verb refers back to the speaker already speaking.
   */
  record AfterCue() implements Step {

    @Override
    public Subject find(SubjectReader reader, Verb verb) {
      Subject s = new AfterVerb().find(reader, verb);
      List<Token> tokens = reader.tokens();
      if (s != null
          && verb.cue().weak()
          && s.type() == Type.NAMED
          && tokens.get(s.nameFrom()).norm().charAt(0) == BEH) {
        return null; // "ووعد باستقطاب أشخاص …": the verb's object, not its subject
      }
      if (s != null
          && s.type() == Type.NAMED
          && describes(tokens.get(verb.index()).norm())
          && s.nameTo() < verb.to()
          && tokens.get(s.nameTo()).word()
          && tokens.get(s.nameTo()).norm().charAt(0) == BEH
          && oneThing(tokens, s)) {
        return null; // "قد وصف عنان بأنه "…"": the one described, not who describes him
      }
      if (SpeechCues.isContinuation(tokens.get(verb.index()).norm()) && reader.nickname(s)) {
        // "وتابع "زيزو"، لاعب ريال مدريد": the last speaker
        return Subject.referringBack(Type.ANAPHOR, verb.index());
      }
      return s;
    }
  }

  /** Verbs of describing, whose object comes right before بأنه or بـ (وصف X بأنه). */
  private static final Set<String> DESCRIBING = Lexicon.words("describing-verbs");

  /**
   * True when the phrase is one thing: a name without definite words (قاسم سليماني) or a phrase of
   * definite words only (الاتفاق النووي). A name and then a definite noun (إيمانويل ماكرون الحادث)
   * is the subject and the object read as one, and stays the subject.
   */
  private static boolean oneThing(List<Token> tokens, Subject s) {
    int definite = 0;
    for (int k = s.nameFrom(); k < s.nameTo(); k++) {
      definite += SpeakerWords.isDefinite(tokens.get(k).norm()) ? 1 : 0;
    }
    return definite == 0 || definite == s.nameTo() - s.nameFrom();
  }

  private static boolean describes(String verb) {
    return DESCRIBING.contains(verb)
        || verb.length() > 3
            && (verb.charAt(0) == WAW || verb.charAt(0) == FEH)
            && DESCRIBING.contains(verb.substring(1));
  }

  /** "… "مالكوم إكس" الذي قال": the marked name before the pronoun that opens the verb. */
  record MarkedNameBeforePronoun() implements Step {

    @Override
    public Subject find(SubjectReader reader, Verb verb) {
      int pronoun = verb.index() - 1;
      return pronoun >= 0 && SpeakerWords.PRONOUNS.contains(reader.tokens().get(pronoun).norm())
          ? reader.phrases().marked().before(pronoun)
          : null;
    }
  }

  /**
   * "تصريح الرئيس الاميركي باراك اوباما الذي قال فيه": the role and name phrase that ends right
   * before the relative pronoun that opens the verb, from a role head, rank or honorific at most
   * {@value VerbSubjects#MAX_ROLE_WORDS} words back, with only words between.
   */
  record NamedBeforeRelativePronoun() implements Step {

    @Override
    public Subject find(SubjectReader reader, Verb verb) {
      List<Token> tokens = reader.tokens();
      int pronoun = verb.index() - 1;
      if (pronoun < 0 || !SpeakerWords.RELATIVE_PRONOUNS.contains(tokens.get(pronoun).norm())) {
        return null;
      }
      for (int j = pronoun - 1; j >= 0 && j >= pronoun - MAX_ROLE_WORDS; j--) {
        Token t = tokens.get(j);
        if (!t.word()) {
          return null;
        }
        String n = t.norm();
        if (SpeakerWords.isRoleHead(n)
            || SpeakerWords.RANKS.contains(n)
            || SpeakerWords.HONORIFICS.contains(n)) {
          Subject s = reader.phrases().subjectAfter(j, pronoun, false);
          return s != null && s.type() == Type.NAMED && s.nameTo() == pronoun ? s : null;
        }
      }
      return null;
    }
  }

  /**
   * SVO: the subject before the verb, unless it is no subject ("ومضى يقول": a verb). Rules: a short
   * phrase (at most {@value VerbSubjects#MAX_SVO_WORDS} words, "النعمان، حذّر") opening the
   * context; or, after وكان/كان (and before قد), a longer one; or a phrase after a clause particle
   * (إلا أن مسؤولاً محلياً، طلب عدم ذكر اسمه، قال).
   */
  record BeforeVerb() implements Step {

    @Override
    public Subject find(SubjectReader reader, Verb verb) {
      Subject s = before(reader, verb.from(), verb.index());
      return reader.notASubject(s) ? null : s;
    }

    private static Subject before(SubjectReader reader, int from, int verb) {
      List<Token> tokens = reader.tokens();
      SpeakerPhrases phrases = reader.phrases();
      int end = verb;
      while (end > from
          && (ArticleTokens.isComma(tokens.get(end - 1)) || tokens.get(end - 1).is(QAD))) {
        end--;
      }
      int start = from;
      int max = MAX_SVO_WORDS;
      if (start < end && KANA.contains(tokens.get(start).norm())) {
        start++;
        max = MAX_ROLE_WORDS;
      }
      if (start < end && TOPIC_OPENERS.contains(tokens.get(start).norm())) {
        start++; // "أما الشاعر محمد الخضري، فيرى"
      }
      if (start < end && end - start <= max && allWords(tokens, start, end)) {
        Subject s = phrases.subjectAfter(start, end, false);
        if (s != null && (s.type() == Type.ROLE_ONLY || s.nameTo() == end)) {
          return s;
        }
      }
      int p = from;
      if (p < end && !SpeakerWords.OPENING_PARTICLES.contains(tokens.get(p).norm())) {
        return null;
      }
      while (p < end
          && tokens.get(p).word()
          && SpeakerWords.CLAUSE_PARTICLES.contains(tokens.get(p).norm())) {
        p++;
      }
      if (p > from && p < end) {
        Subject s = phrases.subjectAfter(p, end, false);
        if (s != null && !s.type().refersBack()) {
          return s;
        }
      }
      return null;
    }

    private static boolean allWords(List<Token> tokens, int from, int to) {
      for (int i = from; i < to; i++) {
        Token t = tokens.get(i);
        if (!t.word() || SpeakerPhrases.isStop(t.norm())) {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * The role-led subject of the clause the verb continues ({@link SubjectReader#clauseSubject}).
   */
  record ClauseSubject() implements Step {

    @Override
    public Subject find(SubjectReader reader, Verb verb) {
      return reader.clauseSubject(verb.from(), verb.index());
    }
  }

  /**
   * The issuer of a statement named before the verb: a statement noun, a verb with an object
   * pronoun and its named subject ("وفي بيان نشرته وزارة الخارجية الفلبينية، الإثنين، ذكرت
   * ترحيبها").
   */
  record IssuerOfStatement() implements Step {

    @Override
    public Subject find(SubjectReader reader, Verb verb) {
      List<Token> tokens = reader.tokens();
      for (int k = verb.from(); k + 2 < verb.index(); k++) {
        Token noun = tokens.get(k);
        Token issued = tokens.get(k + 1);
        if (noun.word()
            && SpeakerWords.ISSUED_STATEMENTS.contains(noun.norm())
            && issued.word()
            && (reader.phrases().names().hasPossessive(issued)
                || SpeakerWords.hasPronoun(issued.norm()))) {
          // the pronoun as written (نشرته), not the ة of "تغريدة ليلية" or "بيان للرئاسة"
          Subject s = reader.phrases().subjectAfter(k + 2, verb.index(), false);
          return s != null && s.type() == Type.NAMED ? s : null;
        }
      }
      return null;
    }
  }
}
