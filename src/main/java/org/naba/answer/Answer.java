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
 * @param story the story of its article and the other outlets that tell the same there, or {@code
 *     null} when the article has no story yet or the answer is a listing's
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
    double confidence,
    AnswerStory story) {

  /** An answer outside any story. */
  public Answer(
      int rank,
      Kind kind,
      String text,
      String speaker,
      String role,
      ArticleRef article,
      List<Source> alsoReportedBy,
      double score,
      double confidence) {
    this(rank, kind, text, speaker, role, article, alsoReportedBy, score, confidence, null);
  }

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
        rank, kind, text, speaker, role, article, alsoReportedBy, score, newConfidence, story);
  }

  /** This answer at another rank. */
  public Answer withRank(int newRank) {
    return new Answer(
        newRank, kind, text, speaker, role, article, alsoReportedBy, score, confidence, story);
  }

  /** This answer in {@code newStory}. */
  public Answer withStory(AnswerStory newStory) {
    return new Answer(
        rank, kind, text, speaker, role, article, alsoReportedBy, score, confidence, newStory);
  }

  /**
   * The other outlets that report it, each once, without its own: those of its story, then those
   * that carry the same statement elsewhere ({@link #alsoReportedBy}).
   */
  public List<String> otherOutlets() {
    java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
    if (story != null) {
      story.outlets().forEach(r -> out.add(r.outlet()));
    }
    alsoReportedBy.forEach(s -> out.add(s.outlet()));
    out.remove(null);
    out.remove(article.outlet());
    return List.copyOf(out);
  }
}
