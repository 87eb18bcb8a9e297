package org.naba.telegram;

import java.io.IOException;

/**
 * A Bot API request failed before all of it was written (no connection, a refused or timed-out
 * connect, a write that broke off): Telegram cannot have acted on it, so it may be sent again.
 */
final class RequestNotSentException extends IOException {

  private static final long serialVersionUID = 1L;

  RequestNotSentException(String message) {
    super(message);
  }
}
