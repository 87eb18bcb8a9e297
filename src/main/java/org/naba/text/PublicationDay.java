package org.naba.text;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * The calendar day of a publication date as articles give it (ISO 8601 date or date-time), in its
 * own offset: the day a reader of that outlet saw it.
 */
public final class PublicationDay {

  private PublicationDay() {}

  /** The day of {@code published}, or {@code null} when it is missing or not ISO 8601. */
  public static LocalDate of(String published) {
    if (published == null || published.length() < 10) {
      return null;
    }
    try {
      return published.length() == 10
          ? LocalDate.parse(published)
          : OffsetDateTime.parse(published).toLocalDate();
    } catch (DateTimeParseException e) {
      try {
        return LocalDate.parse(published.substring(0, 10));
      } catch (DateTimeParseException again) {
        return null;
      }
    }
  }
}
