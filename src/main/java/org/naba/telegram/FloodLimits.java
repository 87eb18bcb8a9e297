package org.naba.telegram;

import java.time.Duration;

/**
 * How fast the send queue may talk to Telegram.
 *
 * @param perChatInterval least time between two messages to one chat (Telegram: about 1 s)
 * @param groupPerMinute most messages to one group per minute (Telegram: 20)
 * @param globalPerSecond most requests per second in all (Telegram: about 30)
 * @param firstBackoff wait before the first retry after a server error or a timeout; doubled on
 *     every further failure up to {@code maxBackoff}
 * @param maxBackoff longest wait between retries
 * @param maxAttempts attempts after which a message failing with server errors is given up
 */
public record FloodLimits(
    Duration perChatInterval,
    int groupPerMinute,
    int globalPerSecond,
    Duration firstBackoff,
    Duration maxBackoff,
    int maxAttempts) {

  public FloodLimits {
    if (perChatInterval.isNegative()) {
      throw new IllegalArgumentException(
          "perChatInterval must not be negative: " + perChatInterval);
    }
    if (groupPerMinute < 1 || globalPerSecond < 1 || maxAttempts < 1) {
      throw new IllegalArgumentException(
          "groupPerMinute, globalPerSecond and maxAttempts must be positive: "
              + groupPerMinute
              + ", "
              + globalPerSecond
              + ", "
              + maxAttempts);
    }
  }

  /** Telegram's published limits. */
  public static FloodLimits telegram() {
    return new FloodLimits(
        Duration.ofSeconds(1), 20, 30, Duration.ofMillis(500), Duration.ofSeconds(30), 10);
  }

  public FloodLimits withGlobalPerSecond(int perSecond) {
    return new FloodLimits(
        perChatInterval, groupPerMinute, perSecond, firstBackoff, maxBackoff, maxAttempts);
  }

  public FloodLimits withBackoff(Duration first, Duration max) {
    return new FloodLimits(
        perChatInterval, groupPerMinute, globalPerSecond, first, max, maxAttempts);
  }

  /** The wait before retry number {@code attempt} (1 for the first retry). */
  public Duration backoff(int attempt) {
    long millis = firstBackoff.toMillis() << Math.min(Math.max(attempt - 1, 0), 20);
    return Duration.ofMillis(Math.min(millis, maxBackoff.toMillis()));
  }
}
