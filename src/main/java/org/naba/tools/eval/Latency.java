package org.naba.tools.eval;

import java.util.Arrays;

/**
 * Per-question search time: building the query and fetching the top ten.
 *
 * @param medianMillis the median, in milliseconds
 * @param p99Millis the 99th percentile, in milliseconds
 */
public record Latency(double medianMillis, double p99Millis) {

  static Latency of(long[] nanos) {
    if (nanos.length == 0) {
      return new Latency(0, 0);
    }
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return new Latency(millis(percentile(sorted, 0.50)), millis(percentile(sorted, 0.99)));
  }

  private static long percentile(long[] sorted, double p) {
    int index = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  private static double millis(long nanos) {
    return Math.round(nanos / 10_000.0) / 100.0;
  }
}
