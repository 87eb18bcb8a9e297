package org.naba.tools.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.naba.answer.Answer;
import org.naba.answer.AnswerSet;
import org.naba.text.ArabicNormalizer;

/**
 * Scores answers against a QA file: top-1 accuracy on answerable questions (the first answer's text
 * contains the expected span, compared after Arabic normalisation) and the share of out-of-scope
 * questions left unanswered.
 */
public final class QaEvaluation {

  private final Function<String, AnswerSet> answerer;

  public QaEvaluation(Function<String, AnswerSet> answerer) {
    this.answerer = answerer;
  }

  /**
   * The figures for {@code cases}.
   *
   * @param misses every answerable question whose first answer missed, and every out-of-scope
   *     question that got an answer, with what was answered
   */
  public record Report(
      int answerable,
      int top1Correct,
      int outOfScope,
      int outOfScopeUnanswered,
      List<String> misses) {

    public double top1Accuracy() {
      return answerable == 0 ? 0 : top1Correct / (double) answerable;
    }

    public double noAnswerRate() {
      return outOfScope == 0 ? 0 : outOfScopeUnanswered / (double) outOfScope;
    }

    /** One line: {@code top-1 0.757 (28/37), out of scope unanswered 0.929 (13/14)}. */
    public String summary() {
      return String.format(
          java.util.Locale.ROOT,
          "top-1 %.3f (%d/%d), out of scope unanswered %.3f (%d/%d)",
          top1Accuracy(),
          top1Correct,
          answerable,
          noAnswerRate(),
          outOfScopeUnanswered,
          outOfScope);
    }
  }

  public Report run(List<QaCase> cases) {
    int answerable = 0;
    int correct = 0;
    int oos = 0;
    int unanswered = 0;
    List<String> misses = new ArrayList<>();
    for (QaCase c : cases) {
      List<Answer> answers = answerer.apply(c.question()).answers();
      String first = answers.isEmpty() ? null : answers.get(0).text();
      if (c.outOfScope()) {
        oos++;
        if (first == null) {
          unanswered++;
        } else {
          misses.add("line " + c.line() + " (out of scope) " + c.question() + " → " + first);
        }
      } else {
        answerable++;
        if (first != null && contains(first, c.expected())) {
          correct++;
        } else {
          misses.add(
              "line "
                  + c.line()
                  + " "
                  + c.question()
                  + " → "
                  + (first == null ? "(no answer)" : first));
        }
      }
    }
    return new Report(answerable, correct, oos, unanswered, misses);
  }

  /** Whether {@code text} contains the expected span or one of its alternatives (a|b). */
  static boolean contains(String text, String expected) {
    String normalized = ArabicNormalizer.normalize(text);
    for (String span : expected.split("\\|")) {
      if (!span.isBlank() && normalized.contains(ArabicNormalizer.normalize(span.strip()))) {
        return true;
      }
    }
    return false;
  }
}
