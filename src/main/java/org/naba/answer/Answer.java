package org.naba.answer;

import java.util.List;

/**
 * One answer to a question.
 *
 * @param rank 1 for the best answer
 * @param kind a direct quote, or a passage of the article's own narrative
 * @param text verbatim from the article body
 * @param speaker who said it (quotes), or {@code null} when unknown, doubtful or a passage
 * @param role the speaker's role as the article states it, or {@code null}
 * @param article where the text comes from
 * @param alsoReportedBy other outlets that report the same statement
 * @param score the ranking score (higher is better)
 * @param confidence the probability that it answers the question, in [0, 1]
 */
public record Answer(
    int rank,
    Kind kind,
    String text,
    String speaker,
    String role,
    ArticleRef article,
    List<Source> alsoReportedBy,
    double score,
    double confidence) {

  public Answer {
    alsoReportedBy = List.copyOf(alsoReportedBy);
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be in [0, 1]: " + confidence);
    }
  }

  public enum Kind {
    QUOTE,
    PASSAGE
  }

  /** This answer with another confidence. */
  public Answer withConfidence(double newConfidence) {
    return new Answer(
        rank, kind, text, speaker, role, article, alsoReportedBy, score, newConfidence);
  }

  /** This answer at another rank. */
  public Answer withRank(int newRank) {
    return new Answer(
        newRank, kind, text, speaker, role, article, alsoReportedBy, score, confidence);
  }
}
