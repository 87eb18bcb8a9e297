package org.naba.quotes;

import static org.naba.text.ArabicLetters.HAMZA;
import static org.naba.text.ArabicLetters.SUPERSCRIPT_ALEF;
import static org.naba.text.ArabicLetters.TATWEEL;

import java.util.ArrayList;
import java.util.List;
import org.naba.text.ArabicNormalizer;

/**
 * A word or a punctuation character of an article body.
 *
 * @param start offset of the first character
 * @param end offset just past the last character
 * @param norm the normalised form ({@link ArabicNormalizer#normalize}); for punctuation the
 *     character itself
 * @param word true for a word (letters, digits, diacritics, tatweel), false for punctuation
 */
record Token(int start, int end, String norm, boolean word) {

  private static final char FIRST_DIACRITIC = '\u064B';
  private static final char LAST_DIACRITIC = '\u0652';

  /**
   * The preposition على keeps its alef maqsura in {@link #norm}: normalised it would be the name
   * علي.
   */
  static final String ALA = "على";

  /** Hashtags (#برنارد_أوغستين) are read as their words. */
  private static final char HASH = '#';

  private static final char UNDERSCORE = '_';

  /**
   * Splits {@code text[from, to)} into tokens.
   *
   * <p>Rules: a word is a run of letters, digits, Arabic diacritics and tatweel; white space,
   * format characters, {@code #} and {@code _} (hashtags) separate tokens and are dropped; a word
   * that is only diacritics or tatweel is dropped; every other character is a one-character
   * punctuation token.
   */
  static List<Token> split(String text, int from, int to) {
    List<Token> tokens = new ArrayList<>();
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (isWordChar(c)) {
        int start = i;
        while (i < to && isWordChar(text.charAt(i))) {
          i++;
        }
        String word = text.substring(start, i);
        String norm = word.equals(ALA) ? ALA : ArabicNormalizer.normalize(word);
        if (!norm.isEmpty()) {
          tokens.add(new Token(start, i, norm, true));
        }
      } else if (QuoteMarks.isSpace(c)
          || Character.getType(c) == Character.FORMAT
          || c == HASH
          || c == UNDERSCORE) {
        i++;
      } else {
        tokens.add(new Token(i, i + 1, String.valueOf(c), false));
        i++;
      }
    }
    return tokens;
  }

  static boolean isWordChar(char c) {
    // hamza to sukun (U+0621–U+0652) are all letters, tatweel or diacritics: the common case first
    return (c >= HAMZA && c <= LAST_DIACRITIC)
        || Character.isLetterOrDigit(c)
        || (c >= FIRST_DIACRITIC && c <= LAST_DIACRITIC)
        || c == SUPERSCRIPT_ALEF
        || c == TATWEEL;
  }

  String text(String body) {
    return body.substring(start, end);
  }

  boolean is(String normalised) {
    return norm.equals(normalised);
  }

  boolean isQuoteMark() {
    return !word && QuoteMarks.isMark(norm.charAt(0));
  }
}
