package org.naba.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** One article as a line of the JSON-lines corpus format that ingest reads, for tests. */
final class ArticleLines {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ArticleLines() {}

  /** {@code lines} written as the corpus file {@code file}, which is returned. */
  static Path corpus(Path file, String... lines) throws IOException {
    return Files.writeString(file, String.join("\n", lines), StandardCharsets.UTF_8);
  }

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
