package org.naba.telegram;

import java.io.IOException;

/**
 * A Bot API request was written whole, then its answer was lost (a read timeout, a connection reset
 * or closed before the answer): Telegram may have acted on it, and sending it again could repeat
 * it.
 */
final class OutcomeUnknownException extends IOException {

  private static final long serialVersionUID = 1L;

  OutcomeUnknownException(String message) {
    super(message);
  }
}
