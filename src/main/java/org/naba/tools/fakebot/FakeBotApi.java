package org.naba.tools.fakebot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A Telegram Bot API server on loopback for tests and benchmarks: long-polling getUpdates over
 * updates pushed into it, and the methods the bot calls, each answered by one small {@link Route}.
 * It records every call it receives with what it did ({@link #attempts}) and which calls it carried
 * out ({@link #calls}: what a user would see), and can answer a method's next call with a {@link
 * Fault}: a refusal (429 with retry_after, 403, 400, 500), a slow answer, or a call carried out and
 * then answered late or not at all. It keeps the webhook the bot set; getUpdates is refused while
 * one is set, as Telegram does.
 *
 * <p>Long because it fakes every Bot API method the bot calls, with the faults the tests inject, in
 * one loopback server that records what it was sent.
 */
public final class FakeBotApi implements AutoCloseable {

  public static final long BOT_ID = 777_000_001L;
  public static final String BOT_USERNAME = "naba_test_bot";

  private static final Duration LONGEST_POLL = Duration.ofSeconds(2);

  private final ObjectMapper json = new ObjectMapper();
  private final HttpServer server;
  private final ExecutorService threads;
  private final String token;
  private final Map<String, Route> routes = new HashMap<>();
  private final TreeMap<Long, ObjectNode> pending = new TreeMap<>();
  private final Map<Long, ObjectNode> everPushed = new TreeMap<>();
  private final Map<Long, Long> pushedAt = new ConcurrentHashMap<>();
  private final Map<String, ArrayDeque<Fault>> faults = new HashMap<>();
  private final List<Call> calls = new ArrayList<>();
  private final Map<String, byte[]> files = new ConcurrentHashMap<>();
  private final Map<String, String> members = new ConcurrentHashMap<>();
  private final AtomicInteger messageIds = new AtomicInteger(1000);
  private long nextUpdateId;
  private String webhookUrl;
  private String webhookSecret;
  private volatile boolean closeConnections;
  private boolean closed;

  private FakeBotApi(String token, long firstUpdateId, int port) throws IOException {
    this.token = token;
    this.nextUpdateId = firstUpdateId;
    routes.put("getMe", new GetMe());
    routes.put("deleteWebhook", new DeleteWebhook());
    routes.put("getUpdates", new GetUpdates());
    routes.put("sendMessage", new SendMessage());
    routes.put("editMessageText", new EditMessageText());
    routes.put("answerCallbackQuery", new TrueRoute());
    routes.put("answerInlineQuery", new TrueRoute());
    routes.put("setMyCommands", new TrueRoute());
    routes.put("setWebhook", new SetWebhook());
    routes.put("getFile", new GetFile());
    routes.put("getChatMember", new GetChatMember());
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 128);
    threads =
        Executors.newFixedThreadPool(
            32,
            r -> {
              Thread t = new Thread(r, "fake-bot-api");
              t.setDaemon(true);
              return t;
            });
    server.setExecutor(threads);
    server.createContext("/", this::exchange);
    server.start();
  }

  /** Starts a server on 127.0.0.1 with a free port that accepts only {@code token}. */
  public static FakeBotApi start(String token) {
    return start(token, 1);
  }

  /**
   * Starts a server whose update ids begin at {@code firstUpdateId} (a bot's ledger remembers the
   * ids it handled, so a second run against the same data folder needs new ids).
   */
  public static FakeBotApi start(String token, long firstUpdateId) {
    return start(token, firstUpdateId, 0);
  }

  /**
   * Starts a server on {@code port} of 127.0.0.1 (0: a free one), so that a test can stop one and
   * start another where the bot already points.
   */
  public static FakeBotApi start(String token, long firstUpdateId, int port) {
    try {
      return new FakeBotApi(token, firstUpdateId, port);
    } catch (IOException e) {
      throw new IllegalStateException("cannot start the fake Bot API: " + e.getMessage(), e);
    }
  }

  /**
   * Closes each connection after its answer from now on, so that a client keeps none open: once the
   * server stops, its next request fails to connect rather than meeting a closed connection.
   */
  public void closeConnectionsAfterEachCall() {
    closeConnections = true;
  }

  /** The port it listens on. */
  public int port() {
    return server.getAddress().getPort();
  }

  /** The webhook URL the bot set, or {@code null} when none is set. */
  public synchronized String webhookUrl() {
    return webhookUrl;
  }

  /** The secret token the bot set with its webhook, or {@code null}. */
  public synchronized String webhookSecret() {
    return webhookSecret;
  }

  synchronized void setWebhook(String url, String secret) {
    webhookUrl = url;
    webhookSecret = secret;
  }

  /** The base URL to give the bot ({@code --api-url}). */
  public URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  ObjectMapper json() {
    return json;
  }

  long botId() {
    return BOT_ID;
  }

  String botUsername() {
    return BOT_USERNAME;
  }

  // --- what tests and benchmarks do ---

  /** Queues an update (without update_id; one is given) and returns its id. */
  public synchronized long push(ObjectNode update) {
    long id = nextUpdateId++;
    update.put("update_id", id);
    pending.put(id, update);
    everPushed.put(id, update);
    pushedAt.put(id, System.nanoTime());
    notifyAll();
    return id;
  }

  /** Delivers every update ever pushed again, as Telegram does when offsets were not confirmed. */
  public synchronized void redeliverAll() {
    pending.putAll(everPushed);
    notifyAll();
  }

  /** When update {@code id} was pushed ({@link System#nanoTime()}). */
  public long pushedAtNanos(long id) {
    return pushedAt.get(id);
  }

  /** Sets what getChatMember answers for {@code userId} in {@code chatId} (default "member"). */
  public void setMemberStatus(long chatId, long userId, String status) {
    members.put(chatId + ":" + userId, status);
  }

  String memberStatus(long chatId, long userId) {
    return members.getOrDefault(chatId + ":" + userId, "member");
  }

  /** The next call of {@code method} gets {@code fault}. Several faults apply in order. */
  public synchronized void failNext(String method, Fault fault) {
    faults.computeIfAbsent(method, m -> new ArrayDeque<>()).addLast(fault);
  }

  /** Makes a document downloadable under {@code fileId}. */
  public void addFile(String fileId, byte[] bytes) {
    files.put(fileId, bytes.clone());
  }

  byte[] file(String fileId) {
    return files.get(fileId);
  }

  /**
   * The calls of {@code method} the server carried out so far (the messages a user got), in arrival
   * order, whatever it answered.
   */
  public synchronized List<Call> calls(String method) {
    return calls.stream().filter(c -> c.method().equals(method) && c.carriedOut()).toList();
  }

  /** Every call of {@code method} the server received so far, refused or not, in arrival order. */
  public synchronized List<Call> attempts(String method) {
    return calls.stream().filter(c -> c.method().equals(method)).toList();
  }

  /** Every call of any method but getUpdates the server received so far. */
  public synchronized List<Call> attempts() {
    return List.copyOf(calls);
  }

  /**
   * Waits (at most {@code timeout}) until {@code n} calls of {@code method} were carried out;
   * returns them.
   */
  public List<Call> awaitCalls(String method, int n, Duration timeout) throws InterruptedException {
    return await(method, n, timeout, true);
  }

  /**
   * Waits (at most {@code timeout}) until {@code method} was called {@code n} times, refused or
   * not; returns the calls.
   */
  public List<Call> awaitAttempts(String method, int n, Duration timeout)
      throws InterruptedException {
    return await(method, n, timeout, false);
  }

  private synchronized List<Call> await(String method, int n, Duration timeout, boolean carriedOut)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      List<Call> seen = carriedOut ? calls(method) : attempts(method);
      if (seen.size() >= n) {
        return seen;
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError(
            "expected "
                + n
                + (carriedOut ? " calls" : " attempts")
                + " of "
                + method
                + " within "
                + timeout
                + ", got "
                + seen.size()
                + ": "
                + seen);
      }
      TimeUnit.NANOSECONDS.timedWait(this, left);
    }
  }

  // --- what routes use ---

  synchronized JsonNode updates(long offset, int limit, int timeoutSeconds)
      throws InterruptedException {
    pending.headMap(offset).clear();
    long wait = Math.min(TimeUnit.SECONDS.toNanos(timeoutSeconds), LONGEST_POLL.toNanos());
    long deadline = System.nanoTime() + wait;
    while (pending.isEmpty() && !closed) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        break;
      }
      TimeUnit.NANOSECONDS.timedWait(this, left);
    }
    ArrayNode out = json.createArrayNode();
    Iterator<ObjectNode> it = pending.values().iterator();
    while (it.hasNext() && out.size() < limit) {
      out.add(it.next());
    }
    return out;
  }

  ObjectNode chat(long chatId) {
    return json.createObjectNode()
        .put("id", chatId)
        .put("type", chatId > 0 ? "private" : "supergroup");
  }

  ObjectNode message(long chatId, String text) {
    ObjectNode m =
        json.createObjectNode()
            .put("message_id", messageIds.incrementAndGet())
            .put("date", 1_700_000_000)
            .put("text", text);
    m.set("chat", chat(chatId));
    m.set(
        "from",
        json.createObjectNode()
            .put("id", BOT_ID)
            .put("is_bot", true)
            .put("first_name", "Naba")
            .put("username", BOT_USERNAME));
    return m;
  }

  private synchronized Fault nextFault(String method) {
    ArrayDeque<Fault> planned = faults.get(method);
    return planned == null ? null : planned.pollFirst();
  }

  private synchronized void record(String method, JsonNode params, int status, boolean done) {
    if (!"getUpdates".equals(method)) {
      calls.add(new Call(method, params, System.nanoTime(), status, done));
    }
    notifyAll();
  }

  private void exchange(HttpExchange ex) throws IOException {
    try (ex) {
      String path = ex.getRequestURI().getPath();
      String botPrefix = "/bot" + token + "/";
      String filePrefix = "/file/bot" + token + "/documents/";
      if (path.startsWith(filePrefix)) {
        byte[] bytes = files.get(path.substring(filePrefix.length()));
        if (bytes == null) {
          ex.sendResponseHeaders(404, -1);
        } else {
          ex.sendResponseHeaders(200, bytes.length);
          ex.getResponseBody().write(bytes);
        }
        return;
      }
      if (!path.startsWith(botPrefix)) {
        respond(ex, 401, error(401, "Unauthorized", null));
        return;
      }
      String asked = path.substring(botPrefix.length());
      // Telegram's method names are case-insensitive; record them under their documented spelling
      String method =
          routes.keySet().stream().filter(asked::equalsIgnoreCase).findFirst().orElse(asked);
      Route route = routes.get(method);
      if (route == null) {
        respond(ex, 404, error(404, "Not Found: method " + method + " not found", null));
        return;
      }
      JsonNode params = params(ex);
      Fault fault = nextFault(method);
      if (fault != null && !fault.accept()) {
        if (!fault.delay().isZero()) {
          Thread.sleep(fault.delay().toMillis());
        }
        if (fault.status() != 0) {
          record(method, params, fault.status(), false);
          respond(
              ex, fault.status(), error(fault.status(), fault.description(), fault.retryAfter()));
          return;
        }
      }
      JsonNode result;
      try {
        result = route.handle(params, this);
      } catch (ApiError e) {
        record(method, params, e.code, false);
        respond(ex, e.code, error(e.code, e.getMessage(), e.retryAfter));
        return;
      }
      if (fault != null && fault.drop()) {
        record(method, params, Call.DROPPED, true);
        return; // closing the exchange unanswered closes the connection
      }
      record(method, params, 200, true);
      if (fault != null && fault.accept() && !fault.delay().isZero()) {
        Thread.sleep(fault.delay().toMillis());
      }
      ObjectNode ok = json.createObjectNode().put("ok", true);
      ok.set("result", result);
      respond(ex, 200, ok);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private JsonNode params(HttpExchange ex) throws IOException {
    byte[] body;
    try (InputStream in = ex.getRequestBody()) {
      body = in.readAllBytes();
    }
    String type = ex.getRequestHeaders().getFirst("Content-Type");
    ObjectNode params = json.createObjectNode();
    if (body.length > 0 && type != null && type.contains("json")) {
      JsonNode parsed = json.readTree(body);
      return parsed.isObject() ? parsed : params;
    }
    String form = new String(body, StandardCharsets.UTF_8);
    String query = ex.getRequestURI().getRawQuery();
    for (String source : new String[] {form, query == null ? "" : query}) {
      for (String pair : source.split("&")) {
        int eq = pair.indexOf('=');
        if (eq > 0) {
          params.put(
              URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
              URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
      }
    }
    return params;
  }

  private ObjectNode error(int code, String description, Integer retryAfter) {
    ObjectNode e =
        json.createObjectNode()
            .put("ok", false)
            .put("error_code", code)
            .put("description", description);
    if (retryAfter != null) {
      e.set("parameters", json.createObjectNode().put("retry_after", retryAfter));
    }
    return e;
  }

  private void respond(HttpExchange ex, int status, JsonNode body) throws IOException {
    byte[] bytes = json.writeValueAsBytes(body);
    ex.getResponseHeaders().set("Content-Type", "application/json");
    if (closeConnections) {
      ex.getResponseHeaders().set("Connection", "close");
    }
    ex.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    synchronized (this) {
      closed = true;
      notifyAll();
    }
    server.stop(0);
    threads.shutdownNow();
  }
}
