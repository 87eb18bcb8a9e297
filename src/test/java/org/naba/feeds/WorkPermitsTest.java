package org.naba.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WorkPermitsTest {

  @Test
  void oneWorkAtATimeWithOnePermit() throws Exception {
    WorkPermits permits = new WorkPermits(1);
    CountDownLatch inFirst = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch secondDone = new CountDownLatch(1);
    AtomicInteger second = new AtomicInteger();
    Thread first =
        Thread.ofVirtual()
            .start(
                () -> {
                  try {
                    permits.call(
                        () -> {
                          inFirst.countDown();
                          awaitQuietly(release);
                          return null;
                        });
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                });
    assertTrue(inFirst.await(10, TimeUnit.SECONDS));
    Thread.ofVirtual()
        .start(
            () -> {
              try {
                second.set(permits.call(() -> 2));
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              secondDone.countDown();
            });
    assertFalse(secondDone.await(300, TimeUnit.MILLISECONDS), "waits while the permit is held");
    release.countDown();
    assertTrue(secondDone.await(10, TimeUnit.SECONDS), "runs once the permit is free");
    assertEquals(2, second.get());
    first.join();
  }

  @Test
  void aFailedWorkGivesItsPermitBack() throws Exception {
    WorkPermits permits = new WorkPermits(1);
    assertThrows(
        IllegalStateException.class,
        () ->
            permits.call(
                () -> {
                  throw new IllegalStateException("extraction failed");
                }));
    assertEquals("next", permits.call(() -> "next"));
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
