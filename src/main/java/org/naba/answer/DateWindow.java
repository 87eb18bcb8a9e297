package org.naba.answer;

import java.time.LocalDate;
import org.naba.text.PublicationDay;

/**
 * The days a question is about, both ends included.
 *
 * @param from the first day
 * @param to the last day, not before {@code from}
 */
public record DateWindow(LocalDate from, LocalDate to) {

  public DateWindow {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("a window from " + from + " to " + to);
    }
  }

  public static DateWindow day(LocalDate day) {
    return new DateWindow(day, day);
  }

  public boolean contains(LocalDate day) {
    return !day.isBefore(from) && !day.isAfter(to);
  }

  /**
   * Whether an article published at {@code published} (ISO 8601 date or date-time, its own offset)
   * falls in the window; an article without a date does not.
   */
  public boolean holds(String published) {
    LocalDate day = dayOf(published);
    return day != null && contains(day);
  }

  /** The calendar day of an ISO 8601 date or date-time as written, or {@code null}. */
  public static LocalDate dayOf(String published) {
    return PublicationDay.of(published);
  }
}
