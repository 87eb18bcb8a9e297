package org.naba.ingest;

import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Recognises ISO 8601 dates and date-times ("2021-12-08", "2018-03-01T02:28:09+04:00"). */
final class IsoDates {

  private IsoDates() {}

  static boolean isIso(String value) {
    for (DateTimeFormatter format :
        new DateTimeFormatter[] {DateTimeFormatter.ISO_DATE, DateTimeFormatter.ISO_DATE_TIME}) {
      try {
        format.parse(value);
        return true;
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    return false;
  }
}
