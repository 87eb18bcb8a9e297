package org.naba.answer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.naba.search.UnitIndex;
import org.naba.store.Store;
import org.naba.store.StoredArticle;

/**
 * Turns a question into answers, each with the probability that it answers, and the set with how
 * sure Naba is: the answer, only related statements, or nothing.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>A question's dialect words are read as the news writes them ({@link DialectWords}: انولد →
 *       ولد، الطيارة → الطائرة).
 *   <li>A time phrase ({@link TimePhrases}: اليوم، أمس، الشهر الماضي، في مارس …) keeps only the
 *       articles of its days, counted back from the corpus's "today"; when nothing of those days
 *       answers a factual question well, every day's articles do (the phrase may date the event,
 *       not the report), but for a phrase counted from today whose days hold no answer at all, only
 *       as close.
 *   <li>What the question asks for ({@link QuestionIntent}) decides how answers are found: a
 *       speaker's latest statements are theirs, newest first ({@link LatestStatements}); the latest
 *       news of a topic is the opening of the newest articles whose title names it ({@link
 *       TopicNews}); who said something is answered by the matching statements, earliest first;
 *       anything else by the statements that answer it best ({@link StatementRanker}).
 *   <li>A question about what a speaker said about a topic they never spoke of gets a note that
 *       says so, then their latest statements, as related statements; not before it is asked again
 *       under each other spelling of the speaker's surname ({@link SurnameSpellings}: ماذا قال ترمب
 *       عن خاشقجي, where the outlets that reported it write ترامب).
 *   <li>Ranked answers take their confidence from the {@link ConfidenceModel}; the other paths take
 *       the rate at which the path's first answer was right on the training questions.
 *   <li>From {@code sureAt} the set is the answer; below {@code relatedAt} it is nothing (with the
 *       speakers that came nearest as a hint); between, the answers are only related. The first
 *       answer's confidence decides, but for who said something, whose first answer is the
 *       earliest: nothing there when no answer reaches {@code relatedAt}.
 * </ul>
 */
public final class Answerer {

  /** A who-said answer is among the earliest when it scores this share of the best. */
  private static final double STRONG = 0.5;

  /** The share of a question's weight the best answer of its days must cover to stand. */
  private static final double WELL_COVERED = 0.5;

  private static final String NEVER_SAID = "لم أجد تصريحات لـ«%s» عن هذا. آخر ما قاله:";

  private final StatementRanker ranker;
  private final SpeakerDirectory speakers;
  private final DialectWords dialect;
  private final LatestStatements latest;
  private final TopicNews news;
  private final StoryFolding stories;
  private final int maxAnswers;
  private final Store store;
  private final ConfidenceModel model;
  private final double sureAt;
  private final double relatedAt;
  private final Supplier<LocalDate> today;
  private final QuestionReader reader = new QuestionReader();
  private final ThrottledRead<NoAnswer> noAnswer;

  /**
   * @param sureAt the confidence from which the first answer is given as the answer ({@link
   *     AnswerSet.Status#ANSWER})
   * @param relatedAt the confidence below which nothing counts as close ({@link
   *     AnswerSet.Status#NONE}); between the two, the answers are only related
   * @param today the corpus's "today", for a question's time phrase
   */
  public Answerer(
      UnitIndex index,
      Store store,
      int maxAnswers,
      ConfidenceModel model,
      double sureAt,
      double relatedAt,
      Supplier<LocalDate> today) {
    if (!(0 <= relatedAt && relatedAt <= sureAt && sureAt <= 1)) {
      throw new IllegalArgumentException(
          "confidence thresholds must be 0 <= related <= sure <= 1: " + relatedAt + ", " + sureAt);
    }
    ArticleCache articles = new ArticleCache(store);
    this.speakers = new SpeakerDirectory(store);
    this.dialect = new DialectWords(index);
    this.ranker = new StatementRanker(index, articles, maxAnswers, speakers::nameable);
    this.latest = new LatestStatements(index, articles, speakers, maxAnswers);
    this.news =
        new TopicNews(
            index, articles, maxAnswers, store.stories()::storyOf, speakers::isPersonsName);
    this.stories = new StoryFolding(store.stories()::storyOf, speakers::nameable);
    this.maxAnswers = maxAnswers;
    this.store = store;
    this.model = model;
    this.sureAt = sureAt;
    this.relatedAt = relatedAt;
    this.today = today;
    this.noAnswer =
        new ThrottledRead<>(
            store::lastSeq,
            () -> NoAnswer.suggesting(store.topSpeakers(StatementRanker.HINTED_SPEAKERS)),
            System::nanoTime);
  }

