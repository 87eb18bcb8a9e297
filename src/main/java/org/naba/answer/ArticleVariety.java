package org.naba.answer;

import java.util.ArrayList;
import java.util.List;

/**
 * Shows a second article's best statement second. When the first answer is wrong, the right one is
 * more often in another article than a second sentence of the same one: on the reader dev
 * questions, the right statement among the first three rose from 77 to 79 of 114 (docs/
 * CONFIDENCE.md). Confidences are those of the ranking (computed before this order), so the reply's
 * state does not change.
 */
final class ArticleVariety {

  private ArticleVariety() {}

  /**
   * {@code answers} with the first answer from another article than the first's moved to second
   * place (the others keep their order), renumbered; as they are when the second already is.
   */
  static List<Answer> secondFromAnotherArticle(List<Answer> answers) {
    if (answers.size() < 3) {
      return answers;
    }
    String first = answers.get(0).article().id();
    if (!answers.get(1).article().id().equals(first)) {
      return answers;
    }
    int other = -1;
    for (int i = 2; i < answers.size() && other < 0; i++) {
      if (!answers.get(i).article().id().equals(first)) {
        other = i;
      }
    }
    if (other < 0) {
      return answers;
    }
    List<Answer> order = new ArrayList<>(answers);
    order.add(1, order.remove(other));
    List<Answer> out = new ArrayList<>(order.size());
    for (Answer a : order) {
      out.add(a.withRank(out.size() + 1));
    }
    return out;
  }
}
