package org.naba.answer;

import java.util.List;

/**
 * What Naba says when nothing in the corpus answers: a plain statement and, where it can,
 * suggestions of what the corpus does cover (its most quoted speakers, say).
 */
public record NoAnswer(String message, List<String> suggestions) {

  public static final String MESSAGE = "لم أجد في الأخبار المتوفرة ما يجيب عن هذا السؤال.";

  public NoAnswer {
    suggestions = List.copyOf(suggestions);
  }

  public static NoAnswer suggesting(List<String> suggestions) {
    return new NoAnswer(MESSAGE, suggestions);
  }

  /** The hint line, or {@code null} when there is nothing to suggest. */
  public String hint() {
    return suggestions.isEmpty()
        ? null
        : "يمكنك السؤال مثلاً عمّا قاله: " + String.join("، ", suggestions);
  }
}
