package org.naba.text;

import static org.naba.text.ArabicLetters.ALEF;
import static org.naba.text.ArabicLetters.HAMZA;
import static org.naba.text.ArabicLetters.WAW;
import static org.naba.text.ArabicLetters.YEH;

/**
 * An approximate root of a light-stemmed Arabic word, for matching words of one root across
 * derivations: a verb and its verbal noun (استخدم / استخدام / مستخدم), a broken plural and its
 * adjective (اعصاب / عصبي), a form-V verb and its noun (تحسن / تحسين / حسن). It is coarse on
 * purpose and meant for a low-weight field: it conflates some words of different meaning.
 *
 * <p>Input is one word already passed through {@link ArabicNormalizer} and {@link
 * ArabicLightStemmer}. Rules, applied in this order:
 *
 * <ol>
 *   <li>Words of fewer than {@value #MIN_ROOT} letters are left alone.
 *   <li>One derivational prefix is removed, longest first: يست تست نست مست است (form X), مت (form V
 *       and VI participles), then one of ت م ي ن ا — but only when the rest still reduces, by rule
 *       3, to at least {@value #MIN_ROOT} letters (so ملك, تمر, مدينه keep their first letter).
 *   <li>Every ا و ي ء after the first letter is removed (as {@link ArabicSkeleton} does), when at
 *       least {@value #MIN_ROOT} letters remain; otherwise the word of rule 2 is returned as it is.
 * </ol>
 */
public final class ArabicRoot {

  static final int MIN_ROOT = 3;

  // a closed set of derivational prefixes, tried in order: part of rule 2, not a word list
  private static final String[] PREFIXES = {
    "يست", "تست", "نست", "مست", "است", "مت", "ت", "م", "ي", "ن", "ا"
  };

  private ArabicRoot() {}

  public static String of(String stem) {
    if (stem.length() < MIN_ROOT) {
      return stem;
    }
    for (String prefix : PREFIXES) {
      if (stem.startsWith(prefix)) {
        String rest = withoutLongVowels(stem.substring(prefix.length()));
        if (rest.length() >= MIN_ROOT) {
          return rest;
        }
      }
    }
    String whole = withoutLongVowels(stem);
    return whole.length() >= MIN_ROOT ? whole : stem;
  }

  private static String withoutLongVowels(String word) {
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
    return out.toString();
  }
}
