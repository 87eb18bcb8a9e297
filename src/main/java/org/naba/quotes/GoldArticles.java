package org.naba.quotes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads gold files: JSON lines, one article a line, {@code {"source","id","outlet","text",
 * "quotes":[{"start","end","text","speaker","role"}]}}.
 *
 * <p>Rules: blank lines are skipped; {@code speaker} and {@code role} may be missing or null; a
 * quote whose {@code text} is not {@code body.substring(start, end)} is an error naming the file
 * and line.
 */
public final class GoldArticles {

  private static final ObjectMapper JSON = new ObjectMapper();

  private GoldArticles() {}

  public static List<GoldArticle> read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gold file " + file, e);
    }
    List<GoldArticle> articles = new ArrayList<>();
    for (int n = 0; n < lines.size(); n++) {
      if (!lines.get(n).isBlank()) {
        articles.add(parse(lines.get(n), file + ":" + (n + 1)));
      }
    }
    return articles;
  }

  static GoldArticle parse(String line, String where) {
    JsonNode a;
    try {
      a = JSON.readTree(line);
    } catch (IOException e) {
      throw new IllegalArgumentException("gold line is not JSON at " + where, e);
    }
    String text = required(a, "text", where).asText();
    List<GoldQuote> quotes = new ArrayList<>();
    for (JsonNode q : required(a, "quotes", where)) {
      int start = required(q, "start", where).asInt();
      int end = required(q, "end", where).asInt();
      if (start < 0 || end < start || end > text.length()) {
        throw new IllegalArgumentException(
            "quote offsets [" + start + ", " + end + ") out of the body at " + where);
      }
      String quoted = text.substring(start, end);
      if (q.hasNonNull("text") && !q.get("text").asText().equals(quoted)) {
        throw new IllegalArgumentException(
            "quote text differs from body[" + start + ", " + end + ") at " + where + ": " + quoted);
      }
      quotes.add(
          new GoldQuote(start, end, quoted, textOrNull(q, "speaker"), textOrNull(q, "role")));
    }
    return new GoldArticle(
        textOrNull(a, "source"), textOrNull(a, "id"), textOrNull(a, "outlet"), text, quotes);
  }

  private static JsonNode required(JsonNode node, String field, String where) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      throw new IllegalArgumentException("gold field \"" + field + "\" missing at " + where);
    }
    return v;
  }

  private static String textOrNull(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText();
  }
}
