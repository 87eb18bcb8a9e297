package org.naba.answer;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.naba.text.ArabicNormalizer;

/** A question with some of its words written another way (ترمب → ترامب), the rest as asked. */
final class Respelling {

  private static final Pattern SPACES = Pattern.compile("\\s+");

  private Respelling() {}

  /**
   * {@code text} with every word whose normal form is {@code word} (ترمب، وترمب is not) written
   * {@code other}, the punctuation around it kept.
   */
  static String of(String text, String word, String other) {
    return each(text, w -> w.equals(word) ? Optional.of(other) : Optional.empty());
  }

  /**
   * {@code text} with each word of one normal form written as {@code respelled} gives for that
   * form, when it gives one; the punctuation around it kept.
   */
  static String each(String text, Function<String, Optional<String>> respelled) {
    StringBuilder out = new StringBuilder();
    for (String token : SPACES.split(text.strip())) {
      if (!out.isEmpty()) {
        out.append(' ');
      }
      List<String> words = ArabicNormalizer.words(token);
      Optional<String> other = words.size() == 1 ? respelled.apply(words.get(0)) : Optional.empty();
      out.append(other.map(o -> withLetters(token, o)).orElse(token));
    }
    return out.toString();
  }

  /**
   * {@code token} with its letters replaced by {@code other}, what is no letter at its ends kept.
   */
  private static String withLetters(String token, String other) {
    int start = 0;
    while (start < token.length() && !Character.isLetter(token.charAt(start))) {
      start++;
    }
    int end = token.length();
    while (end > start && !Character.isLetter(token.charAt(end - 1))) {
      end--;
    }
    return token.substring(0, start) + other + token.substring(end);
  }
}
