package org.naba.answer;

import java.util.List;

/**
 * The answers to one question, best first; empty when nothing in the corpus answers it.
 *
 * @param nearSpeakers when nothing answers, the speakers of the statements that came nearest,
 *     nearest first (for the hint of {@link Answerer#noAnswer(AnswerSet)}); else empty
 */
public record AnswerSet(String question, List<Answer> answers, List<String> nearSpeakers) {

  public AnswerSet {
    answers = List.copyOf(answers);
    nearSpeakers = List.copyOf(nearSpeakers);
  }

  public AnswerSet(String question, List<Answer> answers) {
    this(question, answers, List.of());
  }
}
