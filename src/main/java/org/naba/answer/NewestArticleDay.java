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
  private long seen = Long.MIN_VALUE;
  private LocalDate day;

  public NewestArticleDay(Store store) {
    this.store = store;
  }

  @Override
  public synchronized LocalDate get() {
    long last = store.lastSeq();
    if (last != seen) {
      day =
          store
              .newestPublished()
              .map(DateWindow::dayOf)
              .orElseGet(() -> LocalDate.now(ZoneOffset.UTC));
      seen = last;
    }
    return day;
  }
}
