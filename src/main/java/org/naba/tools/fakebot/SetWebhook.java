package org.naba.tools.fakebot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;

/** setWebhook: keeps the URL and secret token; getUpdates answers 409 while a webhook is set. */
final class SetWebhook implements Route {
  @Override
  public JsonNode handle(JsonNode params, FakeBotApi api) {
    String url = params.path("url").asText("");
    if (url.isEmpty()) {
      api.setWebhook(null, null);
    } else {
      api.setWebhook(url, params.path("secret_token").asText(null));
    }
    return BooleanNode.TRUE;
  }
}
