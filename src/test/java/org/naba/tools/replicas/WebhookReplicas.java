package org.naba.tools.replicas;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.naba.tools.fakebot.Call;

/**
 * {@code naba serve} replicas, each its own process and data folder, taking webhooks on loopback
 * and sending to a fake Bot API: what {@code ReplicasIT} and the plugin project's {@code
 * ScaleOutIT} share. Framework-neutral (failures are {@link AssertionError}s), since the two run
 * under JUnit 5 and under OpenSearch's JUnit 4 runner.
 */
public final class WebhookReplicas implements AutoCloseable {

  /** The webhook path every replica listens on. */
  public static final String PATH = "/tg/hook";

  /**
   * The least gap between two messages to one chat where they arrive: the sender spaces them a
   * second apart where it sends them; on a loaded two-core machine arrival took up to 0.1 s off
   * that, and two senders, each with its own pacing, would put them anywhere from 0 to 1 s apart.
   */
  static final long SLACK_MILLIS = 700;

  private final Path dir;
  private final List<String> launch;
  private final Path workDir;
  private final Map<String, String> env;
  private final String secret;
  private final Duration wait;
  private final List<Process> replicas = new ArrayList<>();
  private final List<Integer> ports = new ArrayList<>();
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  /**
   * @param dir where each replica's data folder and log go
   * @param launch the command that runs Naba's CLI, before its arguments (a JVM, its options and
   *     the main class or jar)
   * @param workDir the replicas' working directory, or null for this process's
   * @param env the settings of the replicas' own (the store, the search backend …), beside the
   *     token, the webhook and the admin listener this class sets
   * @param wait how long to wait for a replica to listen, be elected or settle
   */
  public WebhookReplicas(
      Path dir,
      List<String> launch,
      Path workDir,
      Map<String, String> env,
      String token,
      String secret,
      URI apiUrl,
      Duration wait) {
    this.dir = dir;
    this.launch = new ArrayList<>(launch);
    this.launch.addAll(List.of("serve", "--api-url", apiUrl.toString()));
    this.workDir = workDir;
    this.env = new HashMap<>(env);
    this.env.put("TELEGRAM_BOT_TOKEN", token);
    this.env.put("TELEGRAM_WEBHOOK_SECRET", secret);
    this.env.put("NABA_TELEGRAM_MODE", "webhook");
    this.env.put("NABA_TELEGRAM_WEBHOOK_URL", "https://naba.example" + PATH);
    this.env.put("NABA_HTTP_ADMIN_LISTEN", "off");
    this.secret = secret;
    this.wait = wait;
  }

  /** Starts the next replica and waits until it listens; returns its index. */
  public int start() throws IOException, InterruptedException {
    int index = replicas.size();
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    ports.add(port);
    List<String> command = new ArrayList<>(launch);
    command.addAll(List.of("--data", dir.resolve("replica-" + index).toString()));
    ProcessBuilder pb = new ProcessBuilder(command);
    if (workDir != null) {
      pb.directory(workDir.toFile());
    }
    pb.environment().putAll(env);
    pb.environment().put("NABA_TELEGRAM_WEBHOOK_LISTEN", "127.0.0.1:" + port);
    pb.redirectErrorStream(true);
    pb.redirectOutput(log(index).toFile());
    replicas.add(pb.start());
    awaitListening(index);
    return index;
  }

  /** How many replicas were started. */
  public int size() {
    return replicas.size();
  }

  /** The process of replica {@code index}. */
  public Process process(int index) {
    return replicas.get(index);
  }

  /** What replica {@code index} has logged so far. */
  public String logText(int index) {
    try {
      return Files.readString(log(index));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  private Path log(int index) {
    return dir.resolve("replica-" + index + ".log");
  }

  private void awaitListening(int index) throws InterruptedException {
    long deadline = System.nanoTime() + wait.toNanos();
    while (true) {
      check(replicas.get(index).isAlive(), "replica " + index + " died: " + logText(index));
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress("127.0.0.1", ports.get(index)), 200);
        return;
      } catch (IOException notYet) {
        check(
            System.nanoTime() < deadline,
            "replica " + index + " never listened: " + logText(index));
        Thread.sleep(100);
      }
    }
  }

