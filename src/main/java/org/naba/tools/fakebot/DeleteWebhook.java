package org.naba.tools.fakebot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;

/** deleteWebhook: always done (long polling needs no webhook). */
final class DeleteWebhook implements Route {
  @Override
  public JsonNode handle(JsonNode params, FakeBotApi api) {
    return BooleanNode.TRUE;
  }
}
