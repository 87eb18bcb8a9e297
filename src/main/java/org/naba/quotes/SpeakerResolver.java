package org.naba.quotes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.naba.quotes.SpeechCues.Gender;
import org.naba.quotes.Subject.Type;
import org.naba.text.ArabicNormalizer;

/**
 * Finds the speaker and role of each quotation of one article.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>The cue is searched first in the text before the quote (nearest first, within the sentence
 *       and after any previous quotation of it), then among the first words after it ("…"، قال
 *       النعمان / "…"، وفقاً للمتحدث …). A cue after the quote that names its speaker wins over a
 *       subject-less continuation before it (وأضاف أن "…"، بحسب قائد …), unless that cue opens a
 *       statement of its own (a complementizer or colon follows it: وتابع: "…"، وقال مارادونا …:).
 *   <li>A weak verb (بين، ذكر، رأى …) counts only as {@link CueQualifier} allows; a weak verb of a
 *       relative clause (التي أقرت) is skipped.
 *   <li>A verb's subject is found by the steps of {@link VerbSubjects#OF_CUE}: it follows the verb
 *       (VSO: "وقال الناطق باسم الجهاز صباح النعمان، …"); when nothing follows, a short noun phrase
 *       opening the sentence before the verb is the subject (SVO: "النعمان، حذّر من أن").
 *   <li>A participle (مضيفاً، موضحاً …) in the sentence of an attributed quote keeps its speaker,
 *       whatever its gender; elsewhere it takes the subject of its own clause (رفض الرئيس الإيراني،
 *       حسن روحاني …، متسائلا), if any. A participle without one, a verb without subject (وأضاف، أن
 *       …, also after an addressee: وقال لأعضاء البرلمان) and a pronoun (الذي، هو) continue the
 *       last speaker, if their grammatical gender agrees; otherwise the speaker is unknown. A
 *       plural verb (وأكدوا) continues only the latest speaker, and never one person ({@link
 *       NameWords#onePerson}). A verb without subject that opens its sentence, after one that opens
 *       with و, a verb and a surname the article gave in full, continues that person (وتلقى شاميسا
 *       … . وقال: {@link SentenceBeforeSubject}). A manner cue (بقوله، قائلاً) takes the subject of
 *       its clause.
 *   <li>A name of two words or more whose first word the body gives after a given name (وأكد شكري
 *       التزام مصر after سامح شكري) is that full name: the rest is the verb's object.
 *   <li>The subject is split into role and name ({@link SpeakerPhrases}); a one-word name resolves
 *       to the full name given earlier in the article (النعمان → صباح النعمان); a role without a
 *       name resolves to the person the article gave that role to, else the role is the speaker
 *       ({@link NamedSubjects}).
 *   <li>A quote with no cue that follows another attributed quote of the same sentence shares its
 *       speaker ("إن "…" يشكل "…""); any other quote without cue is unknown.
 *   <li>Subjects of speech verbs anywhere in the article (also without quotes: "أكد المتحدث … صباح
 *       النعمان، وجود …") are speech events ({@link SpeechEvents}) that update the last speaker
 *       before the cue that follows them.
 *   <li>Last, the speakers take their canonical form ({@link SpeakerNames}), lose a time word after
 *       their first word (مصدر عسكري اليوم), and a speaker that is an audience (وقال لأعضاء
 *       البرلمان) continues the speaker before.
 * </ul>
 *
 * <p>Speaker phrases are read by {@link SpeakerPhrases}, the subjects of cues by {@link
 * SubjectReader} and {@link VerbSubjects}, names and roles resolved against the article's {@link
 * SpeakerMentions}; this class finds the cues and keeps the discourse state (the last speakers).
 * One instance serves one article; it is not thread-safe.
 */
final class SpeakerResolver {

  private static final int POST_CUE_WORDS = 2;
  private static final int POST_ATTRIBUTION_WORDS = 6;
  private static final int ANTECEDENT_DEPTH = 3;
  private static final char COLON = ':';

  /**
   * What may stand between two quotes of one speaker (""…" و"…""): a conjunction or a comma or
   * dash, a closed set that is part of the rule.
   */
  private static final Set<String> LINKERS = Set.of("و", "ثم", "او", "،", ",", "-");

