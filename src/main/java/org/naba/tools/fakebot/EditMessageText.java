package org.naba.tools.fakebot;

import com.fasterxml.jackson.databind.JsonNode;

/** editMessageText: the edited message. */
final class EditMessageText implements Route {
  @Override
  public JsonNode handle(JsonNode params, FakeBotApi api) {
    return api.json()
        .createObjectNode()
        .put("message_id", params.path("message_id").asInt())
        .put("date", 1_700_000_000)
        .put("text", params.path("text").asText())
        .set("chat", api.chat(params.path("chat_id").asLong()));
  }
}
