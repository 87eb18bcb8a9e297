package org.naba.answer;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.naba.search.SentenceIndex;
import org.naba.store.Store;
import org.naba.store.StoredArticle;

/**
 * Turns a question into answers, each with the probability that it answers, and the set with how
 * sure Naba is: the answer, only related statements, or nothing.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>A time phrase ({@link TimePhrases}: اليوم، أمس، الشهر الماضي، في مارس …) keeps only the
 *       articles of its days, counted back from the corpus's "today"; when nothing of those days
 *       answers a factual question well, every day's articles do (the phrase may date the event,
 *       not the report).
 *   <li>What the question asks for ({@link QuestionIntent}) decides how answers are found: a
 *       speaker's latest statements are theirs, newest first ({@link SpeakerDirectory} names the
 *       speaker); the latest news of a topic is the newest of the statements strongly about it; who
 *       said something is answered by the matching statements, earliest first; anything else by the
 *       statements that answer it best ({@link StatementRanker}).
 *   <li>A question about what a speaker said about a topic they never spoke of gets a note that
 *       says so, then their latest statements, as related statements.
 *   <li>Ranked answers take their confidence from the {@link ConfidenceModel}; the other paths take
 *       the rate at which the path's first answer was right on the training questions.
 *   <li>From {@code sureAt} the set is the answer; below {@code relatedAt} it is nothing (with the
 *       speakers that came nearest as a hint); between, the answers are only related.
 * </ul>
 */
public final class Answerer {

  /** Units searched when a question's days narrow the articles. */
  private static final int DATED_SEARCHED = 400;

  /** Units searched for the news of a topic, whose newest article may rank low. */
  private static final int NEWS_SEARCHED = 300;

  /** The share of a topic's term weight a statement must cover to be news about it. */
  private static final double ABOUT_TOPIC = 0.75;

  /** A who-said answer is among the earliest when it scores this share of the best. */
  private static final double STRONG = 0.5;

  /** The share of a question's weight the best answer of its days must cover to stand. */
  private static final double WELL_COVERED = 0.5;

  /** Statements of a speaker read for their latest. */
  private static final int LATEST_READ = 60;

  private static final String NEVER_SAID = "لم أجد تصريحات لـ«%s» عن هذا. آخر ما قاله:";

  private final StatementRanker ranker;
  private final SpeakerDirectory speakers;
  private final Store store;
  private final int maxAnswers;
  private final ConfidenceModel model;
  private final double sureAt;
  private final double relatedAt;
  private final Supplier<LocalDate> today;
  private final QuestionReader reader = new QuestionReader();
  private NoAnswer noAnswer;
  private long noAnswerSeq;

