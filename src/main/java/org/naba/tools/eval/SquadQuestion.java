package org.naba.tools.eval;

import java.util.List;

/**
 * A question of a SQuAD-format set.
 *
 * @param id the question's identifier in the set
 * @param text the question
 * @param answers the answer strings, as the set gives them
 */
public record SquadQuestion(String id, String text, List<String> answers) {

  public SquadQuestion {
    answers = List.copyOf(answers);
  }
}
