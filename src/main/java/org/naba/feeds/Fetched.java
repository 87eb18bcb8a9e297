package org.naba.feeds;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/** What a fetch gave: a body, "not modified", or a failure with one line naming the URL. */
sealed interface Fetched {

  /**
   * A response body, whole (at most the size cap).
   *
   * @param url the URL it came from, after redirects
   * @param contentType the Content-Type header, or {@code null}
   * @param etag the ETag header, or {@code null}
   * @param lastModified the Last-Modified header, or {@code null}
   */
  record Body(URI url, String contentType, byte[] bytes, String etag, String lastModified)
      implements Fetched {
    public Body {
      Objects.requireNonNull(url, "url");
      Objects.requireNonNull(bytes, "bytes");
    }
  }

  /** A redirect to follow (the fetcher's own step; never returned by it). */
  record Redirect(URI to) implements Fetched {}

  /** 304: nothing changed since the validators sent. */
  record NotModified() implements Fetched {}

  /**
   * A failure.
   *
   * @param message one line that names the URL
   * @param retryAfter how long the host asked us to wait (429/503), or zero
   */
  record Failed(FetchOutcome outcome, String message, Duration retryAfter) implements Fetched {
    Failed(FetchOutcome outcome, String message) {
      this(outcome, message, Duration.ZERO);
    }
  }
}
