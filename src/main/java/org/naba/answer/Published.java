package org.naba.answer;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.naba.text.PublicationDay;

/** When an article was published, as an instant to order by; the earliest when unknown. */
final class Published {

  private Published() {}

  static OffsetDateTime instant(String published) {
    LocalDate day = PublicationDay.of(published);
    if (day == null) {
      return OffsetDateTime.MIN;
    }
    try {
      return OffsetDateTime.parse(published);
    } catch (DateTimeParseException e) {
      return day.atStartOfDay().atOffset(ZoneOffset.UTC);
    }
  }
}
