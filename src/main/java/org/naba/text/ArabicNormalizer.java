package org.naba.text;

/**
 * Normalises Arabic text for matching and hashing (not for display).
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>Diacritics (tashkeel, U+064B–U+0652, U+0670) and tatweel (U+0640) are removed.
 *   <li>Alef forms أ إ آ ٱ become ا; ى becomes ي; ة becomes ه; ؤ becomes و; ئ becomes ي.
 *   <li>Arabic-Indic digits ٠–٩ and Persian digits ۰–۹ become 0–9.
 *   <li>Zero-width and bidi marks are removed; runs of white space become one space.
 * </ul>
 */
public final class ArabicNormalizer {

  private ArabicNormalizer() {}

  public static String normalize(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c >= '\u064B' && c <= '\u0652') || c == '\u0670' || c == '\u0640') {
        continue;
      }
      if (c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u200E' || c == '\u200F'
          || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\uFEFF') {
        continue;
      }
      if (Character.isWhitespace(c)) {
        space = out.length() > 0;
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.append(fold(c));
    }
    return out.toString();
  }

  private static char fold(char c) {
    return switch (c) {
      case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
      case 'ى' -> 'ي';
      case 'ة' -> 'ه';
      case 'ؤ' -> 'و';
      case 'ئ' -> 'ي';
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
