package org.naba.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class StoryPlacementTest {

  @Test
  void aRequestReturnsWhileAPlacementRunsAndRequestsMeanwhileRunItOnceMore() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger runs = new AtomicInteger();
    StoryPlacement placement =
        new StoryPlacement(
            () -> {
              if (runs.incrementAndGet() == 1) {
                started.countDown();
                await(release);
              }
            });
    placement.request();
    assertTrue(started.await(10, TimeUnit.SECONDS), "the first placement started");
    for (int i = 0; i < 10; i++) {
      placement.request(); // returns although the placement is blocked
    }
    release.countDown();
    placement.close(); // waits for the queued run
    assertEquals(2, runs.get(), "ten requests during a placement coalesce into one more run");
  }

  @Test
  void aFailedPlacementDoesNotStopTheNext() throws Exception {
    Semaphore ran = new Semaphore(0);
    AtomicInteger runs = new AtomicInteger();
    try (StoryPlacement placement =
        new StoryPlacement(
            () -> {
              ran.release();
              if (runs.incrementAndGet() == 1) {
                throw new IllegalStateException("the store was busy");
              }
            })) {
      placement.request();
      assertTrue(ran.tryAcquire(10, TimeUnit.SECONDS));
      placement.request();
      assertTrue(ran.tryAcquire(10, TimeUnit.SECONDS), "placed again after a failure");
    }
    assertEquals(2, runs.get());
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
