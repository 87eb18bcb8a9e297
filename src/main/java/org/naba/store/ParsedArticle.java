package org.naba.store;

import java.util.List;
import java.util.Optional;
import org.naba.quotes.Quote;
import org.naba.text.Span;

/**
 * An article with its analysed structure, ready to store.
 *
 * @param paragraphs paragraph spans in {@code article.text()}, in order
 * @param sentences sentence spans in {@code article.text()}, in order; each lies inside one
 *     paragraph
 * @param quotes direct quotes with offsets in {@code article.text()}, in order
 */
public record ParsedArticle(
    Article article, List<Span> paragraphs, List<Span> sentences, List<Quote> quotes) {

  public ParsedArticle {
    paragraphs = List.copyOf(paragraphs);
    sentences = List.copyOf(sentences);
    quotes = List.copyOf(quotes);
  }

  /**
   * The positions of the sentences that overlap {@code [start, end)}, as a span of positions in
   * {@link #sentences()} (first to last + 1); empty when no sentence does.
   */
  public Optional<Span> sentencesOverlapping(int start, int end) {
    int first = -1;
    int last = -1;
    for (int i = 0; i < sentences.size(); i++) {
      Span s = sentences.get(i);
      if (s.start() < end && start < s.end()) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    return first < 0 ? Optional.empty() : Optional.of(new Span(first, last + 1));
  }

  /** The index of the paragraph that holds {@code sentence}, or -1. */
  public int paragraphOf(Span sentence) {
    for (int i = 0; i < paragraphs.size(); i++) {
      if (paragraphs.get(i).contains(sentence)) {
        return i;
      }
    }
    return -1;
  }
}
