package org.naba.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naba.database.Engine;
import org.naba.quotes.Quote;
import org.naba.store.Article;
import org.naba.store.ParsedArticle;
import org.naba.store.Store;
import org.naba.text.Span;

/**
 * On PostgreSQL the OpenSearch index follows the store's outbox, and a row goes only once
 * OpenSearch took every unit of its article: a bulk request with one refused unit leaves the rows
 * for the next try. Against a small fake of the few OpenSearch endpoints the index uses.
 */
class OpenSearchOutboxTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ALIAS = "naba-units";

  @TempDir Path dir;
  private Engine.Target target;
  private HttpServer server;
  private final UnitSchema schema = new UnitSchema();

  /** The unit ids OpenSearch took; whether it refuses the next bulk's first unit. */
  private final Set<String> taken = ConcurrentHashMap.newKeySet();

  private volatile boolean refuse;

  @BeforeEach
  void start() throws IOException {
    target = Engine.POSTGRESQL.target(dir);
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
    schema.close();
  }

  private URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  private static ParsedArticle parsed(String id, String sentence) {
    String quote = "الوضع الأمني مستقر في " + id;
    String text = sentence + " وقال المتحدث إن \"" + quote + "\".";
    int qs = text.indexOf(quote);
    return new ParsedArticle(
        new Article(id, "https://example.test/" + id, "روداو", "عنوان " + id, null, text),
        List.of(new Span(0, text.length())),
        List.of(new Span(0, sentence.length()), new Span(sentence.length() + 1, text.length())),
        List.of(new Quote(quote, qs, qs + quote.length(), "صباح النعمان", null, "قال")));
  }

  @Test
  void outboxRowsGoOnlyAfterOpenSearchTookEveryUnit() {
    try (Store store = Store.open(target.open("naba.db"), Clock.systemUTC());
        OpenSearchIndex index = OpenSearchIndex.open(url(), ALIAS, 1, schema)) {
      assertTrue(store.registerIndexer(index.consumer()), "the index follows the store from now");
      store.add(parsed("a1", "زار رئيس الوزراء قضاء مخمور."));
      store.add(parsed("a2", "انطلقت عملية مشتركة في قرة تبة."));
      assertEquals(2, store.outboxSize());

      refuse = true;
      UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> index.catchUp(store));
      assertTrue(e.getMessage().contains("refused unit"), e.getMessage());
      assertEquals(2, store.outboxSize(), "the rows stay for the next try");

      refuse = false;
      assertEquals(2, index.catchUp(store));
      assertEquals(0, store.outboxSize());
      assertEquals(
          Set.of(
              "a1/SENTENCE/0",
              "a1/SENTENCE/1",
              "a1/QUOTE/0",
              "a2/SENTENCE/0",
              "a2/SENTENCE/1",
              "a2/QUOTE/0"),
          taken,
          "one deterministic id per unit, the same on the second try");
    }
  }

  /** The fake: the alias exists, holds an article already (so the outbox, not the watermark). */
  private void handle(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestMethod();
    String path = exchange.getRequestURI().getPath();
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    String index = ALIAS + "-1";
    String reply;
    if (path.startsWith("/_alias/")) {
      reply = "{\"" + index + "\":{\"aliases\":{\"" + ALIAS + "\":{}}}}";
    } else if (path.endsWith("/_mapping") && method.equals("GET")) {
      reply =
          "{\""
              + index
              + "\":{\"mappings\":{\"_meta\":{\"last_article_seq\":1,\"format\":\""
              + OpenSearchIndex.format(schema)
              + "\"}}}}";
    } else if (path.endsWith("/_mapping")) {
      reply = "{\"acknowledged\":true}";
    } else if (path.endsWith("/_refresh")) {
      reply = "{\"_shards\":{\"total\":1,\"successful\":1,\"failed\":0}}";
    } else if (path.equals("/_bulk")) {
      reply = bulk(body, index);
    } else if (path.endsWith("/_search")) {
      reply =
          "{\"took\":1,\"timed_out\":false,\"_shards\":{\"total\":1,\"successful\":1,"
              + "\"skipped\":0,\"failed\":0},\"hits\":{\"total\":{\"value\":0,"
              + "\"relation\":\"eq\"},\"hits\":[]}}";
    } else {
      reply = "{}";
      exchange.sendResponseHeaders(404, -1);
      exchange.close();
      return;
    }
    byte[] bytes = reply.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    if (method.equals("HEAD")) {
      exchange.sendResponseHeaders(200, -1);
    } else {
      exchange.sendResponseHeaders(200, bytes.length);
      exchange.getResponseBody().write(bytes);
    }
    exchange.close();
  }

  /** Takes each unit of a bulk body, or refuses the first when {@link #refuse} is set. */
  private String bulk(String body, String index) throws IOException {
    List<String> items = new ArrayList<>();
    String[] lines = body.split("\n");
    boolean errors = false;
    for (int i = 0; i + 1 < lines.length; i += 2) {
      JsonNode op = JSON.readTree(lines[i]).path("index");
      String id = op.path("_id").asText();
      if (refuse && i == 0) {
        errors = true;
        items.add(
            "{\"index\":{\"_index\":\""
                + index
                + "\",\"_id\":\""
                + id
                + "\",\"status\":429,\"error\":{\"type\":\"es_rejected_execution_exception\","
                + "\"reason\":\"queue full\"}}}");
        continue;
      }
      boolean created = taken.add(id);
      items.add(
          "{\"index\":{\"_index\":\""
              + index
              + "\",\"_id\":\""
              + id
              + "\",\"status\":"
              + (created ? 201 : 200)
              + ",\"result\":\""
              + (created ? "created" : "updated")
              + "\"}}");
    }
    return "{\"took\":1,\"errors\":" + errors + ",\"items\":[" + String.join(",", items) + "]}";
  }
}
