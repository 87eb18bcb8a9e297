package org.naba.telegram;

import java.net.InetSocketAddress;
import java.net.URI;

/** How the bot's updates come in: it asks for them (long polling), or Telegram posts them. */
public sealed interface Intake {

  /** getUpdates in a loop; any webhook is removed first, or Telegram would refuse the polls. */
  record Polling() implements Intake {}

  /**
   * Telegram posts each update to {@code url} (registered with setWebhook), which a proxy in front
   * forwards to {@code listen}; only posts that carry {@code secret} in the header
   * X-Telegram-Bot-Api-Secret-Token are taken.
   *
   * @param url the public HTTPS URL Telegram posts to; its path is the path served
   * @param listen the local address the bot listens on
   * @param secret 1-256 characters of A-Z, a-z, 0-9, _ and -
   */
  record Webhook(URI url, InetSocketAddress listen, String secret) implements Intake {

    public Webhook {
      if (secret == null || !secret.matches("[A-Za-z0-9_-]{1,256}")) {
        throw new IllegalArgumentException(
            "the webhook secret must be 1-256 characters of A-Z, a-z, 0-9, _ and -");
      }
    }

    /** The path Telegram posts to ("/" when the URL has none). */
    public String path() {
      String path = url.getRawPath();
      return path == null || path.isEmpty() ? "/" : path;
    }

    @Override
    public String toString() {
      return "Webhook[url=" + url + ", listen=" + listen + ", secret=***]";
    }
  }
}
