package org.naba.answer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.naba.search.UnitIndex;
import org.naba.search.UnitIndex.WeightedTerm;
import org.naba.text.PlaceNames;
import org.naba.text.Span;

/**
 * How much of one question a candidate covers, by the question's terms weighted by inverse document
 * frequency ({@link TermSet}: spelling variants and clitics meet); made once a question, so that
 * its speakers, roles and spans are analysed once.
 */
final class QuestionCoverage {

  /** Share of a term's weight a word of the same root covers (انطلقت، انطلاق). */
  static final double RELATED_SHARE = 0.5;

  /**
   * How much of the question a candidate covers.
   *
   * @param all the share of the question's term weight the candidate covers: its text and its
   *     speaker's name fully, the sentences around it and the title by half; the speaker's role
   *     fully when the question names a speaker ("ماذا قال المتحدث باسم …"), else by half, so the
   *     role's words (جهاز مكافحة الارهاب) do not lift every quote on any question about the topic;
   *     a word of the same root in its text by {@link #RELATED_SHARE}
   * @param allByWords the same share without the words of the same root
   * @param beyondSpeaker the same share over the terms that do not name the speaker (the
   *     candidate's, or the one the question names): what the question asks about them; 1 when
   *     every term names the speaker
   * @param beyondPlaces the share, by words, of the terms that do not name a place of the question
   *     ({@link PlaceNames}); 1 when every term names one
   * @param own the share covered by the candidate's own words and speaker alone (not its context,
   *     title or role)
   * @param rarestMissing the weight of the rarest term the candidate's words and speaker miss, as a
   *     share of the rarest term's weight (0 when none is missed, 1 when the rarest is)
   * @param rarestUnrelated the same share over the terms the candidate holds no word of the same
   *     root of either: a verb in another person or tense (تتظاهر → تظاهرت) is not missing
   * @param focus whether the candidate's words or speaker hold the question's rarest term
   * @param title the share of the question's term weight its article's title holds
   * @param words the candidate's own words, analysed
   */
  record Coverage(
      double all,
      double allByWords,
      double beyondSpeaker,
      double beyondPlaces,
      double own,
      double rarestMissing,
      double rarestUnrelated,
      boolean focus,
      double title,
      TermSet words) {}

  /** Where a candidate stands in its article, and who said it (null for a passage). */
  record Placed(
      long articleSeq,
      String body,
      String title,
      Span span,
      List<Span> context,
      String speaker,
      String role) {}

  private final UnitIndex index;
  private final List<WeightedTerm> terms;
  private final boolean namesSpeaker;
  private final TermSet asked;
  private final Set<String> placeTerms = new HashSet<>();
  private final Map<String, TermSet> names = new HashMap<>();
  private final SpanTerms spans;

  QuestionCoverage(
      UnitIndex index,
      PlaceNames places,
      QuestionReader.Reading reading,
      List<WeightedTerm> terms) {
    this.index = index;
    this.terms = terms;
    this.namesSpeaker = !reading.speakerWords().isEmpty();
    this.asked = termSet(String.join(" ", reading.speakerWords()));
    for (String w : reading.topicWords()) {
      if (!places.in(w).isEmpty()) {
        placeTerms.addAll(index.terms(w));
      }
    }
    this.spans = new SpanTerms(index);
  }

  Coverage of(Placed c) {
    TermSet text = spans.of(c.articleSeq(), c.body(), c.span().start(), c.span().end());
    List<TermSet> around = new ArrayList<>(c.context().size() + 1);
    TermSet title = spans.ofTitle(c.articleSeq(), c.title());
    around.add(title);
    for (Span s : c.context()) {
      around.add(spans.of(c.articleSeq(), c.body(), s.start(), s.end()));
    }
    TermSet speaker = names.computeIfAbsent(nonNull(c.speaker()), this::termSet);
    TermSet role = names.computeIfAbsent(nonNull(c.role()), this::termSet);
    double all = 0;
    double covered = 0;
    double topic = 0;
    double topicCovered = 0;
    double coveredByWords = 0;
    double unplaced = 0;
    double unplacedCovered = 0;
    double own = 0;
    double rarest = 0;
    double rarestMissing = 0;
    double rarestUnrelated = 0;
    boolean focus = false;
    double inTitle = 0;
    for (WeightedTerm t : terms) {
      String term = t.term();
      double weight = t.idf();
      double inWords = text.has(term) ? weight : TermSet.anyHas(around, term) ? weight / 2 : 0;
      boolean related = text.hasRelated(term);
      double inText = Math.max(inWords, related ? weight * RELATED_SHARE : 0);
      double bySpeaker =
          speaker.has(term) || namesSpeaker && role.has(term)
              ? weight
              : role.has(term) ? weight / 2 : 0;
      boolean held = text.has(term) || speaker.has(term);
      inTitle += title.has(term) ? weight : 0;
      all += weight;
      own += held ? weight : 0;
      if (weight > rarest) {
        rarest = weight;
        focus = held;
      }
      if (!held) {
        rarestMissing = Math.max(rarestMissing, weight);
        if (!related) {
          rarestUnrelated = Math.max(rarestUnrelated, weight);
        }
      }
      covered += Math.max(inText, bySpeaker);
      coveredByWords += Math.max(inWords, bySpeaker);
      if (!placeTerms.contains(term)) {
        unplaced += weight;
        unplacedCovered += Math.max(inWords, bySpeaker);
      }
      boolean namesWho =
          c.speaker() != null ? speaker.has(term) || role.has(term) : asked.has(term);
      if (!namesWho) {
        topic += weight;
        topicCovered += inText;
      }
    }
    return new Coverage(
        covered / all,
        coveredByWords / all,
        topic == 0 ? 1 : topicCovered / topic,
        unplaced == 0 ? 1 : unplacedCovered / unplaced,
        own / all,
        rarest == 0 ? 0 : rarestMissing / rarest,
        rarest == 0 ? 0 : rarestUnrelated / rarest,
        focus,
        inTitle / all,
        text);
  }

  private TermSet termSet(String text) {
    return new TermSet(text.isEmpty() ? Set.of() : index.terms(text));
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }
}
