package org.naba.answer;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.Supplier;
import org.naba.store.Store;

/**
 * "Today" as the newest article's day, read again when the store grows: right for live news (the
 * newest article is from today) and for a corpus of the past (its last day), where the machine's
 * date would find nothing for أمس. The machine's date when no article has one.
 */
public final class NewestArticleDay implements Supplier<LocalDate> {

  private final Store store;
  private long seen;
  private String newest;
  private LocalDate day;

  public NewestArticleDay(Store store) {
    this.store = store;
  }

  /**
   * Reads only the articles stored since the last call: this runs for every question, and a whole
   * scan of the store on each growth held the store's connection for tens of milliseconds while
   * feeds stored articles, blocking every other reader (`ask` p50 ×8 during a poll).
   */
  @Override
  public synchronized LocalDate get() {
    long last = store.lastSeq();
    if (day == null || last != seen) {
      store
          .newestPublishedAfter(seen)
          .filter(p -> newest == null || p.compareTo(newest) > 0)
          .ifPresent(p -> newest = p);
      seen = last;
      day = newest == null ? LocalDate.now(ZoneOffset.UTC) : DateWindow.dayOf(newest);
    }
    return day;
  }
}
