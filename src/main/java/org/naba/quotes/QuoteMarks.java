package org.naba.quotes;

import static org.naba.text.ArabicLetters.TATWEEL;

import java.util.Arrays;

/**
 * The quotation marks Naba recognises and how a single mark is read in its context.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>Three families: guillemets {@code « »}, curly {@code “ ”} and straight {@code "} (with the
 *       double prime {@code ″} read as straight). A mark only closes a mark of its own family.
 *   <li>{@code «} always opens and {@code »} always closes.
 *   <li>A curly or straight mark is an opener when it is left-flanking (start of the paragraph,
 *       white space, opening punctuation, or a one-letter prefix such as {@code بـ} / {@code و}
 *       before it, and a non-space after it), a closer when it is right-flanking (a non-space
 *       before it and white space, punctuation or the end after it).
 *   <li>Otherwise the mark is ambiguous: a curly mark follows its glyph ({@code “} opens, {@code ”}
 *       closes); a straight mark closes an open straight mark or else opens.
 * </ul>
 */
final class QuoteMarks {

  static final char GUILLEMET_OPEN = '«';
  static final char GUILLEMET_CLOSE = '»';
  static final char CURLY_OPEN = '“';
  static final char CURLY_CLOSE = '”';
  static final char STRAIGHT = '"';
  static final char DOUBLE_PRIME = '″';
  private static final char[] ALL = {
    GUILLEMET_OPEN, GUILLEMET_CLOSE, CURLY_OPEN, CURLY_CLOSE, STRAIGHT, DOUBLE_PRIME
  };
  private static final char ARABIC_BLOCK_START = '\u0600';
  private static final char ARABIC_BLOCK_END = '\u06FF';
  private static final String OPENING_PUNCTUATION = "([{:،,؛;-—–/";
  private static final String CLOSING_PUNCTUATION = ".,،؛;:!?؟)]}…-—–/";
  private static final String ONE_LETTER_PREFIXES = "وفبلك";

  /** A family of marks; a closer only closes an opener of the same family. */
  enum Family {
    GUILLEMET,
    CURLY,
    STRAIGHT
  }

  /** How a mark reads in its context. */
  enum Reading {
    OPENS,
    CLOSES,
    EITHER
  }

  private QuoteMarks() {}

  /** White space, including the no-break space (U+00A0) that Java's isWhitespace excludes. */
  static boolean isSpace(char c) {
    if (c == ' ') {
      return true;
    }
    if (c >= ARABIC_BLOCK_START && c <= ARABIC_BLOCK_END) {
      return false; // the Arabic block has no space: most body characters stop here
    }
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** The family of {@code c}, or {@code null} when it is not a quotation mark. */
  static Family family(char c) {
    return switch (c) {
      case GUILLEMET_OPEN, GUILLEMET_CLOSE -> Family.GUILLEMET;
      case CURLY_OPEN, CURLY_CLOSE -> Family.CURLY;
      case STRAIGHT, DOUBLE_PRIME -> Family.STRAIGHT;
      default -> null;
    };
  }

  static boolean isMark(char c) {
    return family(c) != null;
  }

  /**
   * The offsets of every mark in {@code text}, ascending. Each mark character is searched with
   * {@link String#indexOf(int, int)}, which scans many characters at a time, so a body is read a
   * few times quickly instead of once a character at a time.
   */
  static int[] positions(String text) {
    int[] found = new int[16];
    int count = 0;
    for (char mark : ALL) {
      for (int i = text.indexOf(mark); i >= 0; i = text.indexOf(mark, i + 1)) {
        if (count == found.length) {
          found = Arrays.copyOf(found, count * 2);
        }
        found[count++] = i;
      }
    }
    found = Arrays.copyOf(found, count);
    Arrays.sort(found);
    return found;
  }

  /** Reads the mark at {@code at} within the paragraph {@code [from, to)} of {@code text}. */
  static Reading read(String text, int at, int from, int to) {
    char c = text.charAt(at);
    if (c == GUILLEMET_OPEN) {
      return Reading.OPENS;
    }
    if (c == GUILLEMET_CLOSE) {
      return Reading.CLOSES;
    }
    boolean openBefore = opensBefore(text, at, from);
    boolean spaceAfter = at + 1 >= to || isSpaceOrClosing(text.charAt(at + 1));
    if (openBefore && !spaceAfter) {
      return Reading.OPENS;
    }
    if (!openBefore && spaceAfter) {
      return Reading.CLOSES;
    }
    if (c == CURLY_OPEN) {
      return Reading.OPENS;
    }
    if (c == CURLY_CLOSE) {
      return Reading.CLOSES;
    }
    return Reading.EITHER;
  }

  private static boolean opensBefore(String text, int at, int from) {
    if (at <= from) {
      return true;
    }
    char before = text.charAt(at - 1);
    if (isSpace(before) || OPENING_PUNCTUATION.indexOf(before) >= 0) {
      return true;
    }
    if (before == TATWEEL || isMark(before) && before != text.charAt(at)) {
      return true;
    }
    if (ONE_LETTER_PREFIXES.indexOf(before) >= 0) {
      return at - 1 <= from || isSpace(text.charAt(at - 2));
    }
    return false;
  }

  private static boolean isSpaceOrClosing(char c) {
    return isSpace(c) || CLOSING_PUNCTUATION.indexOf(c) >= 0 || isMark(c);
  }
}
