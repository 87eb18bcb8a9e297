package org.naba.opensearch;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opensearch.common.xcontent.XContentHelper;
import org.opensearch.core.xcontent.MediaTypeRegistry;

/** A JSON Feed of one item on loopback, whose text a test can change (an edited article). */
final class FeedServer implements AutoCloseable {

  private final HttpServer server;
  private volatile String body = "{}";

  FeedServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          boolean feed = exchange.getRequestURI().getPath().equals("/feed.json");
          byte[] bytes = (feed ? body : "").getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/feed+json");
          exchange.sendResponseHeaders(feed ? 200 : 404, feed ? bytes.length : -1);
          if (feed) {
            exchange.getResponseBody().write(bytes);
          }
          exchange.close();
        });
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/feed.json";
  }

  void item(String link, String title, String text) throws IOException {
    Map<String, Object> item =
        Map.of(
            "id", link,
            "url", link,
            "title", title,
            "date_published", "2021-12-08T10:00:00Z",
            "content_text", text);
    Map<String, Object> feed =
        Map.of(
            "version",
            "https://jsonfeed.org/version/1.1",
            "title",
            "t",
            "items",
            java.util.List.of(item));
    body =
        XContentHelper.convertToJson(
            org.opensearch.core.common.bytes.BytesReference.bytes(
                org.opensearch.common.xcontent.XContentFactory.jsonBuilder().map(feed)),
            false,
            MediaTypeRegistry.JSON);
  }

  /** The stored id of the feed's article, read from {@code naba ask}'s answer to its title. */
  String articleId(NabaProcess naba, Map<String, String> env) throws Exception {
    String answer = naba.run("edit", env, "ask", "--json", "جسر كركوك محافظ");
    Matcher m =
        Pattern.compile("\"article\":\\{\"id\":\"([^\"]+)\"[^}]*\"outlet\":\"روداو\"")
            .matcher(answer);
    if (!m.find()) {
      throw new AssertionError("no answer from the feed's article: " + answer);
    }
    return m.group(1);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
