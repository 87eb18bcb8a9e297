package org.naba.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class FeedDatesTest {

  private static void check(String in, String expected) {
    assertEquals(Optional.ofNullable(expected), FeedDates.iso(in));
  }

  @Test
  void keepsIsoAsGiven() {
    check("2018-02-18T21:35:43+04:00", "2018-02-18T21:35:43+04:00");
    check("2018-02-18", "2018-02-18");
    check("2018-02-18T21:35:43", "2018-02-18T21:35:43");
  }

  @Test
  void readsRfc822WithAnOffsetOrAZoneName() {
    check("Sun, 18 Feb 2018 21:35:43 +0400", "2018-02-18T21:35:43+04:00");
    check("Sun, 18 Feb 2018 17:35:43 GMT", "2018-02-18T17:35:43Z");
    check("18 Feb 2018 12:35 EST", "2018-02-18T12:35:00-05:00");
  }

  @Test
  void givesNothingForWhatItCannotRead() {
    check("أمس", null);
    check("", null);
    check(null, null);
  }
}
