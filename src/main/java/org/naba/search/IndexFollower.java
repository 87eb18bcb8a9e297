package org.naba.search;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.naba.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a long-running process's index up with the store: every {@code period} it indexes what
 * other processes (say {@code naba ingest}) stored meanwhile. Owns one named thread.
 */
public final class IndexFollower implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(IndexFollower.class);

  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          Thread.ofPlatform().name("naba-index-follower").daemon().factory());

  private IndexFollower() {}

  public static IndexFollower start(UnitIndex index, Store store, Duration period) {
    IndexFollower follower = new IndexFollower();
    follower.timer.scheduleWithFixedDelay(
        () -> {
          try {
            int added = index.catchUp(store);
            if (added > 0) {
              log.info("indexed {} new articles from the store", added);
            }
          } catch (RuntimeException e) {
            log.error("cannot index new articles (will try again): {}", e.getMessage(), e);
          }
        },
        period.toMillis(),
        period.toMillis(),
        TimeUnit.MILLISECONDS);
    return follower;
  }

  @Override
  public void close() {
    timer.shutdownNow();
    try {
      timer.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
