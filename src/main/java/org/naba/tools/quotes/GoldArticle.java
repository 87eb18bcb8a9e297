package org.naba.tools.quotes;

import java.util.List;

/**
 * An article with its hand-annotated quotations (one line of a gold JSON-lines file).
 *
 * @param source the corpus file it comes from, e.g. {@code ant-all.jsonl.gz}
 * @param id the article id in that corpus
 * @param outlet the outlet
 * @param text the full article body the offsets point into
 * @param quotes every direct quotation of the body, in order
 */
public record GoldArticle(
    String source, String id, String outlet, String text, List<GoldQuote> quotes) {

  public GoldArticle {
    quotes = List.copyOf(quotes);
  }
}
