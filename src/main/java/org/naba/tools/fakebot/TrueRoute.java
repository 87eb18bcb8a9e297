package org.naba.tools.fakebot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;

/**
 * Methods whose result is just {@code true}: answerCallbackQuery, answerInlineQuery, setMyCommands.
 */
final class TrueRoute implements Route {
  @Override
  public JsonNode handle(JsonNode params, FakeBotApi api) {
    return BooleanNode.TRUE;
  }
}
