package org.naba.tools.bench;

import java.util.Arrays;
import java.util.List;
import org.naba.answer.Answerer;

/** {@code ask} latency: each question asked once, in order, timed alone. */
final class AskTimes {

  private AskTimes() {}

  /** The nanoseconds each question took, sorted. */
  static long[] of(Answerer answerer, List<String> questions) {
    long[] nanos = new long[questions.size()];
    for (int i = 0; i < nanos.length; i++) {
      long s = System.nanoTime();
      answerer.ask(questions.get(i));
      nanos[i] = System.nanoTime() - s;
    }
    Arrays.sort(nanos);
    return nanos;
  }

  /** The {@code p}th percentile of sorted times (nearest rank). */
  static long percentile(long[] sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }
}
