package org.naba.text;

import static org.naba.text.ArabicLetters.ALEF;
import static org.naba.text.ArabicLetters.HAMZA;
import static org.naba.text.ArabicLetters.WAW;
import static org.naba.text.ArabicLetters.YEH;

/**
 * The consonant skeleton of a normalised, stemmed Arabic word, for matching spelling variants that
 * differ only in long-vowel letters (كوردستان / كردستان, ترامب / ترمب).
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>The first letter is always kept.
 *   <li>Every later ا و ي is removed, as is ء.
 *   <li>A skeleton shorter than {@value #MIN_SKELETON} letters is not used: the word is returned as
 *       it came.
 * </ul>
 */
public final class ArabicSkeleton {

  static final int MIN_SKELETON = 3;

  private ArabicSkeleton() {}

  public static String of(String word) {
    char[] s = word.toCharArray();
    int length = of(s, s.length);
    return length == s.length ? word : new String(s, 0, length);
  }

  /**
   * The skeleton of the word {@code s[0, len)}, written over it; returns its length ({@code len}
   * when the word is kept as it came).
   */
  public static int of(char[] s, int len) {
    if (len == 0 || keptAfterFirst(s, 0, len) < MIN_SKELETON) {
      return len;
    }
    return dropAfterFirst(s, 0, len);
  }

  /** How many letters of {@code s[from, to)} remain when {@link #dropAfterFirst} removes some. */
  static int keptAfterFirst(char[] s, int from, int to) {
    if (from == to) {
      return 0;
    }
    int kept = 1;
    for (int i = from + 1; i < to; i++) {
      if (!isDropped(s[i])) {
        kept++;
      }
    }
    return kept;
  }

  /**
   * Writes {@code s[from, to)} without every ا و ي ء after its first letter to the start of {@code
   * s}; returns its length.
   */
  static int dropAfterFirst(char[] s, int from, int to) {
    if (from == to) {
      return 0;
    }
    s[0] = s[from];
    int length = 1;
    for (int i = from + 1; i < to; i++) {
      char c = s[i];
      if (!isDropped(c)) {
        s[length++] = c;
      }
    }
    return length;
  }

  private static boolean isDropped(char c) {
    return c == ALEF || c == WAW || c == YEH || c == HAMZA;
  }
}
