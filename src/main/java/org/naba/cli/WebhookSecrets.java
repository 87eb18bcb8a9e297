package org.naba.cli;

import java.security.SecureRandom;
import java.util.Base64;

/** Webhook secret tokens: 32 random bytes in URL-safe Base64 (43 characters Telegram accepts). */
final class WebhookSecrets {

  private static final SecureRandom RANDOM = new SecureRandom();

  private WebhookSecrets() {}

  static String random() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