  /** The replica that logged its election as the sender. */
  public int awaitLeader() throws InterruptedException {
    long deadline = System.nanoTime() + wait.toNanos();
    while (System.nanoTime() < deadline) {
      for (int i = 0; i < replicas.size(); i++) {
        if (logText(i).contains("elected sender")) {
          return i;
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no replica was elected sender: " + logs());
  }

  /** Posts to every living replica at once (and once more to the first when {@code twice}). */
  public void postToLiving(String body, boolean twice) {
    List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
    for (int i = 0; i < replicas.size(); i++) {
      if (!replicas.get(i).isAlive()) {
        continue;
      }
      HttpRequest request =
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ports.get(i) + PATH))
              .header("X-Telegram-Bot-Api-Secret-Token", secret)
              .timeout(Duration.ofSeconds(10))
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build();
      sent.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
      if (twice) {
        sent.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
        twice = false;
      }
    }
    int taken = 0;
    for (CompletableFuture<HttpResponse<String>> f : sent) {
      try {
        taken += f.join().statusCode() == 200 ? 1 : 0;
      } catch (RuntimeException killed) {
        // the replica died meanwhile: Telegram would post again, to the one that lives
      }
    }
    check(taken > 0, "no replica took an update");
  }

  /**
   * Waits until the inbox of the database at {@code url} has nothing unhandled, its send table
   * nothing unsent and its digests nothing unsettled, then returns how many sends were recorded as
   * uncertain.
   */
  public int awaitSettled(String url) throws SQLException, InterruptedException {
    long deadline = System.nanoTime() + wait.toNanos();
    try (Connection c = DriverManager.getConnection(url);
        Statement st = c.createStatement()) {
      while (true) {
        long waiting =
            count(st, "SELECT COUNT(*) FROM inbox WHERE handled_at IS NULL")
                + count(st, "SELECT COUNT(*) FROM outgoing WHERE state <> 'sent'")
                + count(
                    st,
                    "SELECT COUNT(*) FROM digest_deliveries WHERE state NOT IN ('SENT',"
                        + " 'UNCERTAIN')");
        if (waiting == 0) {
          return (int) count(st, "SELECT COUNT(*) FROM uncertain_sends");
        }
        check(
            System.nanoTime() < deadline,
            waiting + " updates, sends or digests still waiting: " + logs());
        Thread.sleep(200);
      }
    }
  }

  private static long count(Statement st, String sql) throws SQLException {
    try (ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private String logs() {
    StringBuilder all = new StringBuilder();
    for (int i = 0; i < replicas.size(); i++) {
      all.append(logText(i));
    }
    return all.toString();
  }

  /**
   * Asserts Telegram's flood limits on {@code calls}, counted where they reached the fake Bot API:
   * one message a chat per second (with {@link #SLACK_MILLIS}), 20 a minute a chat, and at most 66
   * requests in any two seconds (30 a second with a tenth's slack: stalls of the fake server bunch
   * a second's requests up, so one second is too short a window; two senders would go well past
   * 60).
   *
   * @param killedAt when the first sender was killed ({@link System#nanoTime}), for the messages
   */
  public static void assertFloodLimitsKept(List<Call> calls, long killedAt, String label) {
    Map<Long, List<Long>> byChat = new HashMap<>();
    List<Long> all = new ArrayList<>();
    for (Call c : calls) {
      byChat.computeIfAbsent(c.chatId(), k -> new ArrayList<>()).add(c.atNanos());
      all.add(c.atNanos());
    }
    for (var e : byChat.entrySet()) {
      List<Long> t = e.getValue().stream().sorted().toList();
      for (int i = 1; i < t.size(); i++) {
        long gap = t.get(i) - t.get(i - 1);
        check(
            gap >= TimeUnit.MILLISECONDS.toNanos(SLACK_MILLIS),
            "chat "
                + e.getKey()
                + " got two messages "
                + gap / 1_000_000
                + " ms apart, the second "
                + (t.get(i) - killedAt) / 1_000_000
                + " ms after the kill");
      }
      for (int i = 20; i < t.size(); i++) {
        check(t.get(i) - t.get(i - 20) >= TimeUnit.SECONDS.toNanos(59), "group over 20/min");
      }
    }
    List<Long> sorted = all.stream().sorted().toList();
    int busiestSecond = 0;
    for (int i = 0, j = 0; j < sorted.size(); j++) {
      while (sorted.get(j) - sorted.get(i) >= TimeUnit.SECONDS.toNanos(1)) {
        i++;
      }
      busiestSecond = Math.max(busiestSecond, j - i + 1);
    }
    System.out.println(
        label
            + ": "
            + sorted.size()
            + " messages, at most "
            + busiestSecond
            + " within one second where received");
    for (int i = 66; i < sorted.size(); i++) {
      check(
          sorted.get(i) - sorted.get(i - 66) >= TimeUnit.SECONDS.toNanos(2),
          "67 requests within "
              + (sorted.get(i) - sorted.get(i - 66)) / 1_000_000
              + " ms, the last "
              + (sorted.get(i) - killedAt) / 1_000_000
              + " ms after the kill");
    }
  }

  private static void check(boolean condition, String message) {
    if (!condition) {
      throw new AssertionError(message);
    }
  }

  /** Kills every replica and closes the HTTP client (its threads would outlive a test). */
  @Override
  public void close() {
    replicas.forEach(Process::destroyForcibly);
    http.close();
  }
}
