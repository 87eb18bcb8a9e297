package org.naba.stories;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.naba.quotes.Quote;
import org.naba.store.StoredArticle;

/**
 * What clustering reads of an article.
 *
 * @param seq the store's sequence number (0 outside a store)
 * @param at when the story clock places it: its publication instant, else its arrival
 * @param speakers the speakers its quotes name
 * @param quotes the texts of its quotes
 */
public record StoryArticle(
    long seq,
    String id,
    String outlet,
    Instant at,
    String title,
    String body,
    List<String> speakers,
    List<String> quotes) {

  public StoryArticle {
    if (id == null || at == null) {
      throw new IllegalArgumentException("a story article needs an id and a time, got " + id);
    }
    title = title == null ? "" : title;
    body = body == null ? "" : body;
    speakers = List.copyOf(speakers);
    quotes = List.copyOf(quotes);
  }

  /** The clustering view of a stored article. */
  public static StoryArticle of(StoredArticle stored) {
    List<String> speakers = new ArrayList<>();
    List<String> quotes = new ArrayList<>();
    for (Quote q : stored.parsed().quotes()) {
      if (q.speaker() != null) {
        speakers.add(q.speaker());
      }
      quotes.add(q.text());
    }
    var a = stored.article();
    Instant at = instant(a.published());
    return new StoryArticle(
        stored.seq(),
        a.id(),
        a.outlet(),
        at != null ? at : stored.ingestedAt(),
        a.title(),
        a.text(),
        speakers,
        quotes);
  }

  /**
   * The instant of an ISO 8601 date-time ({@code null} when missing or unreadable); a bare date is
   * its midnight in UTC.
   */
  public static Instant instant(String published) {
    if (published == null || published.isBlank()) {
      return null;
    }
    try {
      if (published.length() == 10) {
        return LocalDate.parse(published).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      return OffsetDateTime.parse(published).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return Instant.parse(published);
      } catch (DateTimeParseException again) {
        return null;
      }
    }
  }
}
