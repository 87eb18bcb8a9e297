package org.naba.text;

import static org.naba.text.ArabicLetters.AE;
import static org.naba.text.ArabicLetters.ALEF;
import static org.naba.text.ArabicLetters.ALEF_HAMZA_ABOVE;
import static org.naba.text.ArabicLetters.ALEF_HAMZA_BELOW;
import static org.naba.text.ArabicLetters.ALEF_MADDA;
import static org.naba.text.ArabicLetters.ALEF_MAKSURA;
import static org.naba.text.ArabicLetters.ALEF_WASLA;
import static org.naba.text.ArabicLetters.ALEF_WAVY_HAMZA_ABOVE;
import static org.naba.text.ArabicLetters.ALEF_WAVY_HAMZA_BELOW;
import static org.naba.text.ArabicLetters.FARSI_YEH;
import static org.naba.text.ArabicLetters.HEH;
import static org.naba.text.ArabicLetters.HEH_DOACHASHMEE;
import static org.naba.text.ArabicLetters.HEH_GOAL;
import static org.naba.text.ArabicLetters.HEH_YEH_ABOVE;
import static org.naba.text.ArabicLetters.HIGH_HAMZA_ALEF;
import static org.naba.text.ArabicLetters.KAF;
import static org.naba.text.ArabicLetters.KEHEH;
import static org.naba.text.ArabicLetters.SUPERSCRIPT_ALEF;
import static org.naba.text.ArabicLetters.SWASH_KAF;
import static org.naba.text.ArabicLetters.TATWEEL;
import static org.naba.text.ArabicLetters.TEH_MARBUTA;
import static org.naba.text.ArabicLetters.TEH_MARBUTA_GOAL;
import static org.naba.text.ArabicLetters.WAW;
import static org.naba.text.ArabicLetters.WAW_HAMZA;
import static org.naba.text.ArabicLetters.YEH;
import static org.naba.text.ArabicLetters.YEH_E;
import static org.naba.text.ArabicLetters.YEH_HAMZA;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Normalises Arabic text for matching and hashing (not for display).
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>Diacritics are removed: tashkeel (U+064B–U+065F), the superscript alef (U+0670) and the
 *       Quranic annotation marks (U+0610–U+061A, U+06D6–U+06ED).
 *   <li>Tatweel (U+0640) is removed.
 *   <li>Alef forms أ إ آ ٱ ٲ ٳ ٵ become ا; ى becomes ي; ة becomes ه; the hamza carriers ؤ and ئ
 *       become و and ي.
 *   <li>Persian and Urdu letters become their Arabic twins: ی ې become ي; ک ڪ become ك; ۀ ە ھ ہ ۃ
 *       become ه.
 *   <li>Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF) are decomposed (NFKC) first, so
 *       the ligature ﻻ becomes لا.
 *   <li>Arabic-Indic digits ٠–٩ and Persian digits ۰–۹ become 0–9.
 *   <li>Zero-width and bidi marks (U+200B–U+200F, U+202A–U+202E, U+2060, U+2066–U+2069, U+061C,
 *       U+FEFF, the soft hyphen U+00AD) are removed; runs of white space become one space and the
 *       edges are trimmed.
 * </ul>
 */
public final class ArabicNormalizer {

  private static final char ARABIC_LETTER_MARK = '\u061C';
  private static final char SOFT_HYPHEN = '\u00AD';
  private static final char WORD_JOINER = '\u2060';
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  /** {@link #action} of every character below U+0700 (Latin, Arabic), looked up, not computed. */
  private static final int TABLE_SIZE = 0x0700;

  private static final int DROP = -1;
  private static final int WHITE = -2;
  private static final int[] ACTIONS = actions();

  /** Anything but a letter or a digit: what separates words. */
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private ArabicNormalizer() {}

