package org.naba.answer;

import java.util.List;

/**
 * One answer to a question.
 *
 * @param rank 1 for the best answer
 * @param kind a direct quote, or a passage of the article's own narrative
 * @param text verbatim from the article body
 * @param speaker who said it (quotes), or {@code null} when unknown or a passage
 * @param role the speaker's role as the article states it, or {@code null}
 * @param article where the text comes from
 * @param alsoReportedBy other outlets that report the same statement
 * @param score the ranking score (higher is better)
 */
public record Answer(
    int rank,
    Kind kind,
    String text,
    String speaker,
    String role,
    ArticleRef article,
    List<Source> alsoReportedBy,
    double score) {

  public Answer {
    alsoReportedBy = List.copyOf(alsoReportedBy);
  }

  public enum Kind {
    QUOTE,
    PASSAGE
  }
}
