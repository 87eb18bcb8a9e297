package org.naba.tools.fakebot;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * getUpdates with long polling: confirms every update below {@code offset}, then returns up to
 * {@code limit} pending updates, waiting up to {@code timeout} seconds for one to arrive. While a
 * webhook is set it is refused with 409 Conflict, as Telegram does.
 */
final class GetUpdates implements Route {
  @Override
  public JsonNode handle(JsonNode params, FakeBotApi api) throws InterruptedException {
    if (api.webhookUrl() != null) {
      throw new ApiError(
          409, "Conflict: can't use getUpdates method while webhook is active", null);
    }
    long offset = params.path("offset").asLong(0);
    int limit = params.path("limit").asInt(100);
    int timeout = params.path("timeout").asInt(0);
    return api.updates(offset, limit, timeout);
  }
}
