package org.naba.tools.fakebot;

import com.fasterxml.jackson.databind.JsonNode;

/** getMe: the bot's user. */
final class GetMe implements Route {
  @Override
  public JsonNode handle(JsonNode params, FakeBotApi api) {
    return api.json()
        .createObjectNode()
        .put("id", api.botId())
        .put("is_bot", true)
        .put("first_name", "Naba")
        .put("username", api.botUsername())
        .put("supports_inline_queries", true);
  }
}
