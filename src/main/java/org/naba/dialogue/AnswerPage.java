package org.naba.dialogue;

import java.util.List;
import org.naba.answer.Answer;
import org.naba.answer.AnswerSet;

/**
 * One screen of answers: the renderers show a few answers at a time and keep the rest behind "more"
 * (المزيد).
 *
 * @param set all answers to the question
 * @param number zero-based page number
 * @param size answers per page
 */
public record AnswerPage(AnswerSet set, int number, int size) {

  public static final int DEFAULT_SIZE = 3;

  public AnswerPage {
    if (number < 0 || size < 1) {
      throw new IllegalArgumentException("invalid page " + number + " of size " + size);
    }
  }

  public static AnswerPage first(AnswerSet set) {
    return new AnswerPage(set, 0, DEFAULT_SIZE);
  }

  public List<Answer> answers() {
    int from = Math.min(number * size, set.answers().size());
    int to = Math.min(from + size, set.answers().size());
    return set.answers().subList(from, to);
  }

  public boolean hasMore() {
    return (number + 1) * size < set.answers().size();
  }

  public AnswerPage next() {
    return new AnswerPage(set, number + 1, size);
  }
}
