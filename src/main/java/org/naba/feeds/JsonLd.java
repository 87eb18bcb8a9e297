package org.naba.feeds;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The schema.org article a page describes in JSON-LD: the first object (top level, in an array or
 * in an {@code @graph}) whose {@code @type} is an article type. Unreadable JSON is passed over.
 */
final class JsonLd {

  static final Set<String> ARTICLE_TYPES =
      Set.of(
          "NewsArticle",
          "Article",
          "ReportageNewsArticle",
          "AnalysisNewsArticle",
          "BlogPosting",
          "OpinionNewsArticle",
          "BackgroundNewsArticle");

  /**
   * The fields Naba reads.
   *
   * @param body the {@code articleBody}, or {@code null}
   */
  record Article(String headline, String body, String published, String author, String url) {}

  private static final JsonMapper JSON =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .build();

  private JsonLd() {}

  static Optional<Article> of(Document doc) {
    for (Element script : doc.select("script[type=application/ld+json]")) {
      try {
        JsonNode root = JSON.readTree(script.data());
        Optional<JsonNode> found = find(root, 0);
        if (found.isPresent()) {
          JsonNode a = found.get();
          return Optional.of(
              new Article(
                  text(a.get("headline")),
                  text(a.get("articleBody")),
                  text(a.get("datePublished")),
                  author(a.get("author")),
                  url(a)));
        }
      } catch (IOException e) {
        // a broken block says nothing; the other steps go on
      }
    }
    return Optional.empty();
  }

  private static Optional<JsonNode> find(JsonNode node, int depth) {
    if (node == null || depth > 4) {
      return Optional.empty();
    }
    if (node.isArray()) {
      for (JsonNode n : node) {
        Optional<JsonNode> f = find(n, depth + 1);
        if (f.isPresent()) {
          return f;
        }
      }
      return Optional.empty();
    }
    if (!node.isObject()) {
      return Optional.empty();
    }
    if (isArticle(node.get("@type"))) {
      return Optional.of(node);
    }
    return find(node.get("@graph"), depth + 1);
  }

  private static boolean isArticle(JsonNode type) {
    if (type == null) {
      return false;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (ARTICLE_TYPES.contains(t.asText())) {
          return true;
        }
      }
      return false;
    }
    return ARTICLE_TYPES.contains(type.asText());
  }

  private static String text(JsonNode n) {
    return n == null || !n.isValueNode() || n.asText().isBlank() ? null : n.asText();
  }

  private static String author(JsonNode n) {
    if (n == null) {
      return null;
    }
    if (n.isArray()) {
      return n.isEmpty() ? null : author(n.get(0));
    }
    return n.isObject() ? text(n.get("name")) : text(n);
  }

  private static String url(JsonNode a) {
    String url = text(a.get("url"));
    if (url != null) {
      return url;
    }
    JsonNode main = a.get("mainEntityOfPage");
    if (main == null) {
      return null;
    }
    return main.isObject() ? text(main.get("@id")) : text(main);
  }
}
