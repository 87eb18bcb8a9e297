package org.naba.answer;

import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * A value read from the store (its speakers, its most quoted speakers), read again when the store
 * has grown. While feeds store articles the store grows every second, and a read that groups every
 * quote would then run for every question; so a read that took {@link #COSTLY_NANOS} or more is
 * repeated only after {@link #WAIT_FACTOR} times its own duration (over ant-all, a few seconds).
 * Cheaper reads are repeated whenever the store grew.
 */
final class ThrottledRead<T> {

  static final long COSTLY_NANOS = 5_000_000;

  static final int WAIT_FACTOR = 20;

  private final LongSupplier version;
  private final Supplier<T> read;
  private final LongSupplier nanoTime;
  private T value;
  private long readVersion = Long.MIN_VALUE;
  private long nextReadAt = Long.MIN_VALUE;

  /**
   * @param version the store's version (its last sequence number)
   * @param nanoTime the clock that times the reads ({@link System#nanoTime} but in tests)
   */
  ThrottledRead(LongSupplier version, Supplier<T> read, LongSupplier nanoTime) {
    this.version = version;
    this.read = read;
    this.nanoTime = nanoTime;
  }

  synchronized T get() {
    long now = version.getAsLong();
    long started = nanoTime.getAsLong();
    if (now != readVersion && (value == null || started - nextReadAt >= 0)) {
      value = read.get();
      readVersion = now;
      long took = nanoTime.getAsLong() - started;
      nextReadAt = took >= COSTLY_NANOS ? started + WAIT_FACTOR * took : started;
    }
    return value;
  }
}
