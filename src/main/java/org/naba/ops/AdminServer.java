package org.naba.ops;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * The operator's HTTP endpoint ({@code http.admin.listen}), on the JDK's HTTP server:
 *
 * <ul>
 *   <li>{@code GET /healthz}: 200 while the process runs.
 *   <li>{@code GET /readyz}: 200 when every {@link Check} is ok, else 503; one line per check.
 *   <li>{@code GET /metrics}: the meters in Prometheus' text format.
 * </ul>
 *
 * Anything else is 404; a method other than GET or HEAD is 405. Nothing it serves holds a secret.
 */
public final class AdminServer implements AutoCloseable {

  private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

  private final HttpServer server;
  private final ExecutorService threads;
  private final PrometheusMeterRegistry registry;
  private final Supplier<List<Check>> checks;

  private AdminServer(
      HttpServer server,
      ExecutorService threads,
      PrometheusMeterRegistry registry,
      Supplier<List<Check>> checks) {
    this.server = server;
    this.threads = threads;
    this.registry = registry;
    this.checks = checks;
  }

  /**
   * Serves on {@code listen}.
   *
   * @throws UncheckedIOException when the address cannot be listened on
   */
  public static AdminServer start(
      InetSocketAddress listen, PrometheusMeterRegistry registry, Supplier<List<Check>> checks) {
    HttpServer server;
    try {
      server = HttpServer.create(listen, 16);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot listen on " + listen.getHostString() + ":" + listen.getPort(), e);
    }
    ExecutorService threads =
        Executors.newFixedThreadPool(
            2, Thread.ofPlatform().name("naba-admin-", 0).daemon().factory());
    server.setExecutor(threads);
    AdminServer admin = new AdminServer(server, threads, registry, checks);
    server.createContext("/", admin::exchange);
    server.start();
    return admin;
  }

  /** The address it serves on (its real port when port 0 was asked for). */
  public InetSocketAddress address() {
    return server.getAddress();
  }

  private void exchange(HttpExchange ex) throws IOException {
    try (ex) {
      String method = ex.getRequestMethod();
      if (!method.equals("GET") && !method.equals("HEAD")) {
        ex.getResponseHeaders().set("Allow", "GET, HEAD");
        respond(ex, 405, "text/plain; charset=utf-8", "method not allowed\n");
        return;
      }
      switch (ex.getRequestURI().getPath()) {
        case "/healthz" -> respond(ex, 200, "text/plain; charset=utf-8", "ok\n");
        case "/readyz" -> ready(ex);
        case "/metrics" -> respond(ex, 200, PROMETHEUS_TEXT, registry.scrape());
        default -> respond(ex, 404, "text/plain; charset=utf-8", "not found\n");
      }
    }
  }

  private void ready(HttpExchange ex) throws IOException {
    StringBuilder body = new StringBuilder();
    boolean ok = true;
    for (Check c : checks.get()) {
      ok &= c.ok();
      body.append(c.ok() ? "ok   " : "FAIL ")
          .append(c.name())
          .append(": ")
          .append(c.detail())
          .append('\n');
    }
    respond(ex, ok ? 200 : 503, "text/plain; charset=utf-8", body.toString());
  }

  private static void respond(HttpExchange ex, int status, String type, String text)
      throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", type);
    boolean head = ex.getRequestMethod().equals("HEAD");
    ex.sendResponseHeaders(status, head ? -1 : bytes.length);
    if (!head) {
      ex.getResponseBody().write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