  /** The normalised words of {@code text}: runs of letters and digits, punctuation dropped. */
  public static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    for (String w : NON_WORD.split(normalize(text))) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    return words;
  }

  public static String normalize(String text) {
    return normalize(text, false);
  }

  /**
   * Normalises {@code s[0, len)} in place, as {@link #normalize(String)} does, and returns its new
   * length. Presentation forms are kept as they are: one can decompose into more characters than it
   * takes (ﻻ into لا), so a text that holds one ({@link #hasPresentationForm}) is normalised as a
   * string.
   */
  public static int normalize(char[] s, int len) {
    return normalize(s, len, true);
  }

  /** True when {@code s[0, len)} holds an Arabic presentation form (which decomposes). */
  public static boolean hasPresentationForm(char[] s, int len) {
    for (int i = 0; i < len; i++) {
      if (s[i] >= TABLE_SIZE && isPresentationForm(s[i])) {
        return true;
      }
    }
    return false;
  }

  private static String normalize(String text, boolean decomposed) {
    // an unchanged text is returned as it is, without a copy
    boolean space = false;
    int i = 0;
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      // a presentation form counts as a change: the buffer below decomposes it
      int action = c < TABLE_SIZE ? ACTIONS[c] : isPresentationForm(c) ? DROP : action(c);
      if (action == c) {
        space = false;
      } else if (action == WHITE && c == ' ' && i > 0 && !space) {
        space = true; // a single plain space is kept unless it ends the text
      } else {
        break;
      }
    }
    if (i == text.length()) {
      return space ? text.substring(0, i - 1) : text;
    }
    char[] s = text.toCharArray();
    int length = normalize(s, s.length, decomposed);
    if (length < 0) {
      // rare: decompose the whole text once and start over (a few forms, such as the bismillah
      // ligature, have no decomposition and stay as they are)
      return normalize(Normalizer.normalize(text, Normalizer.Form.NFKC), true);
    }
    return new String(s, 0, length);
  }

  /**
   * Normalises {@code s[0, len)} in place and returns its new length, or -1 when it meets a
   * presentation form before the text is {@code decomposed}.
   */
  private static int normalize(char[] s, int len, boolean decomposed) {
    int length = 0;
    boolean space = false;
    for (int i = 0; i < len; i++) {
      char c = s[i];
      int action;
      if (c < TABLE_SIZE) {
        action = ACTIONS[c];
      } else if (!decomposed && isPresentationForm(c)) {
        return -1;
      } else {
        action = action(c);
      }
      if (action == DROP) {
        continue;
      }
      if (action == WHITE) {
        space = length > 0;
        continue;
      }
      if (space) {
        s[length++] = ' ';
        space = false;
      }
      s[length++] = (char) action;
    }
    return length;
  }

  /**
   * What {@link #normalize} does with {@code c} (not a presentation form): {@link #DROP}, {@link
   * #WHITE}, or the character it becomes.
   */
  private static int action(char c) {
    if (isDiacritic(c) || c == TATWEEL || isInvisible(c)) {
      return DROP;
    }
    if (Character.isWhitespace(c)) {
      return WHITE;
    }
    return fold(c);
  }

  private static int[] actions() {
    int[] actions = new int[TABLE_SIZE];
    for (char c = 0; c < TABLE_SIZE; c++) {
      actions[c] = action(c);
    }
    return actions;
  }

  /** True for the marks that {@link #normalize} drops as diacritics. */
  public static boolean isDiacritic(char c) {
    return (c >= '\u064B' && c <= '\u065F')
        || c == SUPERSCRIPT_ALEF
        || (c >= '\u0610' && c <= '\u061A')
        || (c >= '\u06D6' && c <= '\u06ED' && c != '\u06DD' && c != '\u06DE' && c != '\u06E9');
  }

  private static boolean isInvisible(char c) {
    return (c >= '\u200B' && c <= '\u200F')
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069')
        || c == WORD_JOINER
        || c == ARABIC_LETTER_MARK
        || c == SOFT_HYPHEN
        || c == BYTE_ORDER_MARK;
  }

  private static boolean isPresentationForm(char c) {
    return (c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c < BYTE_ORDER_MARK);
  }

  private static char fold(char c) {
    return switch (c) {
      case ALEF_HAMZA_ABOVE,
          ALEF_HAMZA_BELOW,
          ALEF_MADDA,
          ALEF_WASLA,
          ALEF_WAVY_HAMZA_ABOVE,
          ALEF_WAVY_HAMZA_BELOW,
          HIGH_HAMZA_ALEF ->
          ALEF;
      case ALEF_MAKSURA, YEH_HAMZA, FARSI_YEH, YEH_E -> YEH;
      case TEH_MARBUTA, HEH_YEH_ABOVE, AE, HEH_DOACHASHMEE, HEH_GOAL, TEH_MARBUTA_GOAL -> HEH;
      case WAW_HAMZA -> WAW;
      case KEHEH, SWASH_KAF -> KAF;
      default -> {
        if (c >= '٠' && c <= '٩') {
          yield (char) ('0' + (c - '٠'));
        }
        if (c >= '۰' && c <= '۹') {
          yield (char) ('0' + (c - '۰'));
        }
        yield c;
      }
    };
  }
}
