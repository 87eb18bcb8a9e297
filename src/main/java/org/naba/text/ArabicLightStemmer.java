package org.naba.text;

import static org.naba.text.ArabicLetters.TEH;
import static org.naba.text.ArabicLetters.WAW;

/**
 * A light stemmer for Arabic words in the Light10 tradition (Larkey, Ballesteros and Connell), with
 * possessive suffixes and guards for proper nouns. Input is one word already passed through {@link
 * ArabicNormalizer} (so ة is ه and أ إ آ are ا).
 *
 * <p>Rules, applied in this order:
 *
 * <ol>
 *   <li>Words of fewer than {@value #MIN_WORD} letters are left alone.
 *   <li>One conjunction و is removed when at least {@value #MIN_AFTER_WAW} letters remain and the
 *       word does not then start a definite article (that case is rule 3's وال).
 *   <li>One definite-article prefix is removed, longest first: وال بال كال فال لل ال, when at least
 *       {@value #MIN_AFTER_ARTICLE} letters remain.
 *   <li>One possessive/object suffix is removed, longest first: هما كما ها هم هن كم كن نا, when at
 *       least {@value #MIN_STEM} letters remain. When one was removed and the rest ends in a ت that
 *       stands for ة (مدرستنا → مدرست), that ت is removed too if at least {@value #MIN_STEM}
 *       letters remain and the rest does not end in ات.
 *   <li>One plural/dual suffix is removed: ات ون ين when at least {@value #MIN_STEM} letters
 *       remain; ان only when at least {@value #MIN_STEM_BEFORE_ALEF_NOON} letters remain (so نعمان,
 *       لبنان, عثمان stay whole) and never from a word ending in ستان (كردستان).
 *   <li>One of يه (ية), ه (ة), ي is removed, in that order, when at least {@value #MIN_STEM}
 *       letters remain. A ه removed after a ت is the possessive "his" after a ة (تجربته، زيارته،
 *       حكومته): that ت is removed too, as in rule 4 (تجربته → تجرب, as تجربة; بيته stays بيت).
 * </ol>
 */
public final class ArabicLightStemmer {

  static final int MIN_WORD = 3;
  static final int MIN_AFTER_WAW = 3;
  static final int MIN_AFTER_ARTICLE = 2;
  static final int MIN_STEM = 3;
  static final int MIN_STEM_BEFORE_ALEF_NOON = 4;

  // the affixes are closed sets, tried in order (longest first): part of the rules, not word
  // lists; as char arrays, the stemmer compares them with a word's letters in its buffer
  private static final char[] DEFINITE_ARTICLE = "ال".toCharArray();
  private static final char[] STAN = "ستان".toCharArray();
  private static final char[] ALEF_NOON = "ان".toCharArray();
  private static final char[] FEMININE_PLURAL = "ات".toCharArray();

  private static final char[][] ARTICLES = letters("وال", "بال", "كال", "فال", "لل", "ال");
  private static final char[][] POSSESSIVES =
      letters("هما", "كما", "ها", "هم", "هن", "كم", "كن", "نا");
  private static final char[][] PLURALS = letters("ات", "ون", "ين");
  private static final char[][] ENDINGS = letters("يه", "ه", "ي");
  private static final char[] HEH_ENDING = ENDINGS[1];

  private ArabicLightStemmer() {}

  public static String stem(String word) {
    char[] s = word.toCharArray();
    int length = stem(s, s.length);
    return length == s.length ? word : new String(s, 0, length);
  }

  /**
   * The stem of the word {@code s[0, len)}, written over it; returns its length. The rules only
   * remove letters, so a stem as long as the word is the word.
   */
  public static int stem(char[] s, int len) {
    if (len < MIN_WORD) {
      return len;
    }
    int from = 0;
    int to = len;
    if (s[0] == WAW && len - 1 >= MIN_AFTER_WAW && !startsWith(s, 1, to, DEFINITE_ARTICLE)) {
      from = 1;
    }
    for (char[] article : ARTICLES) {
      if (startsWith(s, from, to, article) && to - from - article.length >= MIN_AFTER_ARTICLE) {
        from += article.length;
        break;
      }
    }
    for (char[] possessive : POSSESSIVES) {
      if (endsWith(s, from, to, possessive) && to - from - possessive.length >= MIN_STEM) {
        to -= possessive.length;
        if (s[to - 1] == TEH
            && to - from - 1 >= MIN_STEM
            && !endsWith(s, from, to, FEMININE_PLURAL)) {
          to--;
        }
        break;
      }
    }
    boolean plural = false;
    for (char[] suffix : PLURALS) {
      if (endsWith(s, from, to, suffix) && to - from - suffix.length >= MIN_STEM) {
        to -= suffix.length;
        plural = true;
        break;
      }
    }
    if (!plural
        && endsWith(s, from, to, ALEF_NOON)
        && !endsWith(s, from, to, STAN)
        && to - from - ALEF_NOON.length >= MIN_STEM_BEFORE_ALEF_NOON) {
      to -= ALEF_NOON.length;
    }
    for (char[] ending : ENDINGS) {
      if (endsWith(s, from, to, ending) && to - from - ending.length >= MIN_STEM) {
        to -= ending.length;
        if (ending == HEH_ENDING
            && s[to - 1] == TEH
            && to - from - 1 >= MIN_STEM
            && !endsWith(s, from, to, FEMININE_PLURAL)) {
          to--;
        }
        break;
      }
    }
    if (from > 0) {
      System.arraycopy(s, from, s, 0, to - from);
    }
    return to - from;
  }

  /** True when the word {@code s[from, to)} starts with {@code prefix}. */
  private static boolean startsWith(char[] s, int from, int to, char[] prefix) {
    return to - from >= prefix.length && matches(s, from, prefix);
  }

  /** True when the word {@code s[from, to)} ends with {@code suffix}. */
  private static boolean endsWith(char[] s, int from, int to, char[] suffix) {
    return to - from >= suffix.length && matches(s, to - suffix.length, suffix);
  }

  static boolean matches(char[] s, int at, char[] part) {
    for (int i = 0; i < part.length; i++) {
      if (s[at + i] != part[i]) {
        return false;
      }
    }
    return true;
  }

  static char[][] letters(String... affixes) {
    char[][] out = new char[affixes.length][];
    for (int i = 0; i < affixes.length; i++) {
      out[i] = affixes[i].toCharArray();
    }
    return out;
  }
}
