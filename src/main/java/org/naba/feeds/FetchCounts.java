package org.naba.feeds;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLongArray;

/** Fetches by outcome since start, for the metrics: thread-safe counters, read as a snapshot. */
public final class FetchCounts {

  private final AtomicLongArray counts = new AtomicLongArray(FetchOutcome.values().length);

  void count(FetchOutcome outcome) {
    counts.incrementAndGet(outcome.ordinal());
  }

  /** How many fetches gave {@code outcome}. */
  public long get(FetchOutcome outcome) {
    return counts.get(outcome.ordinal());
  }

  /** Every outcome with its count (zeros included), in declaration order. */
  public Map<FetchOutcome, Long> snapshot() {
    Map<FetchOutcome, Long> out = new EnumMap<>(FetchOutcome.class);
    for (FetchOutcome outcome : FetchOutcome.values()) {
      out.put(outcome, counts.get(outcome.ordinal()));
    }
    return out;
  }
}
