package org.naba.quotes;

import static org.naba.text.ArabicLetters.ARABIC_COMMA;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.naba.text.Span;

/**
 * Finds the top-level marked spans of one paragraph.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>Marks are read with {@link QuoteMarks#read}; openers go on a stack; a closer pairs with the
 *       nearest open mark of its own family, and any openers above that one are dropped as
 *       unmatched. A closer with no open mark of its family is skipped.
 *   <li>Spans never cross a paragraph boundary: openers still open at the paragraph end are dropped
 *       (their inner spans stay), so an unbalanced mark never swallows the article.
 *   <li>The one exception is a clear continuation: when the outermost unclosed opener belongs to a
 *       family whose mark also starts the next paragraph, or follows a colon or a speech cue
 *       (قائلاً: "… / مبيناً "…), the span runs to the end of this paragraph ({@link
 *       MarkedSpan#continued()}).
 *   <li>Spans nested in another span are not returned: “… “القعقاع” …” is one span.
 * </ul>
 */
final class QuoteSpans {

  private static final char COLON = ':';
  private static final char COMMA = ',';
  private static final char FULL_STOP = '.';

  private QuoteSpans() {}

  /**
   * Returns the top-level spans of {@code paragraph} in {@code body}, in order.
   *
   * @param marks the offsets of every mark in the body ({@link QuoteMarks#positions})
   * @param next the following paragraph, or {@code null} for the last one
   */
  static List<MarkedSpan> scan(String body, int[] marks, Span paragraph, Span next) {
    int from = paragraph.start();
    int to = paragraph.end();
    int first = Arrays.binarySearch(marks, from);
    if (first < 0) {
      first = -first - 1;
    }
    if (first == marks.length || marks[first] >= to) {
      return List.of(); // no mark in this paragraph
    }
    int[] stack = new int[8];
    int depth = 0;
    List<MarkedSpan> pairs = new ArrayList<>();
    for (int m = first; m < marks.length && marks[m] < to; m++) {
      int i = marks[m];
      QuoteMarks.Family family = QuoteMarks.family(body.charAt(i));
      QuoteMarks.Reading reading = QuoteMarks.read(body, i, from, to);
      int match = -1;
      if (reading != QuoteMarks.Reading.OPENS) {
        for (int k = depth - 1; k >= 0; k--) {
          if (QuoteMarks.family(body.charAt(stack[k])) == family) {
            match = k;
            break;
          }
        }
      }
      if (match >= 0) {
        pairs.add(new MarkedSpan(stack[match], i, false));
        depth = match;
      } else if (reading != QuoteMarks.Reading.CLOSES) {
        if (depth == stack.length) {
          stack = java.util.Arrays.copyOf(stack, depth * 2);
        }
        stack[depth++] = i;
      }
    }
    if (depth > 0 && continuesInto(body, stack[0], next)) {
      pairs.add(new MarkedSpan(stack[0], to, true));
    } else if (depth > 0 && introducedByColon(body, stack[0], from)) {
      pairs.add(new MarkedSpan(stack[0], openEndedClose(body, stack[0], to, pairs), true));
    }
    return topLevel(pairs);
  }

  /**
   * Where an unclosed, introduced quote ends: the paragraph end, or, when later quotes of the
   * paragraph follow it ("… قائلاً "عصابات … أبنائه، واسترسل قائلاً "اليمن …""), the last comma or
   * full stop before the first of them.
   */
  private static int openEndedClose(String body, int opener, int to, List<MarkedSpan> pairs) {
    int firstAfter = to;
    for (MarkedSpan p : pairs) {
      if (p.open() > opener && p.open() < firstAfter) {
        firstAfter = p.open();
      }
    }
    if (firstAfter == to) {
      return to;
    }
    for (int i = firstAfter - 1; i > opener + 1; i--) {
      char c = body.charAt(i);
      if (c == ARABIC_COMMA || c == FULL_STOP || c == COMMA) {
        return i;
      }
    }
    return firstAfter;
  }

  private static boolean continuesInto(String body, int opener, Span next) {
    if (next == null) {
      return false;
    }
    QuoteMarks.Family nextFamily = QuoteMarks.family(body.charAt(next.start()));
    return nextFamily != null && nextFamily == QuoteMarks.family(body.charAt(opener));
  }

  /** True when a colon or a speech cue (قائلاً، مبيناً …) stands right before the opener. */
  private static boolean introducedByColon(String body, int opener, int from) {
    int i = opener - 1;
    while (i >= from && QuoteMarks.isSpace(body.charAt(i))) {
      i--;
    }
    if (i >= from && body.charAt(i) == COLON) {
      return true;
    }
    int end = i + 1;
    while (i >= from && Token.isWordChar(body.charAt(i))) {
      i--;
    }
    return end > i + 1
        && SpeechCues.lookup(org.naba.text.ArabicNormalizer.normalize(body.substring(i + 1, end)))
            .filter(c -> c.kind() != SpeechCues.Kind.ATTRIBUTION && !c.weak())
            .isPresent();
  }

  private static List<MarkedSpan> topLevel(List<MarkedSpan> pairs) {
    pairs.sort((a, b) -> Integer.compare(a.open(), b.open()));
    List<MarkedSpan> top = new ArrayList<>();
    int reach = 0;
    for (MarkedSpan pair : pairs) {
      if (pair.open() >= reach) {
        top.add(pair);
        reach = pair.after();
      }
    }
    return top;
  }
}
