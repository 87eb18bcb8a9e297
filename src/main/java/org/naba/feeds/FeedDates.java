package org.naba.feeds;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the dates feeds and pages state, into ISO 8601 as Naba stores them. Never invents one.
 *
 * <p>Forms: ISO 8601 (a date, a date-time with an offset or {@code Z}, or without one, kept as
 * given); RFC 822/1123 as RSS writes it, with or without the weekday and seconds, a numeric offset
 * or a zone name (GMT, UT, Z, EST/EDT, CST/CDT, MST/MDT, PST/PDT). Anything else gives nothing.
 */
final class FeedDates {

  private static final Map<String, String> ZONES =
      Map.ofEntries(
          Map.entry("UT", "+0000"),
          Map.entry("UTC", "+0000"),
          Map.entry("GMT", "+0000"),
          Map.entry("Z", "+0000"),
          Map.entry("EST", "-0500"),
          Map.entry("EDT", "-0400"),
          Map.entry("CST", "-0600"),
          Map.entry("CDT", "-0500"),
          Map.entry("MST", "-0700"),
          Map.entry("MDT", "-0600"),
          Map.entry("PST", "-0800"),
          Map.entry("PDT", "-0700"));

  private static final DateTimeFormatter RFC_822 =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .optionalStart()
          .appendPattern("EEE, ")
          .optionalEnd()
          .appendPattern("d MMM ")
          .appendValueReduced(ChronoField.YEAR, 2, 4, 1950)
          .appendPattern(" HH:mm")
          .optionalStart()
          .appendPattern(":ss")
          .optionalEnd()
          .appendPattern(" xx")
          .toFormatter(Locale.ENGLISH);

  private FeedDates() {}

  static Optional<String> iso(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String v = value.strip().replaceAll("\\s+", " ");
    for (DateTimeFormatter iso :
        new DateTimeFormatter[] {
          DateTimeFormatter.ISO_OFFSET_DATE_TIME,
          DateTimeFormatter.ISO_LOCAL_DATE_TIME,
          DateTimeFormatter.ISO_LOCAL_DATE
        }) {
      try {
        iso.parse(v);
        return Optional.of(v);
      } catch (DateTimeParseException e) {
        // the next form
      }
    }
    return rfc822(v);
  }

  private static Optional<String> rfc822(String v) {
    int space = v.lastIndexOf(' ');
    if (space < 0) {
      return Optional.empty();
    }
    String zone = v.substring(space + 1);
    String offset = ZONES.getOrDefault(zone.toUpperCase(Locale.ROOT), zone);
    try {
      OffsetDateTime at = OffsetDateTime.parse(v.substring(0, space) + " " + offset, RFC_822);
      return Optional.of(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
