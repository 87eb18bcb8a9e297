package org.naba.tools.fakebot;

import com.fasterxml.jackson.databind.JsonNode;

/** getFile: the path under which a file added with {@link FakeBotApi#addFile} is downloaded. */
final class GetFile implements Route {
  @Override
  public JsonNode handle(JsonNode params, FakeBotApi api) {
    String id = params.path("file_id").asText();
    byte[] bytes = api.file(id);
    if (bytes == null) {
      throw new ApiError(400, "Bad Request: invalid file_id", null);
    }
    return api.json()
        .createObjectNode()
        .put("file_id", id)
        .put("file_unique_id", "u" + id)
        .put("file_size", bytes.length)
        .put("file_path", "documents/" + id);
  }
}
