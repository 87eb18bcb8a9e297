package org.naba.feeds;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Bounds how many polls do CPU work at once (decoding and extracting pages, storing and indexing
 * articles): polls are virtual threads that mostly wait for hosts, and 200 of them extracting at
 * once took both cores of a small machine from the questions being answered meanwhile. By default
 * half the cores, at least one.
 */
final class WorkPermits {

  private final Semaphore permits;

  WorkPermits(int permits) {
    if (permits < 1) {
      throw new IllegalArgumentException("at least one work permit, got " + permits);
    }
    this.permits = new Semaphore(permits);
  }

  /** Half the machine's cores, at least one. */
  static WorkPermits halfTheCores() {
    return new WorkPermits(Math.max(1, Runtime.getRuntime().availableProcessors() / 2));
  }

  /** Runs {@code work} once a permit is free. */
  <T> T call(Supplier<T> work) throws InterruptedException {
    permits.acquire();
    try {
      return work.get();
    } finally {
      permits.release();
    }
  }
}