  private static final String KAMA = "كما";

  /**
   * An attribution and what it rests on: {@code continued} when no subject names its speaker and it
   * continues the speaker already speaking (an anaphor, a subject-less verb, a participle), so that
   * a cue after the quote that names a speaker may win over it.
   */
  private record Found(Attribution attribution, boolean continued) {

    static Found named(Attribution attribution) {
      return new Found(attribution, false);
    }

    static Found continued(Attribution attribution) {
      return new Found(attribution, true);
    }
  }

  private final String body;
  private final List<Token> tokens;
  private final ArticleTokens text;
  private final SpeakerPhrases phrases;
  private final SpeakerMentions mentions;
  private final SubjectReader subjects;
  private final SentenceBeforeSubject sentenceBefore;
  private final CueQualifier cues;
  private final NamedSubjects names;
  private final SpeechEvents events;
  private final List<Attribution> history = new ArrayList<>();
  private final Set<Integer> usedCues = new HashSet<>();

  /**
   * @param body the article body
   * @param statements the spans taken as quotations, in order, at least one (their insides are not
   *     read for speakers)
   */
  SpeakerResolver(String body, List<MarkedSpan> statements) {
    this.text = new ArticleTokens(body, ArticleTokens.tokensOutside(body, statements));
    this.body = body;
    this.tokens = text.tokens();
    this.phrases = new SpeakerPhrases(text);
    this.mentions = new SpeakerMentions(text, phrases);
    this.subjects = new SubjectReader(text, phrases, mentions);
    this.sentenceBefore = new SentenceBeforeSubject(text, mentions);
    this.cues = new CueQualifier(text, phrases);
    this.names = new NamedSubjects(text, phrases, mentions, subjects);
    MarkedSpan last = statements.get(statements.size() - 1);
    this.events =
        new SpeechEvents(
            text,
            phrases,
            mentions,
            subjects,
            cues,
            text.sentenceEndIgnoringMarks(text.firstTokenAtOrAfter(last.after())));
  }

  /** Attributes each quotation, in order; {@code contexts} must be in body order. */
  List<Attribution> resolve(List<QuoteContext> contexts) {
    List<Attribution> out = new ArrayList<>(contexts.size());
    Attribution previous = null;
    QuoteContext previousContext = null;
    for (QuoteContext context : contexts) {
      Attribution a = resolveOne(context, previous);
      if (!a.known()
          && a.cue() == null
          && context.wholeParagraph()
          && previous != null
          && previous.known()
          && previousContext.paragraph() == context.paragraph() - 1) {
        // a paragraph that is only a quote continues the quote of the paragraph before it
        a = new Attribution(previous.speaker(), previous.role(), null, -1, previous.gender());
      }
      out.add(a);
      previous = a;
      previousContext = context;
    }
    SpeakerNames names = new SpeakerNames(mentions.all(), body);
    out.replaceAll(names::canonical);
    SpeakerNames known = names.withSpeakers(out);
    out.replaceAll(a -> a.known() && a.speaker().indexOf(' ') < 0 ? known.canonical(a) : a);
    // after the canonical forms, which may take a description on over the adverb that follows it
    out.replaceAll(
        a ->
            a.known()
                ? new Attribution(
                    NameWords.withoutTimeTail(a.speaker()),
                    a.role(),
                    a.cue(),
                    a.cueStart(),
                    a.gender())
                : a);
    for (int i = 0; i < out.size(); i++) {
      Attribution a = out.get(i);
      if (a.known() && NameWords.isAudience(a.speaker())) {
        // "وقال لأعضاء البرلمان": the verb has no subject, it continues the last speaker
        Attribution last = i > 0 ? out.get(i - 1) : Attribution.UNKNOWN;
        out.set(
            i,
            last.known()
                ? new Attribution(last.speaker(), last.role(), a.cue(), a.cueStart(), last.gender())
                : Attribution.UNKNOWN.withCue(a.cue(), a.cueStart()));
      }
    }
    return out;
  }

