package org.naba.answer;

import java.util.List;
import java.util.regex.Pattern;
import org.naba.text.ArabicNormalizer;

/** A question with one word written another way (ترمب → ترامب), the rest as asked. */
final class Respelling {

  private static final Pattern SPACES = Pattern.compile("\\s+");

  private Respelling() {}

  /**
   * {@code text} with every word whose normal form is {@code word} (ترمب، وترمب is not) written
   * {@code other}, the punctuation around it kept.
   */
  static String of(String text, String word, String other) {
    String[] tokens = SPACES.split(text.strip());
    StringBuilder out = new StringBuilder();
    for (String token : tokens) {
      if (!out.isEmpty()) {
        out.append(' ');
      }
      out.append(
          ArabicNormalizer.words(token).equals(List.of(word)) ? respelled(token, other) : token);
    }
    return out.toString();
  }

  /**
   * {@code token} with its letters replaced by {@code other}, what is no letter at its ends kept.
   */
  private static String respelled(String token, String other) {
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
