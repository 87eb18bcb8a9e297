package org.naba.tools.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/** Samples used heap on a named daemon thread and keeps the peak, for benchmarks. */
final class HeapSampler implements AutoCloseable {

  private static final long PERIOD_MILLIS = 10;

  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final Thread thread;
  private volatile long peak;

  private HeapSampler() {
    thread = Thread.ofPlatform().name("naba-heap-sampler").daemon().unstarted(this::sample);
  }

  static HeapSampler start() {
    HeapSampler sampler = new HeapSampler();
    sampler.thread.start();
    return sampler;
  }

  private void sample() {
    while (!Thread.currentThread().isInterrupted()) {
      peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
      try {
        Thread.sleep(PERIOD_MILLIS);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /** The highest used heap seen so far, in bytes. */
  long peakBytes() {
    return Math.max(peak, memory.getHeapMemoryUsage().getUsed());
  }

  @Override
  public void close() {
    thread.interrupt();
  }
}
