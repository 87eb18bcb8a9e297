package org.naba.tools.fakebot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;

/** deleteWebhook: forgets the webhook, so that getUpdates works again. */
final class DeleteWebhook implements Route {
  @Override
  public JsonNode handle(JsonNode params, FakeBotApi api) {
    api.setWebhook(null, null);
    return BooleanNode.TRUE;
  }
}
