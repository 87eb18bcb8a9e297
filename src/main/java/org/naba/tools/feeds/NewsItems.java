package org.naba.tools.feeds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** Reads real articles from the shared data's JSON lines, every {@code step}-th one. */
public final class NewsItems {

  private NewsItems() {}

  /** Up to {@code limit} articles with a URL, a title and two paragraphs or more. */
  public static List<NewsItem> read(Path file, int limit, int step) {
    ObjectMapper json = new ObjectMapper();
    List<NewsItem> out = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = in.readLine()) != null && out.size() < limit) {
        if (n++ % step != 0) {
          continue;
        }
        JsonNode o = json.readTree(line);
        String url = o.path("url").asText("");
        String title = o.path("title").asText("").strip();
        List<String> paragraphs =
            Arrays.stream(o.path("text").asText("").split("\n"))
                .map(p -> p.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip())
                .filter(p -> !p.isEmpty())
                .toList();
        if (url.isBlank() || title.isBlank() || paragraphs.size() < 2) {
          continue;
        }
        out.add(
            new NewsItem(
                o.path("id").asText(),
                url,
                title,
                o.hasNonNull("published") ? o.get("published").asText() : null,
                paragraphs));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    return out;
  }
}
