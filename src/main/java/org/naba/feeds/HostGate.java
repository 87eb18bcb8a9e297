package org.naba.feeds;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Politeness per host: one request at a time, and at least a delay between the end of one and the
 * start of the next (longer when the host asked for it: a robots.txt Crawl-delay, a Retry-After).
 */
final class HostGate {

  private final long minDelayNanos;
  private final Map<String, Slot> slots = new HashMap<>();

  private static final class Slot {
    boolean busy;
    long nextNanos = System.nanoTime();
    long delayNanos;
  }

  HostGate(Duration minDelay) {
    this.minDelayNanos = minDelay.toNanos();
  }

  /**
   * Waits until {@code host} is free and its delay has passed, then holds it; gives up (false) at
   * once when the host asked for a longer wait than {@code maxWait} (a Retry-After).
   */
  synchronized boolean acquire(String host, Duration maxWait) throws InterruptedException {
    Slot slot = slots.computeIfAbsent(host, h -> new Slot());
    while (true) {
      long now = System.nanoTime();
      if (!slot.busy && now - slot.nextNanos >= 0) {
        slot.busy = true;
        return true;
      }
      if (!slot.busy && slot.nextNanos - now > maxWait.toNanos()) {
        return false;
      }
      long waitMillis = slot.busy ? 0 : Math.max(1, (slot.nextNanos - now) / 1_000_000);
      wait(waitMillis);
    }
  }

  /** Frees {@code host}; the next request waits the delay, or {@code pause} when longer. */
  synchronized void release(String host, Duration pause) {
    Slot slot = slots.computeIfAbsent(host, h -> new Slot());
    slot.busy = false;
    long delay = Math.max(Math.max(minDelayNanos, slot.delayNanos), pause.toNanos());
    slot.nextNanos = System.nanoTime() + delay;
    notifyAll();
  }

  /** Lengthens the delay of {@code host} (its robots.txt Crawl-delay). */
  synchronized void atLeast(String host, Duration delay) {
    Slot slot = slots.computeIfAbsent(host, h -> new Slot());
    slot.delayNanos = Math.max(slot.delayNanos, delay.toNanos());
  }
}
