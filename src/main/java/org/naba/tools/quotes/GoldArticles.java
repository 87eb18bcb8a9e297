package org.naba.tools.quotes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Reads gold files: JSON lines, one article a line, {@code {"source","id","outlet","quotes":
 * [{"start","end","text","speaker","role"}]}}, with the body either inline ({@code "text"}) or
 * taken from the news corpus file named by {@code source} (so the corpora are not copied into the
 * repository).
 *
 * <p>Rules: blank lines are skipped; {@code speaker} and {@code role} may be missing or null; an
 * article missing from its corpus, or a quote whose {@code text} is not {@code
 * body.substring(start, end)}, is an error naming the file and line.
 */
public final class GoldArticles {

  private static final ObjectMapper JSON = new ObjectMapper();

  private GoldArticles() {}

  /** The gold articles of {@code file}, bodies not given inline read from {@code corpora}. */
  public static List<GoldArticle> read(Path file, Path corpora) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gold file " + file, e);
    }
    Map<Integer, ObjectNode> nodes = new LinkedHashMap<>();
    Map<String, Set<String>> wanted = new HashMap<>();
    for (int n = 0; n < lines.size(); n++) {
      if (lines.get(n).isBlank()) {
        continue;
      }
      ObjectNode node = tree(lines.get(n), file + ":" + (n + 1));
      nodes.put(n, node);
      if (!node.hasNonNull("text")) {
        String where = file + ":" + (n + 1);
        wanted
            .computeIfAbsent(required(node, "source", where).asText(), k -> new HashSet<>())
            .add(required(node, "id", where).asText());
      }
    }
    Map<String, String> bodies = bodies(corpora, wanted);
    List<GoldArticle> articles = new ArrayList<>();
    for (Map.Entry<Integer, ObjectNode> e : nodes.entrySet()) {
      ObjectNode node = e.getValue();
      String where = file + ":" + (e.getKey() + 1);
      if (!node.hasNonNull("text")) {
        String key = node.get("source").asText() + "/" + node.get("id").asText();
        String body = bodies.get(key);
        if (body == null) {
          throw new IllegalArgumentException(
              "article " + key + " not found in " + corpora + " at " + where);
        }
        node.put("text", body);
      }
      articles.add(parse(node, where));
    }
    return articles;
  }

  /** The bodies of the wanted article ids, keyed {@code source/id}, streaming each corpus once. */
  private static Map<String, String> bodies(Path corpora, Map<String, Set<String>> wanted) {
    Map<String, String> bodies = new HashMap<>();
    for (Map.Entry<String, Set<String>> e : wanted.entrySet()) {
      Path corpus = corpora.resolve(e.getKey());
      try (InputStream raw = Files.newInputStream(corpus);
          InputStream in =
              corpus.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
          BufferedReader reader =
              new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        String line;
        while ((line = reader.readLine()) != null) {
          JsonNode article = JSON.readTree(line);
          String id = article.path("id").asText();
          if (e.getValue().contains(id)) {
            bodies.put(e.getKey() + "/" + id, article.path("text").asText());
          }
        }
      } catch (IOException ex) {
        throw new UncheckedIOException("cannot read corpus " + corpus + ": " + ex.getMessage(), ex);
      }
    }
    return bodies;
  }

  private static ObjectNode tree(String line, String where) {
    try {
      JsonNode node = JSON.readTree(line);
      if (node instanceof ObjectNode object) {
        return object;
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("gold line is not JSON at " + where, e);
    }
    throw new IllegalArgumentException("gold line is not a JSON object at " + where);
  }

  static GoldArticle parse(String line, String where) {
    return parse(tree(line, where), where);
  }

  private static GoldArticle parse(JsonNode a, String where) {
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