  /** The answers to {@code question}, each with its confidence, and how sure Naba is of them. */
  public AnswerSet ask(String question) {
    Ranking ranking = rank(question, Set.of());
    if (ranking.answers().isEmpty()) {
      return AnswerSet.none(question, ranking.nearSpeakers());
    }
    List<Answer> answers = new ArrayList<>();
    for (int i = 0; i < ranking.answers().size(); i++) {
      double p =
          ranking.modelled() ? model.probability(ranking.features(i)) : model.rate(ranking.path());
      answers.add(ranking.answers().get(i).withConfidence(p));
    }
    if (ranking.path() == Ranking.Path.RANKED
        || ranking.path() == Ranking.Path.UNTITLED_NEWS
        || ranking.path() == Ranking.Path.OTHER_DAYS) {
      answers = ArticleVariety.secondFromAnotherArticle(answers);
    }
    AnswerSet.Status status = state(ranking.path(), answers, sureAt, relatedAt);
    if (ranking.path().ranked()) {
      answers =
          stories.fold(
              answers, further(ranking), ranking.pool(), ranking.asked().termSet(), maxAnswers);
    }
    if (status == AnswerSet.Status.NONE) {
      return AnswerSet.none(question, speakersOf(answers));
    }
    return new AnswerSet(question, status, answers, ranking.note(), List.of());
  }

  /**
   * The state of a reply whose answers ({@code path}'s, in the order shown) have their confidences:
   * the first answer's confidence decides, but for who said something, whose first answer is the
   * earliest and not the best: that reply is close when any of its answers is.
   */
  static AnswerSet.Status state(
      Ranking.Path path, List<Answer> answers, double sureAt, double relatedAt) {
    double first = answers.get(0).confidence();
    double close =
        path == Ranking.Path.EARLIEST
            ? answers.stream().mapToDouble(Answer::confidence).max().orElse(0)
            : first;
    if (close < relatedAt) {
      return AnswerSet.Status.NONE;
    }
    return first >= sureAt && path.mayBeSure() ? AnswerSet.Status.ANSWER : AnswerSet.Status.RELATED;
  }

  /**
   * The statements found past a ranking's answers, each with the confidence the model gives it
   * among all found (the answers' own confidences are read among the answers alone, as trained).
   */
  private List<Answer> further(Ranking ranking) {
    RankedPool pool = ranking.pool();
    List<Answer> out = new ArrayList<>();
    for (int i = ranking.answers().size(); i < pool.answers().size(); i++) {
      double p = model.probability(ConfidenceFeatures.of(ranking.asked(), pool.known(), i));
      out.add(pool.answers().get(i).withConfidence(p));
    }
    return out;
  }

  /**
   * The ranked answers to {@code question} from articles other than {@code excludedArticles} (ids),
   * before Naba decides how sure it is: the training asks each question with the article that
   * answers it left out, to learn what an answer looks like when the corpus does not hold one.
   */
  public Ranking rank(String asked, Set<String> excludedArticles) {
    String question = dialect.standard(asked);
    TimePhrases.Reading time = TimePhrases.read(question, today.get());
    UnitIndex.Days days =
        time.window()
            .map(w -> new UnitIndex.Days(w.from().toEpochDay(), w.to().toEpochDay()))
            .orElse(null);
    String rest = time.rest();
    QuestionIntent.Reading intent = QuestionIntent.read(rest);
    return switch (intent.kind()) {
      case LATEST_FROM ->
          intent.topic().isEmpty()
              ? latest(rest, intent.speaker(), excludedArticles, days, null)
                  .orElseGet(() -> fact(rest, question, excludedArticles, days, time.relative()))
              : fact(rest, question, excludedArticles, days, time.relative());
      case NEWS ->
          news.of(String.join(" ", intent.topic()), excludedArticles, days)
              .map(
                  found ->
                      listed(
                          rest,
                          found.loose() ? Ranking.Path.LOOSE_NEWS : Ranking.Path.NEWS,
                          found.answers(),
                          null))
              .orElseGet(
                  () -> untitled(fact(rest, question, excludedArticles, days, time.relative())));
      case WHO_SAID ->
          earliestFirst(ranked(rest, question, excludedArticles, days, time.relative()));
      case FACT -> fact(rest, question, excludedArticles, days, time.relative());
    };
  }

  /**
   * The best answers from the question's days, or, when nothing there answers it well, from any
   * day: a month or a year may name when something happened rather than when it was reported (متى
   * هطلت الأمطار في شهر أغسطس). A phrase that counts from today ({@code relative}: أمس، منذ يومين)
   * asks for the news of those days: any answer from them comes before a better one from another
   * day (the confidence says how good it is), and when they hold none, another day's answers are
   * close at best ({@link Ranking.Path#OTHER_DAYS}).
   */
  private Ranking ranked(
      String rest, String question, Set<String> excluded, UnitIndex.Days days, boolean relative) {
    Predicate<StoredArticle> allowed = a -> !excluded.contains(a.article().id());
    Ranking within = ranker.rank(rest, question, allowed, StatementRanker.SEARCHED, days);
    boolean answered =
        !within.answers().isEmpty()
            && (within.candidates().get(0).coverage().all() >= WELL_COVERED || relative);
    if (days == null || answered) {
      return within;
    }
    Ranking anyDay = ranker.rank(question, question, allowed, StatementRanker.SEARCHED, null);
    if (!relative || anyDay.path() != Ranking.Path.RANKED) {
      return anyDay;
    }
    // the news of those days was asked, and they hold none: another day's is close at best
    return anyDay.reordered(
        Ranking.Path.OTHER_DAYS, IntStream.range(0, anyDay.answers().size()).boxed().toList());
  }

