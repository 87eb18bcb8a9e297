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
 *       letters remain.
 * </ol>
 */
public final class ArabicLightStemmer {

  static final int MIN_WORD = 3;
  static final int MIN_AFTER_WAW = 3;
  static final int MIN_AFTER_ARTICLE = 2;
  static final int MIN_STEM = 3;
  static final int MIN_STEM_BEFORE_ALEF_NOON = 4;

  private static final String DEFINITE_ARTICLE = "ال";
  private static final String STAN = "ستان";
  private static final String ALEF_NOON = "ان";
  private static final String FEMININE_PLURAL = "ات";

  // the affixes are closed sets, tried in order (longest first): part of the rules, not word lists
  private static final String[] ARTICLES = {"وال", "بال", "كال", "فال", "لل", "ال"};
  private static final String[] POSSESSIVES = {"هما", "كما", "ها", "هم", "هن", "كم", "كن", "نا"};
  private static final String[] PLURALS = {"ات", "ون", "ين"};
  private static final String[] ENDINGS = {"يه", "ه", "ي"};

  private ArabicLightStemmer() {}

  public static String stem(String word) {
    if (word.length() < MIN_WORD) {
      return word;
    }
    String w = word;
    if (w.charAt(0) == WAW
        && w.length() - 1 >= MIN_AFTER_WAW
        && !w.startsWith(DEFINITE_ARTICLE, 1)) {
      w = w.substring(1);
    }
    for (String article : ARTICLES) {
      if (w.startsWith(article) && w.length() - article.length() >= MIN_AFTER_ARTICLE) {
        w = w.substring(article.length());
        break;
      }
    }
    for (String possessive : POSSESSIVES) {
      if (w.endsWith(possessive) && w.length() - possessive.length() >= MIN_STEM) {
        w = w.substring(0, w.length() - possessive.length());
        if (w.charAt(w.length() - 1) == TEH
            && w.length() - 1 >= MIN_STEM
            && !w.endsWith(FEMININE_PLURAL)) {
          w = w.substring(0, w.length() - 1);
        }
        break;
      }
    }
    boolean plural = false;
    for (String suffix : PLURALS) {
      if (w.endsWith(suffix) && w.length() - suffix.length() >= MIN_STEM) {
        w = w.substring(0, w.length() - suffix.length());
        plural = true;
        break;
      }
    }
    if (!plural
        && w.endsWith(ALEF_NOON)
        && !w.endsWith(STAN)
        && w.length() - ALEF_NOON.length() >= MIN_STEM_BEFORE_ALEF_NOON) {
      w = w.substring(0, w.length() - ALEF_NOON.length());
    }
    for (String ending : ENDINGS) {
      if (w.endsWith(ending) && w.length() - ending.length() >= MIN_STEM) {
        w = w.substring(0, w.length() - ending.length());
        break;
      }
    }
    return w;
  }
}
