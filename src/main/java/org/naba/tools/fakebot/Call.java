package org.naba.tools.fakebot;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A call the bot made to the fake server.
 *
 * @param method the Bot API method
 * @param params its parameters as JSON
 * @param atNanos {@link System#nanoTime()} when it arrived
 * @param status what the server did: the HTTP status it answered, or {@link #DROPPED} when it
 *     closed the connection without an answer
 * @param carriedOut whether the server carried the call out (a message was delivered), whatever it
 *     answered
 */
public record Call(String method, JsonNode params, long atNanos, int status, boolean carriedOut) {

  /** The status of a call whose connection was closed without an answer. */
  public static final int DROPPED = 0;

  public long chatId() {
    return params.path("chat_id").asLong();
  }

  public String text() {
    return params.path("text").asText();
  }
}
