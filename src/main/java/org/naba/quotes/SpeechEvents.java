package org.naba.quotes;

import static org.naba.text.ArabicLetters.LAM;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.naba.quotes.Subject.Type;

/**
 * The speech events of one article, and the mentions they give, read once before its quotes are
 * attributed: subjects of speech verbs anywhere in the article, also without quotes ("أكد المتحدث …
 * صباح النعمان، وجود …"), are events that update the last speaker, and every role + name phrase is
 * remembered for surname and role resolution.
 *
 * <p>Rules, for each word before the end of the last quote's sentence:
 *
 * <ul>
 *   <li>A role head, rank or لـ + role head starts a role + name phrase that is remembered as a
 *       mention when its name is plausible; a role opening its clause is followed by its verb, not
 *       by a name, and is not.
 *   <li>A sentence that opens with a verb that is no speech cue, whose subject is clearly a person
 *       ({@link SubjectReader#sentenceSubject}), is a speech event to come ("وشكك جيريمي كوربين
 *       زعيم حزب العمال …"); the subject is remembered.
 *   <li>The named subject of a report or an attribution is remembered.
 *   <li>A participle whose clause has a subject is an event.
 *   <li>A speech verb that counts ({@link CueQualifier}) and whose subject ({@link
 *       VerbSubjects#OF_VERB}) names someone or gives a role is an event; a named subject is
 *       remembered, but not a surname followed by the verb's object ("ظريف مخاطبا" after "محمد جواد
 *       ظريف").
 * </ul>
 *
 * <p>Events are handed out in body order, each once ({@link #takeBefore}).
 */
final class SpeechEvents {

  /**
   * A speech event: its verb or participle at {@code tokenIndex}, its clause from {@code
   * clauseFrom}.
   */
  record Event(int tokenIndex, SpeechCues.Cue cue, int clauseFrom) {}

  /** The cue of a sentence-initial verb whose subject is a speaker to come. */
  private static final SpeechCues.Cue SENTENCE_VERB =
      new SpeechCues.Cue(SpeechCues.Kind.VERB, false, SpeechCues.Gender.ANY);

  private final ArticleTokens text;
  private final List<Token> tokens;
  private final SpeakerPhrases phrases;
  private final SpeakerMentions mentions;
  private final SubjectReader subjects;
  private final CueQualifier cues;
  private final List<Event> events = new ArrayList<>();
  private int next;

  /** Reads the events and mentions of the tokens before {@code until}. */
  SpeechEvents(
      ArticleTokens text,
      SpeakerPhrases phrases,
      SpeakerMentions mentions,
      SubjectReader subjects,
      CueQualifier cues,
      int until) {
    this.text = text;
    this.tokens = text.tokens();
    this.phrases = phrases;
    this.mentions = mentions;
    this.subjects = subjects;
    this.cues = cues;
    collect(until);
  }

  /** The events before token {@code tokenIndex} not handed out yet, in body order. */
  List<Event> takeBefore(int tokenIndex) {
    List<Event> taken = new ArrayList<>();
    while (next < events.size() && events.get(next).tokenIndex() < tokenIndex) {
      taken.add(events.get(next++));
    }
    return taken;
  }

