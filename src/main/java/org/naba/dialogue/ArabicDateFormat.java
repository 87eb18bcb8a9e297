package org.naba.dialogue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Formats an ISO 8601 date (or date-time) as an Arabic date: "8 ديسمبر 2021". */
public final class ArabicDateFormat {

  private static final String[] MONTHS = {
    "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو",
    "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"
  };

  private ArabicDateFormat() {}

  /** The Arabic date, or empty when {@code iso} is null or not an ISO 8601 date. */
  public static Optional<String> format(String iso) {
    if (iso == null || iso.isBlank()) {
      return Optional.empty();
    }
    LocalDate date;
    try {
      date = iso.length() <= 10 ? LocalDate.parse(iso) : OffsetDateTime.parse(iso).toLocalDate();
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
    return Optional.of(
        date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + date.getYear());
  }
}
