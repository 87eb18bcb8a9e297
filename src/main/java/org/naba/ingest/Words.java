package org.naba.ingest;

/** Whether a text says anything: blank includes no-break and zero-width spaces. */
final class Words {

  private Words() {}

  /** Whether {@code text} has at least one letter or digit. */
  static boolean any(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code text} is only white space, no-break spaces and invisible format marks. */
  static boolean blank(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c)
          && !Character.isSpaceChar(c)
          && Character.getType(c) != Character.FORMAT) {
        return false;
      }
    }
    return true;
  }
}