  /**
   * Reads the speech events and mentions of the tokens before {@code until} (past the last quote).
   */
  private void collect(int until) {
    for (int i = 0; i < until && i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (!t.word()) {
        continue;
      }
      int to = text.sentenceEndIgnoringMarks(i + 1);
      boolean lam =
          t.norm().length() > 3
              && t.norm().charAt(0) == LAM
              && SpeakerWords.isRoleHead(SpeakerPhrases.stripLam(t.norm()));
      boolean opensClause =
          i == 0
              || !tokens.get(i - 1).word()
              || SpeakerWords.CLAUSE_PARTICLES.contains(tokens.get(i - 1).norm());
      // a role opening its clause is followed by its verb, not by a name: not remembered
      if ((lam || SpeakerWords.isRoleHead(t.norm()) || SpeakerWords.RANKS.contains(t.norm()))
          && !(opensClause && !lam)) {
        Subject s = phrases.subjectAfter(i, to, lam);
        if (s != null
            && s.type() == Type.NAMED
            && s.role() != null
            && phrases.names().plausibleName(phrases.names().trimmed(s))) {
          mentions.remember(phrases.names().trimmed(s), t.start());
        }
      }
      Optional<SpeechCues.Cue> cue = SpeechCues.lookup(t.norm());
      boolean speechVerb = cue.isPresent() && (!cue.get().weak() || cues.weakQualifies(i, to));
      if (!speechVerb
          && text.sentenceInitial(i)
          && !SpeakerWords.isDefinite(t.norm())
          && !SpeakerWords.CLAUSE_CONJUNCTIONS.contains(t.norm())
          && !SpeakerWords.STOP_WORDS.contains(t.norm())
          && !SpeakerWords.isConjoinedStopWord(t.norm())
          && !SpeakerWords.CLAUSE_PARTICLES.contains(t.norm())) {
        Event sentence = new Event(i, SENTENCE_VERB, i);
        Subject s = subjectOf(sentence);
        if (s != null) {
          // "وشكك جيريمي كوربين زعيم حزب العمال …": the subject of a sentence is a speaker to come
          mentions.remember(s, t.start());
          events.add(sentence);
        }
      }
      if (cue.isPresent()
          && (cue.get().kind() == SpeechCues.Kind.REPORT
              || cue.get().kind() == SpeechCues.Kind.ATTRIBUTION)) {
        int end = text.sentenceEndIgnoringMarks(i + 1);
        Subject s =
            cue.get().kind() == SpeechCues.Kind.REPORT
                ? subjects.reported(i + 1, end)
                : subjects.attributed(i + 1, end);
        if (s != null && s.type() == Type.NAMED) {
          mentions.remember(phrases.names().trimmed(s), t.start());
        }
      }
      if (cue.isPresent() && cue.get().kind() == SpeechCues.Kind.PARTICIPLE) {
        Event participle = new Event(i, cue.get(), text.sentenceStart(i));
        if (subjectOf(participle) != null) {
          events.add(participle);
        }
      }
      if (cue.isPresent()
          && cue.get().kind() == SpeechCues.Kind.VERB
          && (!cue.get().weak() || cues.weakQualifies(i, to))
          && !(cue.get().weak() && cues.inRelativeClause(i) && !cues.introduces(i, to))) {
        Event verb = new Event(i, cue.get(), text.clauseStart(i));
        Subject s = subjectOf(verb);
        if (s != null && s.type() == Type.NAMED && !subjects.surnameThenObject(s, t.start())) {
          mentions.remember(s, t.start()); // not "ظريف مخاطبا" after "محمد جواد ظريف"
        }
        if (s != null && !s.type().refersBack()) {
          events.add(verb);
        }
      }
    }
  }

  /**
   * The subject of the speech event {@code e}, read alike when the event is collected and when it
   * is applied (by then the article's mentions are all known): the subject of a sentence ({@link
   * SubjectReader#sentenceSubject}), of a participle's clause ({@link SubjectReader#clauseSubject})
   * or of a speech verb ({@link VerbSubjects#OF_VERB}).
   */
  Subject subjectOf(Event e) {
    int to = text.sentenceEndIgnoringMarks(e.tokenIndex() + 1);
    if (e.cue() == SENTENCE_VERB) {
      return subjects.sentenceSubject(e.tokenIndex() + 1, to);
    }
    if (e.cue().kind() == SpeechCues.Kind.PARTICIPLE) {
      return subjects.clauseSubject(e.clauseFrom(), e.tokenIndex());
    }
    return VerbSubjects.find(
        VerbSubjects.OF_VERB,
        subjects,
        new VerbSubjects.Verb(e.tokenIndex(), e.cue(), e.clauseFrom(), to));
  }
}
