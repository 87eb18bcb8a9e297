package org.naba.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

/** One article as a line of the JSON-lines corpus format that ingest reads, for tests. */
final class ArticleLines {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ArticleLines() {}

  static String line(String id, String outlet, String title, String published, String text)
      throws JsonProcessingException {
    return JSON.writeValueAsString(
        Map.of(
            "id", id,
            "url", "https://example.org/" + id,
            "outlet", outlet,
            "title", title,
            "published", published,
            "text", text));
  }
}
