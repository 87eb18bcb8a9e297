package org.naba.tools.fakebot;

import com.fasterxml.jackson.databind.JsonNode;

/** One Bot API method of the fake server: the parameters in, the {@code result} out. */
interface Route {

  /** The method's result, or throws {@link ApiError} for an error response. */
  JsonNode handle(JsonNode params, FakeBotApi api) throws InterruptedException;
}
