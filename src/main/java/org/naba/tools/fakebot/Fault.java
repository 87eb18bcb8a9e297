package org.naba.tools.fakebot;

import java.time.Duration;

/**
 * What the fake server does instead of (or before) answering one call: an error status, a
 * retry_after for 429, a delay.
 *
 * @param status HTTP status and error_code to answer, or 0 to answer normally after the delay
 * @param retryAfter seconds for a 429's {@code parameters.retry_after}, or {@code null}
 * @param delay time to wait before answering
 */
public record Fault(int status, Integer retryAfter, Duration delay) {

  public static Fault tooManyRequests(int retryAfterSeconds) {
    return new Fault(429, retryAfterSeconds, Duration.ZERO);
  }

  public static Fault forbidden() {
    return new Fault(403, null, Duration.ZERO);
  }

  public static Fault serverError() {
    return new Fault(500, null, Duration.ZERO);
  }

  public static Fault slow(Duration delay) {
    return new Fault(0, null, delay);
  }

  String description() {
    return switch (status) {
      case 429 -> "Too Many Requests: retry after " + retryAfter;
      case 403 -> "Forbidden: bot was blocked by the user";
      case 500 -> "Internal Server Error";
      default -> "Error " + status;
    };
  }
}
