package org.naba.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.naba.quotes.Quote;
import org.naba.quotes.QuoteExtractor;
import org.naba.store.Article;
import org.naba.store.ParsedArticle;
import org.naba.text.Paragraphs;
import org.naba.text.SentenceSegmenter;
import org.naba.text.Span;

/**
 * Analyses an article's body into paragraphs, sentences and quotes. A pure function (safe to call
 * from several threads when the segmenter and extractor are).
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>Paragraphs are the body's lines ({@link Paragraphs#split}); sentences are found within each
 *       paragraph, so none crosses a paragraph boundary.
 *   <li>Quotes come from the {@link QuoteExtractor}, ordered by start; a quote whose text is not
 *       exactly {@code body[start, end)} is dropped (verbatim or nothing).
 * </ul>
 */
public final class ArticleAnalysis {

  private final SentenceSegmenter segmenter;
  private final QuoteExtractor quotes;

  public ArticleAnalysis(SentenceSegmenter segmenter, QuoteExtractor quotes) {
    this.segmenter = segmenter;
    this.quotes = quotes;
  }

  public ArticleAnalysis(QuoteExtractor quotes) {
    this(new SentenceSegmenter(), quotes);
  }

  public ParsedArticle analyse(Article article) {
    String body = article.text();
    List<Span> paragraphs = Paragraphs.split(body);
    List<Span> sentences = new ArrayList<>();
    for (Span paragraph : paragraphs) {
      sentences.addAll(segmenter.split(body, paragraph));
    }
    return new ParsedArticle(article, paragraphs, sentences, verbatim(quotes.extract(body), body));
  }

  /** The quotes whose text is exactly {@code body[start, end)}, ordered by start. */
  static List<Quote> verbatim(List<Quote> quotes, String body) {
    List<Quote> kept = new ArrayList<>();
    for (Quote quote : quotes) {
      if (quote.start() >= 0
          && quote.start() <= quote.end()
          && quote.end() <= body.length()
          && body.substring(quote.start(), quote.end()).equals(quote.text())) {
        kept.add(quote);
      }
    }
    kept.sort(Comparator.comparingInt(Quote::start));
    return kept;
  }
}
