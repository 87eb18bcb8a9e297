package org.naba.telegram;

import java.time.Duration;
import java.util.Locale;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * What a failed Bot API request means, and so what the send queue does with it. Telegram has no
 * idempotency key: a request that may have reached it is never repeated blindly.
 *
 * <p>Rules, in order:
 *
 * <ul>
 *   <li>429 Too Many Requests: refused by flood control, so surely not carried out; sent again
 *       after {@code retry_after} seconds ({@link Kind#FLOOD}), however often.
 *   <li>403 Forbidden: the chat blocked or removed the bot ({@link Kind#BLOCKED}).
 *   <li>Any other 4xx: refused, and can never succeed ({@link Kind#REFUSED}).
 *   <li>5xx: Telegram documents 500 as "an internal server error occurred while a request was being
 *       processed", and other codes as the same (core.telegram.org/api/errors); the request may
 *       have been carried out. So is a request whose answer was lost after it was written whole (a
 *       read timeout, a reset or closed connection, an answer that cannot be read).
 *   <li>A request that surely did not reach Telegram (a failed or timed-out connect, a write that
 *       broke off) is sent again with backoff ({@link Kind#RETRY}).
 *   <li>Of the requests that may have been carried out, those that create something each time they
 *       are carried out (sendMessage and the other send, forward and copy methods) are {@link
 *       Kind#UNCERTAIN}: recorded as such and never sent again. The others (editMessageText,
 *       answerCallbackQuery, answerInlineQuery, setWebhook, getChatMember ...) come to the same on
 *       a second try (an edit to the same text, a second answer refused as too old), so they are
 *       sent again with backoff.
 * </ul>
 *
 * @param kind what to do
 * @param retryAfter for {@link Kind#FLOOD}, Telegram's {@code retry_after}
 * @param reason a short reason for the log and the ledger
 */
record SendFailure(SendFailure.Kind kind, Duration retryAfter, String reason) {

  /** What the send queue does with a failed request. */
  enum Kind {
    /** Wait {@code retry_after}, then send it again. */
    FLOOD,
    /** Surely not carried out, or harmless to repeat: send it again with backoff. */
    RETRY,
    /** It may have been carried out and repeating it would repeat it: never send it again. */
    UNCERTAIN,
    /** The chat blocked or removed the bot. */
    BLOCKED,
    /** Refused for good. */
    REFUSED
  }

  /** Reads the failure of {@code method} (e.g. "sendMessage"). */
  static SendFailure of(String method, TelegramApiException e) {
    if (e instanceof TelegramApiRequestException r && r.getErrorCode() != null) {
      int code = r.getErrorCode();
      if (code == 429) {
        Integer seconds = r.getParameters() == null ? null : r.getParameters().getRetryAfter();
        return new SendFailure(
            Kind.FLOOD, Duration.ofSeconds(seconds == null ? 1 : Math.max(0, seconds)), "429");
      }
      if (code == 403) {
        return new SendFailure(Kind.BLOCKED, Duration.ZERO, "403");
      }
      if (code < 500) {
        return new SendFailure(Kind.REFUSED, Duration.ZERO, Integer.toString(code));
      }
      return mayHaveBeenCarriedOut(method, "server error " + code);
    }
    if (causedBy(e, RequestNotSentException.class)) {
      return new SendFailure(Kind.RETRY, Duration.ZERO, "not sent");
    }
    return mayHaveBeenCarriedOut(
        method, causedBy(e, OutcomeUnknownException.class) ? "no answer" : "unreadable answer");
  }

  private static SendFailure mayHaveBeenCarriedOut(String method, String reason) {
    return new SendFailure(repeatable(method) ? Kind.RETRY : Kind.UNCERTAIN, Duration.ZERO, reason);
  }

  /**
   * Whether carrying {@code method} out twice comes to the same as once: false for the methods that
   * create a message each time (send*, forward*, copy*).
   */
  static boolean repeatable(String method) {
    String m = method.toLowerCase(Locale.ROOT);
    return !(m.startsWith("send") || m.startsWith("forward") || m.startsWith("copy"));
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
      if (t.getCause() == t) {
        return false;
      }
    }
    return false;
  }
}
