package org.naba.tools.eval;

import java.util.List;
import org.naba.text.ArabicNormalizer;

/**
 * Decides whether a retrieved unit answers a question: it does when its text, after {@link
 * ArabicNormalizer#normalize}, contains one of the normalised answer strings. The same check serves
 * every system measured.
 */
public final class AnswerCheck {

  private AnswerCheck() {}

  /** The answers in normal form, blanks dropped. */
  public static List<String> normalizedAnswers(List<String> answers) {
    return answers.stream().map(ArabicNormalizer::normalize).filter(a -> !a.isEmpty()).toList();
  }

  /** True when {@code normalizedText} contains one of {@code normalizedAnswers}. */
  public static boolean answers(String normalizedText, List<String> normalizedAnswers) {
    for (String answer : normalizedAnswers) {
      if (normalizedText.contains(answer)) {
        return true;
      }
    }
    return false;
  }
}
