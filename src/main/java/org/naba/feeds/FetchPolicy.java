package org.naba.feeds;

import java.time.Duration;
import org.naba.config.NabaConfig;

/**
 * How the fetcher behaves.
 *
 * @param connectTimeout the longest wait to connect
 * @param readTimeout the longest wait for the next bytes
 * @param callTimeout the longest a whole request may take, body included
 * @param maxBytes the largest body read, after decompression
 * @param maxRedirects redirects followed at most
 * @param hostDelay the least time between two requests to one host
 * @param allowPrivateAddresses whether private, loopback and link-local addresses may be reached
 */
public record FetchPolicy(
    Duration connectTimeout,
    Duration readTimeout,
    Duration callTimeout,
    long maxBytes,
    int maxRedirects,
    Duration hostDelay,
    boolean allowPrivateAddresses) {

  /** The product's User-Agent: it names Naba; its first word is the robots.txt product token. */
  public static final String USER_AGENT = "NabaBot/0.1 (Naba, an Arabic news-quotes bot)";

  /** The token robots.txt groups name. */
  static final String ROBOTS_TOKEN = "NabaBot";

  /** The settings' policy: 10 s to connect, 20 s between bytes, 60 s in all, 5 redirects. */
  public static FetchPolicy of(NabaConfig.Feeds feeds) {
    return new FetchPolicy(
        Duration.ofSeconds(10),
        Duration.ofSeconds(20),
        Duration.ofSeconds(60),
        feeds.maxBytes(),
        5,
        feeds.hostDelay(),
        feeds.allowPrivateAddresses());
  }

  public FetchPolicy withTimeouts(Duration connect, Duration read, Duration call) {
    return new FetchPolicy(
        connect, read, call, maxBytes, maxRedirects, hostDelay, allowPrivateAddresses);
  }

  public FetchPolicy withMaxBytes(long max) {
    return new FetchPolicy(
        connectTimeout,
        readTimeout,
        callTimeout,
        max,
        maxRedirects,
        hostDelay,
        allowPrivateAddresses);
  }
}
