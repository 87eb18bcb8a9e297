package org.naba.tools.fakebot;

import com.fasterxml.jackson.databind.JsonNode;

/** sendMessage: the sent message, with a new message id. */
final class SendMessage implements Route {
  @Override
  public JsonNode handle(JsonNode params, FakeBotApi api) {
    return api.message(params.path("chat_id").asLong(), params.path("text").asText());
  }
}
