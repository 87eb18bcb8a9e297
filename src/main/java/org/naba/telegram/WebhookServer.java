package org.naba.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Takes the updates Telegram posts to the bot's webhook, on the JDK's HTTP server.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>Only {@code POST} to the webhook's path, with the header {@code
 *       X-Telegram-Bot-Api-Secret-Token} equal to the secret (compared in constant time), and a
 *       JSON update of at most {@link #MAX_BODY} bytes is taken; anything else is refused (404
 *       another path, 405 another method, 401 a missing or wrong secret, 413 too large, 400 not an
 *       update) and never reaches the bot. An update the bot could not take (the shared inbox's
 *       database unreachable) is answered 503, so that Telegram posts it again.
 *   <li>A taken update is handed on and answered 200 at once: answering it is the bot's work, not
 *       the request's, so Telegram never waits on a slow answer and never posts it again for that.
 * </ul>
 */
final class WebhookServer implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(WebhookServer.class);

  static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

  /** Longest update body taken; Telegram's updates are far smaller. */
  static final int MAX_BODY = 1 << 20;

  private final HttpServer server;
  private final ExecutorService threads;
  private final String path;
  private final byte[] secret;
  private final ObjectMapper json;
  private final Consumer<Update> updates;

  private WebhookServer(
      HttpServer server,
      ExecutorService threads,
      String path,
      String secret,
      ObjectMapper json,
      Consumer<Update> updates) {
    this.server = server;
    this.threads = threads;
    this.path = path;
    this.secret = secret.getBytes(StandardCharsets.UTF_8);
    this.json = json;
    this.updates = updates;
  }

  /**
   * Listens on {@code hook.listen()} for posts to {@code hook.path()}.
   *
   * @throws BotStartException when the address cannot be listened on
   */
  static WebhookServer start(Intake.Webhook hook, ObjectMapper json, Consumer<Update> updates) {
    HttpServer server;
    try {
      server = HttpServer.create(hook.listen(), 64);
    } catch (IOException e) {
      throw new BotStartException(
          "cannot listen for the webhook on "
              + hook.listen().getHostString()
              + ":"
              + hook.listen().getPort()
              + ": "
              + e.getMessage());
    }
    ExecutorService threads = Executors.newFixedThreadPool(4, new NamedThreads("naba-webhook"));
    server.setExecutor(threads);
    WebhookServer webhook =
        new WebhookServer(server, threads, hook.path(), hook.secret(), json, updates);
    server.createContext("/", webhook::exchange);
    server.start();
    return webhook;
  }

  /** The address it listens on (its port, when asked for port 0). */
  InetSocketAddress address() {
    return server.getAddress();
  }

  private void exchange(HttpExchange ex) throws IOException {
    try (ex) {
      if (!path.equals(ex.getRequestURI().getRawPath())) {
        refuse(ex, 404, "not found");
        return;
      }
      if (!"POST".equals(ex.getRequestMethod())) {
        ex.getResponseHeaders().set("Allow", "POST");
        refuse(ex, 405, "method not allowed");
        return;
      }
      String given = ex.getRequestHeaders().getFirst(SECRET_HEADER);
      if (given == null || !MessageDigest.isEqual(secret, given.getBytes(StandardCharsets.UTF_8))) {
        log.warn(
            "webhook post from {} refused: {} secret token",
            ex.getRemoteAddress().getAddress().getHostAddress(),
            given == null ? "no" : "a wrong");
        refuse(ex, 401, "unauthorized");
        return;
      }
      byte[] body;
      try (InputStream in = ex.getRequestBody()) {
        body = in.readNBytes(MAX_BODY + 1);
      }
      if (body.length > MAX_BODY) {
        refuse(ex, 413, "too large");
        return;
      }
      Update update;
      try {
        update = json.readValue(body, Update.class);
      } catch (IOException e) {
        refuse(ex, 400, "not an update");
        return;
      }
      if (update == null || update.getUpdateId() == null) {
        refuse(ex, 400, "not an update");
        return;
      }
      try {
        updates.accept(update);
      } catch (RuntimeException e) {
        // not stored: Telegram posts it again later
        log.error("update {} not taken: {}", update.getUpdateId(), e.getMessage());
        refuse(ex, 503, "try again");
        return;
      }
      ex.sendResponseHeaders(200, -1);
    }
  }

  private static void refuse(HttpExchange ex, int status, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
    ex.sendResponseHeaders(status, bytes.length);
    ex.getResponseBody().write(bytes);
  }

  @Override
  public void close() {
    server.stop(1);
    threads.shutdownNow();
  }
}
