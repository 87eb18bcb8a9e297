package org.naba.tools.feeds;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP server on loopback (127.0.0.1, or several loopback addresses) for the feeds' tests and
 * benchmark: one small route per path (exact path, query ignored); anything else is 404. Routes may
 * be replaced while it runs.
 */
public final class LoopbackServer implements AutoCloseable {

  /** Answers one request. */
  @FunctionalInterface
  public interface Route {
    void handle(HttpExchange exchange) throws IOException;
  }

  private final List<HttpServer> servers = new ArrayList<>();
  private final ExecutorService threads;
  private final Map<String, Route> routes = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

  /** A server on 127.0.0.1. */
  public LoopbackServer() {
    this(List.of(InetAddress.getLoopbackAddress()));
  }

  /**
   * One server on each of {@code addresses} (loopback ones: 127.0.0.2 is another host to a client),
   * all on the port the first one got, with the same routes.
   */
  public LoopbackServer(List<InetAddress> addresses) {
    threads =
        Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("loopback-http-", 1).factory());
    try {
      for (InetAddress address : addresses) {
        int port = servers.isEmpty() ? 0 : port();
        HttpServer server = HttpServer.create(new InetSocketAddress(address, port), 512);
        server.setExecutor(threads);
        server.createContext("/", this::answer);
        server.start();
        servers.add(server);
      }
    } catch (IOException e) {
      close();
      throw new UncheckedIOException("cannot start a loopback server: " + e.getMessage(), e);
    }
  }

  private void answer(HttpExchange exchange) {
    String path = exchange.getRequestURI().getPath();
    hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
    Route route = routes.get(path);
    try (exchange) {
      if (route == null) {
        send(exchange, 404, "text/plain", "not found".getBytes());
      } else {
        route.handle(exchange);
      }
    } catch (IOException e) {
      // the client went away
    }
  }

  public LoopbackServer route(String path, Route route) {
    routes.put(path, route);
    return this;
  }

  /** The URL of {@code path} on this server. */
  public URI url(String path) {
    return URI.create("http://127.0.0.1:" + port() + path);
  }

  public int port() {
    return servers.get(0).getAddress().getPort();
  }

  /** Requests for {@code path} so far. */
  public int hits(String path) {
    AtomicInteger n = hits.get(path);
    return n == null ? 0 : n.get();
  }

  /** Sends a whole response. */
  public static void send(HttpExchange exchange, int status, String contentType, byte[] body)
      throws IOException {
    if (contentType != null) {
      exchange.getResponseHeaders().set("Content-Type", contentType);
    }
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  @Override
  public void close() {
    servers.forEach(server -> server.stop(0));
    threads.shutdownNow();
  }
}
