package org.naba.telegram;

/** The bot cannot start: no token, a token the Bot API rejects, or an unreachable API. */
public final class BotStartException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public BotStartException(String message) {
    super(message);
  }
}
