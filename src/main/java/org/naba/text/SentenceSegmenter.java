package org.naba.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits Arabic paragraph text into sentences.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>A sentence ends after {@code . ! ? ؟} (and runs of them), with or without a following
 *       space ("الإرهاب.وقال" is two sentences).
 *   <li>A terminator inside a quotation does not end the sentence: the quotation is kept whole.
 *   <li>Edges are trimmed of white space; empty sentences are dropped.
 * </ul>
 */
public final class SentenceSegmenter {

  /** Splits {@code text[span]} and returns sentence spans as offsets into {@code text}. */
  public List<Span> split(String text, Span span) {
    List<Span> sentences = new ArrayList<>();
    int start = span.start();
    int quoteDepth = 0;
    for (int i = span.start(); i < span.end(); i++) {
      char c = text.charAt(i);
      if (c == '«' || c == '“') {
        quoteDepth++;
      } else if ((c == '»' || c == '”') && quoteDepth > 0) {
        quoteDepth--;
      } else if (isTerminator(c) && quoteDepth == 0) {
        int end = i + 1;
        while (end < span.end() && isTerminator(text.charAt(end))) {
          end++;
        }
        add(text, start, end, sentences);
        start = end;
        i = end - 1;
      }
    }
    add(text, start, span.end(), sentences);
    return sentences;
  }

  public List<Span> split(String text) {
    return split(text, new Span(0, text.length()));
  }

  private static boolean isTerminator(char c) {
    return c == '.' || c == '!' || c == '?' || c == '؟';
  }

  private static void add(String text, int start, int end, List<Span> out) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      out.add(new Span(start, end));
    }
  }
}
