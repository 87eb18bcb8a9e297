package org.naba.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.naba.quotes.Quote;
import org.naba.search.Hit;
import org.naba.search.Reranker;
import org.naba.search.UnitIndex;
import org.naba.search.UnitIndex.WeightedTerm;
import org.naba.store.StoredArticle;
import org.naba.text.ArabicNormalizer;
import org.naba.text.PlaceNames;

/**
 * Ranks the statements and passages that answer a factual question, attributed and grouped across
 * outlets, before Naba decides how sure it is ({@link Answerer}).
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>The best units retrieved are candidates, and so are the further units of the best few
 *       articles, each scored at least a share of its article's best unit: the answer often lies in
 *       a sentence of the right article that shares few words with the question.
 *   <li>Each retrieved unit becomes a candidate: a quote unit is a quote; a sentence that is mostly
 *       one quote becomes that quote (with its speaker); any other sentence is a passage.
 *   <li>Confidence is the share of the question's term weight (inverse document frequency) that the
 *       candidate covers ({@link QuestionCoverage}; spelling variants and clitics meet): fully in
 *       its own text or its speaker's name (and role, when the question names a speaker), half in
 *       the sentences around it, the title or the role. Below {@link #MIN_CONFIDENCE} a candidate
 *       is dropped, so an off-topic question gets no answer rather than a loose keyword match. For
 *       ranking, a word of the same root in the candidate's own text (a verb and its verbal noun:
 *       انطلقت، انطلاق) covers a term by {@link QuestionCoverage#RELATED_SHARE}; it does not count
 *       towards the threshold, as roots conflate words (فضلا، أفضل) and would let off-topic
 *       questions through. A candidate that covers nothing of the question but its places (كيف
 *       سيكون الطقس في أربيل؟ → a sentence about Erbil) is dropped too. The others rank by
 *       retrieval score times confidence to the power {@link #COVERAGE_POWER} and, when the
 *       question names a speaker, times the share it covers of what the question asks beyond the
 *       speaker.
 *   <li>The form of a candidate that fits what the question asks ({@link AnswerFit}: a definition,
 *       a cause, the count asked for, a reported statement) multiplies its score.
 *   <li>A question about a time (متى) or a quantity (كم، شكد) takes only candidates that state one
 *       (or, for a quantity, say that it is not known).
 *   <li>A question that names places ({@link PlaceNames}) takes only candidates whose article
 *       mentions them all.
 *   <li>A question about what a named speaker said (by name or role) takes only that speaker's
 *       statements, and passages that mention them, and ranks their statements first; one that
 *       names a source (حسب …) takes only candidates from articles that mention it. When nothing
 *       answers, the speakers of the statements that came nearest make the hint.
 *   <li>The same statement from several articles is one answer listing every other source (word
 *       shingles, so clipped or respelled copies still match); repeats within an article collapse.
 *   <li>Only articles the caller allows are searched (a question's days, the training's left-out
 *       article).
 * </ul>
 */
final class StatementRanker {

  /** Units retrieved per question before ranking. */
  private static final int CANDIDATES = 40;

  /** Units searched per question: the candidates and the further units of the top articles. */
  static final int SEARCHED = 100;

  /** Articles whose further units (past {@link #CANDIDATES}) become candidates too. */
  private static final int TOP_ARTICLES = 5;

  /** Least retrieval score of a top article's unit, as a share of that article's best unit. */
  private static final double ARTICLE_FLOOR = 0.25;

  /** Least share of the question's term weight an answer must cover. */
  static final double MIN_CONFIDENCE = 0.2;

  /** Power of the confidence in the ranking score: coverage of the question outweighs retrieval. */
  static final double COVERAGE_POWER = 4;

  /** Speakers a no-answer hint names. */
  static final int HINTED_SPEAKERS = 3;

  private final UnitIndex index;
  private final int maxAnswers;
  private final QuestionReader reader = new QuestionReader();
  private final PlaceNames places = PlaceNames.bundled();
  private final ArticleCache articles;
  private final Supplier<Predicate<String>> nameable;

