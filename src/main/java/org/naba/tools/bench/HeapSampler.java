package org.naba.tools.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Samples used heap and the process's resident memory on a named daemon thread and keeps the peaks,
 * for benchmarks. Resident memory is read from {@code /proc/self/status} (Linux; 0 elsewhere):
 * {@code VmRSS} now and {@code VmHWM}, the kernel's own peak.
 */
final class HeapSampler implements AutoCloseable {

  private static final long PERIOD_MILLIS = 10;
  private static final Path STATUS = Path.of("/proc/self/status");

  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final Thread thread;
  private volatile long peak;
  private volatile long peakRss;
  private int tick;

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
      if (tick++ % 10 == 0) {
        peakRss = Math.max(peakRss, statusBytes("VmRSS:"));
      }
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

  /** The process's peak resident memory so far (VmHWM), in bytes; 0 where unknown. */
  long peakRssBytes() {
    return Math.max(peakRss, statusBytes("VmHWM:"));
  }

  /** The process's resident anonymous memory now (heap, metaspace, threads, SQLite's cache). */
  long anonymousRssBytes() {
    return statusBytes("RssAnon:");
  }

  /** A {@code kB} field of /proc/self/status, in bytes; 0 when unreadable. */
  private static long statusBytes(String field) {
    try {
      for (String line : Files.readAllLines(STATUS)) {
        if (line.startsWith(field)) {
          return Long.parseLong(line.substring(field.length()).replace("kB", "").strip()) * 1024;
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux, or no procfs: unknown
    }
    return 0;
  }

  @Override
  public void close() {
    thread.interrupt();
  }
}
