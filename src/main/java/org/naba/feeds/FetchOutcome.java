package org.naba.feeds;

import java.util.Locale;

/** What one HTTP fetch of a feed, a page or a robots.txt gave; counted by {@link FetchCounts}. */
public enum FetchOutcome {
  /** A body was read. */
  OK,
  /** 304: unchanged since the validators the source kept. */
  NOT_MODIFIED,
  /** 404, 410 and the other 4xx but 429. */
  CLIENT_ERROR,
  /** 429 or 503: the host asked us to wait (Retry-After honoured). */
  THROTTLED,
  /** 5xx but 503. */
  SERVER_ERROR,
  /** Connecting or reading took too long. */
  TIMEOUT,
  /** The body was larger than feeds.max-bytes (after decompression). */
  TOO_LARGE,
  /** More redirects than allowed, or a redirect back to a URL already visited. */
  REDIRECT_LOOP,
  /** A private, loopback or link-local address, or a scheme other than http(s). */
  REFUSED,
  /** The host's robots.txt disallows the URL. */
  ROBOTS_DISALLOWED,
  /** The host could not be found or reached, or the connection broke. */
  NETWORK_ERROR;

  /** The word {@code feeds list} shows, e.g. {@code not-modified}. */
  public String word() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
