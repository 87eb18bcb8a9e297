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
    if (word.isEmpty()) {
      return word;
    }
    StringBuilder out = new StringBuilder(word.length());
    out.append(word.charAt(0));
    for (int i = 1; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c != ALEF && c != WAW && c != YEH && c != HAMZA) {
        out.append(c);
      }
    }
    return out.length() < MIN_SKELETON ? word : out.toString();
  }
}
