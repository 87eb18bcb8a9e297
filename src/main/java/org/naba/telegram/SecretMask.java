package org.naba.telegram;

/**
 * Hides the bot token in any text that could be printed: the Bot API puts the token in every URL
 * ({@code /bot<token>/sendMessage}, {@code /file/bot<token>/...}).
 */
public record SecretMask(String secret) {

  /** What the token is replaced with. */
  public static final String MASK = "<token>";

  public SecretMask {
    if (secret == null || secret.isEmpty()) {
      throw new IllegalArgumentException("secret must not be empty");
    }
  }

  /** {@code text} with every occurrence of the secret replaced by {@link #MASK}. */
  public String apply(String text) {
    return text == null ? null : text.replace(secret, MASK);
  }

  /**
   * A copy of {@code e} safe to log: the message of every exception in the chain masked, the stack
   * traces kept.
   */
  public RuntimeException apply(Throwable e) {
    MaskedException masked =
        new MaskedException(apply(e.getClass().getName() + ": " + e.getMessage()));
    masked.setStackTrace(e.getStackTrace());
    if (e.getCause() != null && e.getCause() != e) {
      masked.initCause(apply(e.getCause()));
    }
    return masked;
  }

  /** An exception whose message has been masked. */
  static final class MaskedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MaskedException(String message) {
      super(message);
    }
  }
}
