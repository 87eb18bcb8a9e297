package org.naba.answer;

import java.util.List;

/**
 * The ranked answers to a question before Naba decides how sure it is, with what the confidence
 * model reads of each (the training reads the same).
 *
 * @param path how the answers were found
 * @param asked what is known of the question
 * @param answers best first, their confidence not yet set (0)
 * @param candidates what is known of each answer, in the same order, for a ranked path; empty for a
 *     listing (a speaker's latest statements)
 * @param note a sentence to show before the answers, or {@code null}
 * @param nearSpeakers when there are no answers, the speakers of the statements that came nearest
 * @param pool for a ranked path, every group of the same statement found (past the answers) and
 *     every scored candidate; {@link RankedPool#NONE} for a listing
 */
public record Ranking(
    String question,
    Path path,
    ConfidenceFeatures.Question asked,
    List<Answer> answers,
    List<ConfidenceFeatures.Candidate> candidates,
    String note,
    List<String> nearSpeakers,
    RankedPool pool) {

  /** How a question's answers were found. */
  public enum Path {
    /** The statements that best answer a factual question (confidence from the model). */
    RANKED,
    /** The statements that best answer it, the earliest first (who said …). */
    EARLIEST,
    /** The newest of the statements strongly about a topic (آخر أخبار Y). */
    NEWS,
    /**
     * A news question whose topic no title names: the statements that best answer it, never given
     * as the answer (the news holds no story of that topic).
     */
    UNTITLED_NEWS,
    /**
     * A question about recent days (اليوم، أمس، منذ يومين) that nothing of those days answers: the
     * statements of any day that best answer it, never given as the answer (بكم سعر الحديد اليوم is
     * not answered by May's price).
     */
    OTHER_DAYS,
    /**
     * A news question whose topic no title names in full: the newest articles whose title holds
     * part of it ({@link TopicNews.News#loose()}), never given as the answer.
     */
    LOOSE_NEWS,
    /** A speaker's statements, the newest first (آخر تصريحات X). */
    LATEST,
    /** The speaker asked about never spoke of the topic: their newest statements instead. */
    SAID_NEVER;

    /** Whether answers found this way may be given as the answer, however confident. */
    public boolean mayBeSure() {
      return this != UNTITLED_NEWS
          && this != OTHER_DAYS
          && this != LOOSE_NEWS
          && this != SAID_NEVER;
    }

    /** Whether the answers are the ranking's best statements (not a listing). */
    public boolean ranked() {
      return this == RANKED || this == EARLIEST || this == UNTITLED_NEWS || this == OTHER_DAYS;
    }
  }

  public Ranking {
    answers = List.copyOf(answers);
    candidates = List.copyOf(candidates);
    nearSpeakers = List.copyOf(nearSpeakers);
  }

  static Ranking empty(String question, ConfidenceFeatures.Question asked, List<String> near) {
    return new Ranking(
        question, Path.RANKED, asked, List.of(), List.of(), null, near, RankedPool.NONE);
  }

  /** Whether the confidence model reads these answers (else the path's learned rate stands). */
  public boolean modelled() {
    return !candidates.isEmpty();
  }

  /** The features of answer {@code i}; only when {@link #modelled()}. */
  public double[] features(int i) {
    return ConfidenceFeatures.of(asked, candidates, i);
  }

  /** The same answers on another path, in the order of {@code order} (indexes), ranked anew. */
  Ranking reordered(Path newPath, List<Integer> order) {
    List<Answer> a = new java.util.ArrayList<>();
    List<ConfidenceFeatures.Candidate> c = new java.util.ArrayList<>();
    for (int i : order) {
      a.add(answers.get(i).withRank(a.size() + 1));
      c.add(candidates.get(i));
    }
    return new Ranking(question, newPath, asked, a, c, note, nearSpeakers, pool);
  }
}
