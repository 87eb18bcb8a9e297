package org.naba.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an article body into paragraphs: one paragraph a line, blank lines skipped, edges trimmed.
 */
public final class Paragraphs {

  private Paragraphs() {}

  public static List<Span> split(String body) {
    List<Span> paragraphs = new ArrayList<>();
    int lineStart = 0;
    int length = body.length();
    while (lineStart <= length) {
      int lineEnd = body.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = length;
      }
      int start = lineStart;
      int end = lineEnd;
      while (start < end && Character.isWhitespace(body.charAt(start))) {
        start++;
      }
      while (end > start && Character.isWhitespace(body.charAt(end - 1))) {
        end--;
      }
      if (end > start) {
        paragraphs.add(new Span(start, end));
      }
      lineStart = lineEnd + 1;
    }
    return paragraphs;
  }
}
