package org.naba.search;

import java.util.ArrayList;
import java.util.List;
import org.naba.quotes.Quote;
import org.naba.store.ParsedArticle;
import org.naba.store.StoredArticle;
import org.naba.text.PublicationDay;
import org.naba.text.SiteFurniture;
import org.naba.text.Span;

/**
 * The units of a stored article: its sentences (less the site's furniture, {@link SiteFurniture}),
 * then its direct quotes, each numbered among its kind and given the paragraph that holds it, the
 * article's title and (a quote) its speaker.
 */
final class ArticleUnits {

  private ArticleUnits() {}

  static List<Unit> of(StoredArticle stored) {
    ParsedArticle parsed = stored.parsed();
    String body = parsed.article().text();
    String title = parsed.article().title();
    java.time.LocalDate published = PublicationDay.of(parsed.article().published());
    long day = published == null ? Unit.UNDATED : published.toEpochDay();
    List<Unit> units = new ArrayList<>();
    List<Span> sentences = parsed.sentences();
    for (int i = 0; i < sentences.size(); i++) {
      Span s = sentences.get(i);
      if (SiteFurniture.is(s.of(body))) {
        continue; // keeps the other sentences' numbers: they are their places in the article
      }
      units.add(
          new Unit(
              stored.seq(),
              parsed.article().id(),
              Unit.Kind.SENTENCE,
              i,
              s.start(),
              s.end(),
              s.of(body),
              paragraphAround(parsed, s.start()),
              title,
              null,
              day));
    }
    List<Quote> quotes = parsed.quotes();
    for (int i = 0; i < quotes.size(); i++) {
      Quote q = quotes.get(i);
      units.add(
          new Unit(
              stored.seq(),
              parsed.article().id(),
              Unit.Kind.QUOTE,
              i,
              q.start(),
              q.end(),
              q.text(),
              paragraphAround(parsed, q.start()),
              title,
              q.speaker(),
              day));
    }
    return units;
  }

  /** The paragraph that holds offset {@code start}, or "" when none does. */
  private static String paragraphAround(ParsedArticle parsed, int start) {
    for (Span p : parsed.paragraphs()) {
      if (p.start() <= start && start < p.end()) {
        return p.of(parsed.article().text());
      }
    }
    return "";
  }
}