  private Attribution resolveOne(QuoteContext context, Attribution previous) {
    MarkedSpan span = context.span();
    int preFrom = text.firstTokenAtOrAfter(context.preStart());
    int preTo = text.firstTokenAtOrAfter(span.open());
    for (int i = preTo - 1; i >= preFrom; i--) {
      Token t = tokens.get(i);
      if (!t.word()) {
        continue;
      }
      Optional<SpeechCues.Cue> cue = SpeechCues.lookup(t.norm());
      if (cue.isPresent()
          && cue.get().weak()
          && cues.inRelativeClause(i)
          && !cues.introduces(i, preTo)) {
        continue; // "الأساليب التي أقرت تشمل "…"": the verb describes a noun, it cites nobody
      }
      if (cue.isPresent() && cues.qualifies(i, preTo, cue.get())) {
        if (cue.get().kind() == SpeechCues.Kind.PARTICIPLE
            && context.followsQuote()
            && previous != null
            && previous.known()
            && !anyCue(preFrom, i)) {
          // "ووصفت الحكومة الإسرائيلية هجوم الجمعة بأنه "…" مضيفا أن": the same sentence goes on,
          // whatever gender the participle has (organisations take both)
          return settle(
              new Attribution(previous.speaker(), previous.role(), null, -1, previous.gender()),
              t,
              i);
        }
        Found before = attribute(i, cue.get(), preFrom, preTo);
        if (before.continued() && !introducesOwnStatement(context)) {
          Attribution after = postCue(context);
          if (after != null && after.known() && !isDocument(after.speaker())) {
            return after;
          }
        }
        return settle(before.attribution(), t, i);
      }
    }
    Attribution after = postCue(context);
    if (after != null) {
      return after;
    }
    if (context.followsQuote()
        && previous != null
        && (previous.known() || onlyLinkers(preFrom, preTo))) {
      return previous;
    }
    return Attribution.UNKNOWN;
  }

