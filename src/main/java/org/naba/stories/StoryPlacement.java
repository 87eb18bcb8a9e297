package org.naba.stories;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Places newly stored articles in stories on a thread of its own ({@code naba-stories}), so that
 * the feed polls which store them return as soon as the articles are indexed: a poll that waited
 * for a backlog of placements kept its source from being fetched again, and new items waited
 * minutes to become answerable. Requests made while a placement runs are coalesced into one more.
 */
public final class StoryPlacement implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(StoryPlacement.class);

  private final Runnable catchUp;
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          Thread.ofPlatform().daemon().name("naba-stories").factory());
  private final AtomicBoolean pending = new AtomicBoolean();

  /**
   * @param catchUp places every article not yet placed ({@link Stories#catchUp})
   */
  public StoryPlacement(Runnable catchUp) {
    this.catchUp = catchUp;
  }

  /** Asks for the articles stored so far to be placed soon; returns at once. */
  public void request() {
    if (pending.compareAndSet(false, true)) {
      try {
        worker.execute(this::run);
      } catch (java.util.concurrent.RejectedExecutionException closed) {
        pending.set(false); // closed: the next start places them
      }
    }
  }

  private void run() {
    pending.set(false); // a request from now on runs again after this one
    try {
      catchUp.run();
    } catch (RuntimeException e) {
      log.error("cannot place new articles in stories (next request tries again): {}", e, e);
    }
  }

  /** Lets a running placement finish (its articles are placed again on the next start if not). */
  @Override
  public void close() {
    worker.shutdown();
    try {
      if (!worker.awaitTermination(30, TimeUnit.SECONDS)) {
        worker.shutdownNow();
      }
    } catch (InterruptedException e) {
      worker.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