  /**
   * @param sureAt the confidence from which the first answer is given as the answer ({@link
   *     AnswerSet.Status#ANSWER})
   * @param relatedAt the confidence below which nothing counts as close ({@link
   *     AnswerSet.Status#NONE}); between the two, the answers are only related
   * @param today the corpus's "today", for a question's time phrase
   */
  public Answerer(
      SentenceIndex index,
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
    this.ranker = new StatementRanker(index, store, maxAnswers);
    this.speakers = new SpeakerDirectory(store);
    this.store = store;
    this.maxAnswers = maxAnswers;
    this.model = model;
    this.sureAt = sureAt;
    this.relatedAt = relatedAt;
    this.today = today;
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
          ranking.modelled() && ranking.path() != Ranking.Path.NEWS
              ? model.probability(ranking.features(i))
              : model.rate(ranking.path());
      Answer a = ranking.answers().get(i);
      answers.add(
          new Answer(
              a.rank(),
              a.kind(),
              a.text(),
              a.speaker(),
              a.role(),
              a.article(),
              a.alsoReportedBy(),
              a.score(),
              p));
    }
    double first = answers.get(0).confidence();
    if (first < relatedAt) {
      return AnswerSet.none(question, speakersOf(answers));
    }
    AnswerSet.Status status =
        first >= sureAt && ranking.path() != Ranking.Path.SAID_NEVER
            ? AnswerSet.Status.ANSWER
            : AnswerSet.Status.RELATED;
    return new AnswerSet(question, status, answers, ranking.note(), List.of());
  }

  /**
   * The ranked answers to {@code question} from articles other than {@code excludedArticles} (ids),
   * before Naba decides how sure it is: the training asks each question with the article that
   * answers it left out, to learn what an answer looks like when the corpus does not hold one.
   */
  public Ranking rank(String question, Set<String> excludedArticles) {
    TimePhrases.Reading time = TimePhrases.read(question, today.get());
    DateWindow window = time.window().orElse(null);
    Predicate<StoredArticle> allowed =
        a ->
            !excludedArticles.contains(a.article().id())
                && (window == null || window.holds(a.article().published()));
    int searched = window == null ? StatementRanker.SEARCHED : DATED_SEARCHED;
    String rest = time.rest();
    QuestionIntent.Reading intent = QuestionIntent.read(rest);
    return switch (intent.kind()) {
      case LATEST_FROM ->
          intent.topic().isEmpty()
              ? latest(rest, intent.speaker(), excludedArticles, window, null)
                  .orElseGet(() -> fact(rest, allowed, searched, excludedArticles, window))
              : fact(rest, allowed, searched, excludedArticles, window);
      case NEWS -> news(rest, intent.topic(), allowed, searched);
      case WHO_SAID ->
          earliestFirst(
              withinOrAtAnyTime(
                  ranker.rank(rest, allowed, searched), question, excludedArticles, window));
      case FACT ->
          withinOrAtAnyTime(
              fact(rest, allowed, searched, excludedArticles, window),
              question,
              excludedArticles,
              window);
    };
  }

  /**
   * The answers of a question's days, or, when nothing there answers it well, of any day: a time
   * phrase may name when something happened rather than when it was reported (متى هطلت الأمطار في
   * شهر أغسطس).
   */
  private Ranking withinOrAtAnyTime(
      Ranking within, String question, Set<String> excluded, DateWindow window) {
    boolean answered =
        !within.answers().isEmpty()
            && (!within.modelled() || within.candidates().get(0).coverage().all() >= WELL_COVERED);
    if (window == null || answered) {
      return within;
    }
    return fact(
        question,
        a -> !excluded.contains(a.article().id()),
        StatementRanker.SEARCHED,
        excluded,
        null);
  }

  /**
   * The best answers to a factual question; when it asks what a speaker said about a topic and no
   * statement of theirs covers it, the speaker's latest statements under a note that says so.
   */
  private Ranking fact(
      String question,
      Predicate<StoredArticle> allowed,
      int searched,
      Set<String> excluded,
      DateWindow window) {
    Ranking ranked = ranker.rank(question, allowed, searched);
    QuestionReader.Reading reading = reader.read(question);
    if (reading.type() != QuestionReader.Type.STATEMENT
        || reading.speakerWords().isEmpty()
        || reading.topicWords().size() <= reading.speakerWords().size()) {
      return ranked;
    }
    boolean spoke =
        IntStream.range(0, Math.min(5, ranked.answers().size()))
            .anyMatch(i -> ranked.candidates().get(i).coverage().beyondSpeaker() >= WELL_COVERED);
    if (spoke) {
      return ranked; // a statement of theirs, or a report of what they said, covers the topic
    }
    return latest(question, reading.speakerWords(), excluded, window, NEVER_SAID).orElse(ranked);
  }

  /**
   * The statements of the speaker {@code named} names, newest first, from the allowed days; under
   * {@code note} (formatted with the speaker's name) when given, as a said-never answer.
   */
  private Optional<Ranking> latest(
      String question, List<String> named, Set<String> excluded, DateWindow window, String note) {
    List<String> who = speakers.named(named);
    if (who.isEmpty()) {
      return Optional.empty();
    }
    List<Answer> answers = new ArrayList<>();
    for (Store.QuoteListing q : store.quotesOf(who, LATEST_READ)) {
      if (answers.size() == maxAnswers) {
        break;
      }
      if (excluded.contains(q.articleId()) || window != null && !window.holds(q.published())) {
        continue;
      }
      answers.add(
          new Answer(
              answers.size() + 1,
              Answer.Kind.QUOTE,
              q.text(),
              q.speaker(),
              q.role(),
              new ArticleRef(q.articleId(), q.title(), q.outlet(), q.published(), q.url()),
              List.of(),
              0,
              0));
    }
    if (answers.isEmpty()) {
      return Optional.empty();
    }
    ConfidenceFeatures.Question asked =
        new ConfidenceFeatures.Question(QuestionReader.Type.STATEMENT, 0, 0, true, Set.of());
    return Optional.of(
        new Ranking(
            question,
            note == null ? Ranking.Path.LATEST : Ranking.Path.SAID_NEVER,
            asked,
            answers,
            List.of(),
            note == null ? null : note.formatted(who.get(0)),
            List.of()));
  }

  /** The newest of the statements strongly about the topic, else the best answers. */
  private Ranking news(
      String question, List<String> topic, Predicate<StoredArticle> allowed, int searched) {
    Ranking ranked =
        ranker.rank(String.join(" ", topic), allowed, Math.max(searched, NEWS_SEARCHED));
    List<Integer> about = new ArrayList<>();
    for (int i = 0; i < ranked.answers().size(); i++) {
      if (ranked.candidates().get(i).coverage().allByWords() >= ABOUT_TOPIC) {
        about.add(i);
      }
    }
    if (about.isEmpty()) {
      return ranked;
    }
    about.sort(
        Comparator.comparing((Integer i) -> instant(ranked.answers().get(i).article().published()))
            .reversed());
    return ranked.reordered(Ranking.Path.NEWS, about);
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
    strong.sort(Comparator.comparing(i -> instant(ranked.answers().get(i).article().published())));
    List<Integer> order = new ArrayList<>(strong);
    order.addAll(rest);
    return ranked.reordered(Ranking.Path.EARLIEST, order);
  }

  /** When an article was published, for ordering; the earliest instant when unknown. */
  private static OffsetDateTime instant(String published) {
    LocalDate day = DateWindow.dayOf(published);
    if (day == null) {
      return OffsetDateTime.MIN;
    }
    try {
      return OffsetDateTime.parse(published);
    } catch (DateTimeParseException e) {
      return day.atStartOfDay().atOffset(java.time.ZoneOffset.UTC);
    }
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
  public synchronized NoAnswer noAnswer() {
    long last = store.lastSeq();
    if (noAnswer == null || noAnswerSeq != last) {
      noAnswer = NoAnswer.suggesting(store.topSpeakers(StatementRanker.HINTED_SPEAKERS));
      noAnswerSeq = last;
    }
    return noAnswer;
  }
}
