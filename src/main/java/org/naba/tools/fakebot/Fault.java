package org.naba.tools.fakebot;

import java.time.Duration;

/**
 * What the fake server does instead of (or around) answering one call.
 *
 * <ul>
 *   <li>Refusals ({@link #tooManyRequests}, {@link #forbidden}, {@link #serverError}, {@link
 *       #badRequest}): the call is answered with an error and not carried out (a chat gets no
 *       message).
 *   <li>{@link #slow}: the call waits, then is carried out and answered.
 *   <li>{@link #acceptThenAnswerLate}: the call is carried out at once (the message is delivered),
 *       and answered only after the delay: a client that gives up waiting first cannot know.
 *   <li>{@link #acceptThenDrop}: the call is carried out, then the connection is closed with no
 *       answer at all.
 * </ul>
 *
 * @param status HTTP status and error_code to answer, or 0 to carry the call out
 * @param retryAfter seconds for a 429's {@code parameters.retry_after}, or {@code null}
 * @param delay time to wait: before answering an error or a slow call, after carrying out an
 *     accepted one
 * @param accept whether the call is carried out before the delay
 * @param drop whether the connection is closed instead of answering
 */
public record Fault(int status, Integer retryAfter, Duration delay, boolean accept, boolean drop) {

  public static Fault tooManyRequests(int retryAfterSeconds) {
    return new Fault(429, retryAfterSeconds, Duration.ZERO, false, false);
  }

  public static Fault forbidden() {
    return new Fault(403, null, Duration.ZERO, false, false);
  }

  public static Fault serverError() {
    return new Fault(500, null, Duration.ZERO, false, false);
  }

  public static Fault badRequest() {
    return new Fault(400, null, Duration.ZERO, false, false);
  }

  public static Fault slow(Duration delay) {
    return new Fault(0, null, delay, false, false);
  }

  /** Carries the call out, then answers after {@code delay}. */
  public static Fault acceptThenAnswerLate(Duration delay) {
    return new Fault(0, null, delay, true, false);
  }

  /** Carries the call out, then closes the connection without an answer. */
  public static Fault acceptThenDrop() {
    return new Fault(0, null, Duration.ZERO, true, true);
  }

  String description() {
    return switch (status) {
      case 429 -> "Too Many Requests: retry after " + retryAfter;
      case 403 -> "Forbidden: bot was blocked by the user";
      case 400 -> "Bad Request: refused by the fake server";
      case 500 -> "Internal Server Error";
      default -> "Error " + status;
    };
  }
}
