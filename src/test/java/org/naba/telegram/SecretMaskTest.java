package org.naba.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class SecretMaskTest {

  private static final String TOKEN = "123:ABC-secret";
  private final SecretMask mask = new SecretMask(TOKEN);

  @Test
  void hidesTheTokenInAUrl() {
    assertEquals(
        "http://127.0.0.1:1/bot<token>/sendMessage",
        mask.apply("http://127.0.0.1:1/bot" + TOKEN + "/sendMessage"));
  }

  @Test
  void hidesTheTokenInEveryMessageOfAnExceptionChain() {
    Exception e =
        new IllegalStateException(
            "call failed", new IOException("timeout for /bot" + TOKEN + "/getUpdates"));
    RuntimeException masked = mask.apply(e);
    StringBuilder all = new StringBuilder();
    for (Throwable t = masked; t != null; t = t.getCause()) {
      all.append(t.getMessage());
    }
    assertFalse(all.toString().contains(TOKEN), all.toString());
    assertFalse(all.toString().isEmpty());
  }
}
