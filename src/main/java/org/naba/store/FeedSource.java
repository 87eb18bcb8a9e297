package org.naba.store;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A feed Naba follows: an RSS, Atom or JSON feed, or a news sitemap.
 *
 * @param id the store's number for it
 * @param url where it is fetched
 * @param outlet the outlet's display name for its articles, or {@code null} to name none
 * @param every how often it is fetched
 * @param enabled whether it is fetched at all
 * @param addedAt when it was added
 * @param state what its fetches gave so far
 */
public record FeedSource(
    long id,
    String url,
    String outlet,
    Duration every,
    boolean enabled,
    Instant addedAt,
    FetchState state) {

  public FeedSource {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(every, "every");
    Objects.requireNonNull(state, "state");
  }

  /** {@code off}, {@code broken}, {@code never fetched}, or what its last fetch gave. */
  public String status() {
    if (!enabled) {
      return "off";
    }
    if (state.broken()) {
      return "broken";
    }
    return state.lastStatus() == null ? "never fetched" : state.lastStatus();
  }

  /**
   * A source's fetch history, as the poller last wrote it.
   *
   * @param etag the validator of the last full response, or {@code null}
   * @param lastModified the other validator, or {@code null}
   * @param lastFetchAt when it was last fetched, or {@code null} if never
   * @param lastStatus what the last fetch gave (a word such as {@code ok}, {@code not-modified},
   *     {@code http-404}), or {@code null} if never fetched
   * @param lastError the last failure's one line, or {@code null}
   * @param newItems articles the last fetch stored (new or updated)
   * @param totalItems articles all fetches stored
   * @param failures failed fetches in a row
   * @param errors failed fetches in all
   * @param nextFetchAt when it is due next, or {@code null} for now
   * @param broken whether it failed too often in a row (fetched once a day until it works)
   */
  public record FetchState(
      String etag,
      String lastModified,
      Instant lastFetchAt,
      String lastStatus,
      String lastError,
      int newItems,
      long totalItems,
      int failures,
      long errors,
      Instant nextFetchAt,
      boolean broken) {

    /** The state of a source never fetched. */
    public static FetchState fresh() {
      return new FetchState(null, null, null, null, null, 0, 0, 0, 0, null, false);
    }
  }
}
