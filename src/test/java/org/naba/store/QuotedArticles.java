package org.naba.store;

import java.util.List;
import org.naba.quotes.Quote;
import org.naba.text.Span;

/**
 * Articles of one quote each, for tests of what Naba reads from the store's quotes, and articles of
 * one sentence without quotes.
 */
public final class QuotedArticles {

  private QuotedArticles() {}

  /** Article {@code id}, in which {@code speaker} says {@code words} in quote marks. */
  public static ParsedArticle quoted(String id, String speaker, String words) {
    String text = "قال " + speaker + " إن «" + words + "» في بيان " + id;
    Span paragraph = new Span(0, text.length());
    int start = text.indexOf('«') + 1;
    int end = text.indexOf('»');
    return new ParsedArticle(
        new Article(id, null, "روداو", "عنوان " + id, "2021-12-08", text),
        List.of(paragraph),
        List.of(paragraph),
        List.of(new Quote(text.substring(start, end), start, end, speaker, null, "قال")));
  }

  /** Article {@code id} of BBC whose whole text, one paragraph and sentence, is {@code text}. */
  public static ParsedArticle plain(String id, String text) {
    Span all = new Span(0, text.length());
    return new ParsedArticle(
        new Article(id, "https://example.test/" + id, "بي بي سي", "عنوان", null, text),
        List.of(all),
        List.of(all),
        List.of());
  }
}