  /**
   * True when a speech cue stands in {@code [from, to)} ("…"، بينما تساءلت الناشطة هدى العلاقي …
   * مضيفة: a new speaker in the same sentence).
   */
  private boolean anyCue(int from, int to) {
    for (int i = from; i < to; i++) {
      if (tokens.get(i).word() && SpeechCues.lookup(tokens.get(i).norm()).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the cue after the quote opens a statement of its own: a complementizer or a colon
   * follows it in the rest of the sentence ("وتابع: "…"، وقال مارادونا …: "…"", "وقال "…" اضاف سفير
   * إيران … إن"). Such a cue belongs to what follows, not to the quote before it.
   */
  private boolean introducesOwnStatement(QuoteContext context) {
    int from = text.firstTokenAtOrAfter(context.span().after());
    int to = text.firstTokenAtOrAfter(context.postEnd());
    boolean cueSeen = false;
    for (int i = from; i < to; i++) {
      Token t = tokens.get(i);
      if (t.word() && SpeechCues.lookup(t.norm()).isPresent()) {
        cueSeen = true;
      } else if (cueSeen
          && (t.word() && SpeechCues.isComplementizer(t.norm())
              || !t.word() && t.norm().charAt(0) == COLON)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDocument(String speaker) {
    String first = ArabicNormalizer.normalize(speaker.split(" ")[0]);
    return SpeakerWords.DOCUMENTS.contains(first);
  }

  /** The attribution by a cue among the first words after the quote, or null. */
  private Attribution postCue(QuoteContext context) {
    MarkedSpan span = context.span();
    int postFrom = text.firstTokenAtOrAfter(span.after());
    int postTo = text.firstTokenAtOrAfter(context.postEnd());
    int words = 0;
    for (int i = postFrom; i < postTo && words < POST_ATTRIBUTION_WORDS; i++) {
      Token t = tokens.get(i);
      if (!t.word()) {
        if (t.isQuoteMark() || t.norm().charAt(0) == COLON) {
          break;
        }
        continue;
      }
      words++;
      Optional<SpeechCues.Cue> cue =
          SpeechCues.lookupAfter(t.norm(), i > postFrom ? tokens.get(i - 1).norm() : null);
      boolean near = words <= POST_CUE_WORDS;
      if (cue.isPresent()
          && cue.get().kind() != SpeechCues.Kind.PARTICIPLE
          && (near || cue.get().kind() == SpeechCues.Kind.ATTRIBUTION)) {
        return settle(attribute(i, cue.get(), i, postTo).attribution(), t, i);
      }
      if (t.is(KAMA)) {
        words--;
      }
    }
    return null;
  }

  private Attribution settle(Attribution a, Token cueToken, int index) {
    applyEventsBefore(index);
    usedCues.add(index);
    Attribution withCue = a.withCue(cueToken.text(body), cueToken.start());
    if (withCue.known()) {
      history.add(withCue);
    }
    return withCue;
  }

  private boolean onlyLinkers(int from, int to) {
    for (int i = from; i < to; i++) {
      if (!LINKERS.contains(tokens.get(i).norm())) {
        return false;
      }
    }
    return true;
  }

  /** Attributes the cue at {@code index}; {@code [from, to)} is the context it sits in. */
  private Found attribute(int index, SpeechCues.Cue cue, int from, int to) {
    applyEventsBefore(index);
    Subject s =
        switch (cue.kind()) {
          case VERB ->
              VerbSubjects.find(
                  VerbSubjects.OF_CUE, subjects, new VerbSubjects.Verb(index, cue, from, to));
          case ATTRIBUTION -> subjects.attributed(index + 1, to);
          case REPORT -> subjects.reported(index + 1, to);
          // "رفض الرئيس الإيراني، حسن روحاني، الانتقادات …، متسائلا عن": the clause's own subject
          case MANNER, PARTICIPLE -> subjects.clauseSubject(from, index);
        };
    if (s == null && cue.kind() == SpeechCues.Kind.VERB && cue.gender() != Gender.PLURAL) {
      Attribution other = sentenceBefore.of(index, cue);
      if (other != null) {
        return Found.continued(other);
      }
    }
    return fromSubject(s, cue.gender(), index);
  }

  /**
   * The attribution of subject {@code s} of the cue at {@code index}: the speaker already speaking
   * when there is none or it refers back, else the name and role it gives, resolved against the
   * article's mentions.
   */
  private Found fromSubject(Subject s, SpeechCues.Gender gender, int index) {
    if (s == null || s.type() == Type.ANAPHOR) {
      return Found.continued(antecedent(gender));
    }
    if (s.type() == Type.STATEMENT) {
      // the verb agrees with the statement (البيان), not with who issued it
      Attribution a = antecedent(SpeechCues.Gender.ANY);
      return Found.continued(
          a.known() && gender != SpeechCues.Gender.ANY
              ? new Attribution(a.speaker(), a.role(), null, -1, gender)
              : a);
    }
    Attribution last = history.isEmpty() ? null : history.get(history.size() - 1);
    return Found.named(names.attribution(s, gender, tokens.get(index).start(), last));
  }

  /**
   * The latest of the last speakers whose gender agrees with {@code gender}, or unknown. A plural
   * verb continues only the latest speaker, and only a group: one further back is too far to be a
   * subject left unsaid.
   */
  private Attribution antecedent(SpeechCues.Gender gender) {
    int depth = gender == SpeechCues.Gender.PLURAL ? 1 : ANTECEDENT_DEPTH;
    for (int k = history.size() - 1; k >= 0 && k >= history.size() - depth; k--) {
      Attribution a = history.get(k);
      if (agrees(gender, a)) {
        return new Attribution(a.speaker(), a.role(), null, -1, a.gender());
      }
    }
    return Attribution.UNKNOWN;
  }

  private static boolean agrees(SpeechCues.Gender cue, Attribution speaker) {
    if (cue == SpeechCues.Gender.PLURAL) {
      return !NameWords.onePerson(speaker.speaker());
    }
    return cue == SpeechCues.Gender.ANY
        || speaker.gender() == SpeechCues.Gender.ANY
        || cue == speaker.gender();
  }

  /** Updates the last speakers with the speech events before {@code tokenIndex} no quote used. */
  private void applyEventsBefore(int tokenIndex) {
    for (SpeechEvents.Event e : events.takeBefore(tokenIndex)) {
      if (usedCues.contains(e.tokenIndex())) {
        continue;
      }
      Attribution a =
          fromSubject(events.subjectOf(e), e.cue().gender(), e.tokenIndex()).attribution();
      if (a.known()) {
        history.add(a);
      }
    }
  }
}