  /**
   * The best answers to a factual question; when it asks what a speaker said about a topic and
   * nothing of theirs covers it, the speaker's latest statements under a note that says so.
   */
  private Ranking fact(
      String rest, String question, Set<String> excluded, UnitIndex.Days days, boolean relative) {
    Ranking ranked = ranked(rest, question, excluded, days, relative);
    QuestionReader.Reading reading = reader.read(rest);
    if (reading.type() != QuestionReader.Type.STATEMENT
        || reading.speakerWords().isEmpty()
        || reading.topicWords().size() <= reading.speakerWords().size()) {
      return ranked;
    }
    if (spoke(ranked)) {
      return ranked; // a statement of theirs, or a report of what they said, covers the topic
    }
    // the outlets that spoke of it may spell the speaker's surname otherwise (ترمب، ترامب)
    for (String word : reading.speakerWords()) {
      for (String other : speakers.otherSpellings(word)) {
        Ranking respelled =
            ranked(
                Respelling.of(rest, word, other),
                Respelling.of(question, word, other),
                excluded,
                days,
                relative);
        if (spoke(respelled)) {
          return respelled;
        }
      }
    }
    return latest(rest, reading.speakerWords(), excluded, days, NEVER_SAID).orElse(ranked);
  }

  /** Whether one of the first answers covers the question's topic beyond its speaker. */
  private static boolean spoke(Ranking ranked) {
    return IntStream.range(0, Math.min(5, ranked.answers().size()))
        .anyMatch(i -> ranked.candidates().get(i).coverage().beyondSpeaker() >= WELL_COVERED);
  }

  /**
   * The latest statements of the speaker {@code named} names; under {@code note} (formatted with
   * the speaker's name) when given, as a said-never answer.
   */
  private Optional<Ranking> latest(
      String question, List<String> named, Set<String> excluded, UnitIndex.Days days, String note) {
    return latest
        .of(named, excluded, days)
        .map(
            found ->
                listed(
                    question,
                    note == null ? Ranking.Path.LATEST : Ranking.Path.SAID_NEVER,
                    found.answers(),
                    note == null ? null : note.formatted(found.speaker())));
  }

  /** A listing's answers as a ranking the model does not read (the path's rate stands). */
  private static Ranking listed(
      String question, Ranking.Path path, List<Answer> answers, String note) {
    ConfidenceFeatures.Question asked =
        new ConfidenceFeatures.Question(QuestionReader.Type.OTHER, 0, 0, false, Set.of());
    return new Ranking(question, path, asked, answers, List.of(), note, List.of(), RankedPool.NONE);
  }

  /**
   * A news question whose topic no title names, answered as a factual one: its statements are close
   * at best ("شو صار بزيارة البابا فرنسيس للعراق؟" is no news the corpus holds, however well a
   * sentence about the pope covers its words).
   */
  private static Ranking untitled(Ranking ranked) {
    if (ranked.path() != Ranking.Path.RANKED) {
      return ranked;
    }
    return ranked.reordered(
        Ranking.Path.UNTITLED_NEWS, IntStream.range(0, ranked.answers().size()).boxed().toList());
  }

  /** Who said it: the strong matches that are someone's statements, the earliest first. */
  private static Ranking earliestFirst(Ranking ranked) {
    if (ranked.answers().isEmpty()) {
      return ranked;
    }
    double top = ranked.answers().get(0).score();
    List<Integer> strong = new ArrayList<>();
    List<Integer> rest = new ArrayList<>();
    for (int i = 0; i < ranked.answers().size(); i++) {
      Answer a = ranked.answers().get(i);
      (a.speaker() != null && a.score() >= STRONG * top ? strong : rest).add(i);
    }
    strong.sort(
        Comparator.comparing(
            i -> Published.instant(ranked.answers().get(i).article().published())));
    List<Integer> order = new ArrayList<>(strong);
    order.addAll(rest);
    return ranked.reordered(Ranking.Path.EARLIEST, order);
  }

  /** The distinct speakers of {@code answers}, in order, at most a hint's worth. */
  private static List<String> speakersOf(List<Answer> answers) {
    return answers.stream()
        .map(Answer::speaker)
        .filter(Objects::nonNull)
        .distinct()
        .limit(StatementRanker.HINTED_SPEAKERS)
        .toList();
  }

  /**
   * What to say when {@code set} has no answer: the speakers whose statements came nearest the
   * question, else the corpus's most quoted speakers.
   */
  public NoAnswer noAnswer(AnswerSet set) {
    return set.nearSpeakers().isEmpty() ? noAnswer() : NoAnswer.suggesting(set.nearSpeakers());
  }

  /** What to say when a question gets no answer, with the corpus's most quoted speakers. */
  public NoAnswer noAnswer() {
    return noAnswer.get();
  }
}
