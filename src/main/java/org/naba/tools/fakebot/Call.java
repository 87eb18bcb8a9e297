package org.naba.tools.fakebot;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A call the bot made to the fake server and that the server answered with success.
 *
 * @param method the Bot API method
 * @param params its parameters as JSON
 * @param atNanos {@link System#nanoTime()} when it arrived
 */
public record Call(String method, JsonNode params, long atNanos) {

  public long chatId() {
    return params.path("chat_id").asLong();
  }

  public String text() {
    return params.path("text").asText();
  }
}