  /**
   * @param nameable whether a reply may show a speaker as who said a statement, as now known
   *     ({@link SpeakerDirectory#nameable()})
   */
  StatementRanker(
      UnitIndex index,
      ArticleCache articles,
      int maxAnswers,
      Supplier<Predicate<String>> nameable) {
    this.index = index;
    this.articles = articles;
    this.maxAnswers = maxAnswers;
    this.nameable = nameable;
  }

  /**
   * The ranked answers to {@code question} (its words without a time phrase; {@code whole} is the
   * question as asked) from the articles {@code allowed} lets through, from the first {@code
   * searched} units retrieved from the articles published in {@code days} (any day when null).
   */
  Ranking rank(
      String question,
      String whole,
      Predicate<StoredArticle> allowed,
      int searched,
      UnitIndex.Days days) {
    QuestionReader.Reading reading = reader.read(question);
    List<WeightedTerm> terms = index.weigh(String.join(" ", reading.topicWords()));
    double totalWeight = terms.stream().mapToDouble(WeightedTerm::idf).sum();
    ConfidenceFeatures.Question asked =
        new ConfidenceFeatures.Question(
            reading.type(),
            terms.size(),
            unknownShare(terms),
            !reading.speakerWords().isEmpty(),
            terms.stream().map(WeightedTerm::term).collect(java.util.stream.Collectors.toSet()));
    if (totalWeight == 0) {
      return Ranking.empty(question, asked, List.of());
    }
    Set<PlaceNames.Place> questionPlaces = places.in(question);
    Map<Long, Boolean> placedArticles = new HashMap<>();
    QuestionCoverage covers = new QuestionCoverage(index, places, reading, terms);
    AnswerFit fit = new AnswerFit(question, whole, reading, places);
    Set<String> givenValues = AnswerKinds.givenValues(question);
    List<Candidate> candidates = new ArrayList<>();
    List<Hit> hits = withTopArticles(index.search(question, searched, days));
    for (Hit hit : hits) {
      Optional<StoredArticle> article = article(hit.articleSeq());
      if (article.isEmpty() || !allowed.test(article.get())) {
        continue;
      }
      Optional<Candidate> found = Candidate.of(hit, article.get(), reading);
      if (found.isEmpty()
          || !AnswerKinds.gives(reading.type(), found.get().words(), givenValues)
          || !placedArticles.computeIfAbsent(
              hit.articleSeq(), seq -> placed(article.get(), questionPlaces))) {
        continue;
      }
      Candidate c = found.get();
      QuestionCoverage.Coverage coverage =
          covers.of(
              new QuestionCoverage.Placed(
                  c.articleSeq(),
                  article.get().article().text(),
                  c.article().title(),
                  c.span(),
                  c.context(),
                  c.speaker(),
                  c.role()));
      if (coverage.allByWords() < MIN_CONFIDENCE || coverage.beyondPlaces() == 0) {
        continue;
      }
      double aboutTopic = reading.speakerWords().isEmpty() ? 1 : coverage.beyondSpeaker();
      double fits = fit.factor(c.words(), c.kind());
      candidates.add(
          c.scored(
              c.score()
                  * Math.pow(coverage.all(), COVERAGE_POWER)
                  * aboutTopic
                  * fits
                  * fit.rankingFactor(c.words()),
              coverage,
              fits));
    }
    if (candidates.isEmpty()) {
      return Ranking.empty(question, asked, nearSpeakers(hits));
    }
    // ties go the same way on every run, whatever order ingest stored the articles in
    candidates.sort(
        Comparator.comparingDouble(Candidate::score)
            .reversed()
            .thenComparing(c -> c.article().id())
            .thenComparingInt(c -> c.span().start()));
    // past the answers, as many groups again: the places story folding frees (Answerer)
    List<SameStatements.Group> groups = SameStatements.merge(candidates, 2 * maxAnswers);
    List<Answer> answers = new ArrayList<>();
    List<ConfidenceFeatures.Candidate> known = new ArrayList<>();
    List<Candidate> bests = new ArrayList<>();
    Predicate<String> named = nameable.get();
    for (SameStatements.Group g : groups) {
      Candidate c = g.best;
      answers.add(answer(answers.size() + 1, c, g.others, named));
      known.add(
          new ConfidenceFeatures.Candidate(
              c.coverage(),
              c.fit(),
              c.score(),
              c.kind() == Answer.Kind.QUOTE,
              c.matched(),
              g.others.size(),
              c.article().id(),
              article(c.articleSeq()).map(a -> Candidate.sentencesAfterLead(a, c.span())).orElse(0),
              c.words().words().size()));
      bests.add(c);
    }
    int shown = Math.min(maxAnswers, answers.size());
    return new Ranking(
        question,
        Ranking.Path.RANKED,
        asked,
        answers.subList(0, shown),
        known.subList(0, shown),
        null,
        List.of(),
        new RankedPool(answers, known, bests, candidates));
  }

