package org.naba.text;

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
  private static final char[][] PREFIXES =
      ArabicLightStemmer.letters("يست", "تست", "نست", "مست", "است", "مت", "ت", "م", "ي", "ن", "ا");

  private ArabicRoot() {}

  public static String of(String stem) {
    char[] s = stem.toCharArray();
    int length = of(s, s.length);
    return length == s.length ? stem : new String(s, 0, length);
  }

  /**
   * The root of the stem {@code s[0, len)}, written over it; returns its length ({@code len} when
   * the stem is kept as it came).
   */
  public static int of(char[] s, int len) {
    if (len < MIN_ROOT) {
      return len;
    }
    for (char[] prefix : PREFIXES) {
      if (prefix.length <= len
          && ArabicLightStemmer.matches(s, 0, prefix)
          && ArabicSkeleton.keptAfterFirst(s, prefix.length, len) >= MIN_ROOT) {
        return ArabicSkeleton.dropAfterFirst(s, prefix.length, len);
      }
    }
    if (ArabicSkeleton.keptAfterFirst(s, 0, len) >= MIN_ROOT) {
      return ArabicSkeleton.dropAfterFirst(s, 0, len);
    }
    return len;
  }
}
