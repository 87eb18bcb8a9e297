package org.naba.feeds;

/** A body that is not a feed Naba reads: malformed XML or JSON, a page, an unknown format. */
final class FeedFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  FeedFormatException(String message) {
    super(message);
  }

  FeedFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
