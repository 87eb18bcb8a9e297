package org.naba.dialogue;

/**
 * Keeps right-to-left lines right-to-left: a line that starts with a Latin letter, a digit or
 * punctuation would otherwise be laid out left-to-right by most renderers.
 */
public final class Direction {

  /** RIGHT-TO-LEFT MARK: a strong RTL character that takes no space. */
  public static final char RLM = '\u200F';

  private Direction() {}

  /** {@code line} with a leading RLM when its first strong character is not right-to-left. */
  public static String rtl(String line) {
    for (int i = 0; i < line.length(); i++) {
      byte d = Character.getDirectionality(line.charAt(i));
      if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT
          || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
        return line;
      }
      if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT
          || d == Character.DIRECTIONALITY_EUROPEAN_NUMBER
          || d == Character.DIRECTIONALITY_ARABIC_NUMBER) {
        return RLM + line;
      }
    }
    return line;
  }
}