  /** The answer a candidate gives; a doubtful speaker is no name to show: the outlet reports it. */
  static Answer answer(int rank, Candidate c, List<Source> others, Predicate<String> nameable) {
    boolean named = c.speaker() != null && nameable.test(c.speaker());
    return new Answer(
        rank,
        c.kind(),
        c.text(),
        named ? c.speaker() : null,
        named ? c.role() : null,
        c.article(),
        others,
        c.score(),
        0);
  }

  /** The share of {@code terms} the corpus never saw (a term with no unit weighs most). */
  private double unknownShare(List<WeightedTerm> terms) {
    if (terms.isEmpty()) {
      return 0;
    }
    double unseen = Reranker.idf(Math.max(1, index.unitCount()), 0);
    return terms.stream().filter(t -> t.idf() >= unseen - 1e-9).count() / (double) terms.size();
  }

  /**
   * The first {@link #CANDIDATES} of {@code searched}, and the further ones from the {@link
   * #TOP_ARTICLES} articles that rank best; each unit of those articles scores at least {@link
   * #ARTICLE_FLOOR} of its article's best unit. The answer often lies in a sentence of the right
   * article that shares few words with the question ("أسفر عن مقتل 3 جنود" for كم جنديا قتل …).
   */
  private static List<Hit> withTopArticles(List<Hit> searched) {
    int first = Math.min(CANDIDATES, searched.size());
    Map<Long, Float> best = new HashMap<>(); // the top articles' best scores
    for (Hit h : searched.subList(0, first)) {
      if (best.size() == TOP_ARTICLES) {
        break;
      }
      best.putIfAbsent(h.articleSeq(), h.score());
    }
    List<Hit> out = new ArrayList<>(first);
    for (int i = 0; i < searched.size(); i++) {
      Hit h = searched.get(i);
      Float top = best.get(h.articleSeq());
      if (top == null) {
        if (i < first) {
          out.add(h);
        }
      } else {
        float floor = (float) (top * ARTICLE_FLOOR);
        out.add(
            h.score() >= floor
                ? h
                : new Hit(h.articleSeq(), h.kind(), h.ordinal(), h.start(), h.end(), floor));
      }
    }
    return out;
  }

  /** The distinct speakers of the statements among {@code hits}, in their order. */
  private List<String> nearSpeakers(List<Hit> hits) {
    Set<String> speakers = new LinkedHashSet<>();
    for (Hit hit : hits) {
      if (speakers.size() == HINTED_SPEAKERS) {
        break;
      }
      article(hit.articleSeq())
          .flatMap(stored -> Candidate.quoteAt(stored, hit))
          .map(Quote::speaker)
          .ifPresent(speakers::add);
    }
    return List.copyOf(speakers);
  }

  /** Whether the answer's article (title or text) mentions every place the question names. */
  private static boolean placed(StoredArticle stored, Set<PlaceNames.Place> named) {
    if (named.isEmpty()) {
      return true;
    }
    String article =
        ArabicNormalizer.normalize(
            Objects.toString(stored.article().title(), "") + "\n" + stored.article().text());
    return named.stream().allMatch(p -> PlaceNames.mentions(p, article));
  }

  private Optional<StoredArticle> article(long seq) {
    return articles.get(seq);
  }
}
