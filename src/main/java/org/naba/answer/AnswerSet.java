package org.naba.answer;

import java.util.List;

/**
 * The answers to one question, best first, and how sure Naba is of them.
 *
 * @param status whether the answers answer the question ({@link Status#ANSWER}), are only the
 *     closest statements found ({@link Status#RELATED}), or nothing came close ({@link
 *     Status#NONE}, no answers)
 * @param note a sentence to show before the answers, or {@code null} (e.g. that the speaker asked
 *     about never spoke of the topic, before their latest statements)
 * @param nearSpeakers when nothing answers, the speakers of the statements that came nearest,
 *     nearest first (for the hint of {@link Answerer#noAnswer(AnswerSet)}); else empty
 */
public record AnswerSet(
    String question, Status status, List<Answer> answers, String note, List<String> nearSpeakers) {

  /** How sure Naba is that it answers. */
  public enum Status {
    /** Confident: the first answer answers the question. */
    ANSWER,
    /** Not sure: the closest statements, not to be shown as an answer. */
    RELATED,
    /** Nothing close. */
    NONE
  }

  public AnswerSet {
    answers = List.copyOf(answers);
    nearSpeakers = List.copyOf(nearSpeakers);
    if ((status == Status.NONE) != answers.isEmpty()) {
      throw new IllegalArgumentException(status + " with " + answers.size() + " answers");
    }
  }

  /** Confident answers (none: {@link Status#NONE}). */
  public static AnswerSet of(String question, List<Answer> answers) {
    return new AnswerSet(
        question, answers.isEmpty() ? Status.NONE : Status.ANSWER, answers, null, List.of());
  }

  /** Nothing answers; {@code nearSpeakers} came nearest. */
  public static AnswerSet none(String question, List<String> nearSpeakers) {
    return new AnswerSet(question, Status.NONE, List.of(), null, nearSpeakers);
  }

  public boolean answered() {
    return status == Status.ANSWER;
  }
}
