package org.naba.answer;

import java.util.List;

/** The answers to one question, best first; empty when nothing in the corpus answers it. */
public record AnswerSet(String question, List<Answer> answers) {

  public AnswerSet {
    answers = List.copyOf(answers);
  }
}
