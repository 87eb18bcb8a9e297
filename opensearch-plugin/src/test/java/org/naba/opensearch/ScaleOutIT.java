package org.naba.opensearch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.naba.database.PostgresServer;
import org.naba.tools.fakebot.Call;
import org.naba.tools.fakebot.FakeBotApi;
import org.naba.tools.fakebot.FakeUpdates;
import org.naba.tools.replicas.WebhookReplicas;
import org.opensearch.common.network.NetworkAddress;
import org.opensearch.core.common.transport.TransportAddress;
import org.opensearch.http.HttpServerTransport;
import org.opensearch.plugins.Plugin;
import org.opensearch.test.OpenSearchIntegTestCase;
import org.opensearch.test.OpenSearchIntegTestCase.ClusterScope;
import org.opensearch.test.OpenSearchIntegTestCase.Scope;
import org.opensearch.transport.Netty4ModulePlugin;

/**
 * The whole scaled-out setup on loopback: a throwaway PostgreSQL (the store, the bot's shared inbox
 * and send table, the digests' ledger), a two-node OpenSearch cluster in this JVM with the plugin
 * (the search backend), the fake Bot API in this JVM, and two {@code naba serve} replicas, each a
 * separate process of {@code naba.jar} with its own data folder, taking webhooks. Seed questions
 * are posted to both webhooks at once (every third twice to one), the groups concurrently; the
 * elected sender is killed with SIGKILL halfway. Every update is answered once from the cluster, in
 * its chat's order, within Telegram's flood limits, and every due digest is sent at most once. The
 * replicas' machinery and the flood-limit assertions are the main build's ({@link
 * WebhookReplicas}), shared with its {@code ReplicasIT}.
 */
@ClusterScope(
    scope = Scope.SUITE,
    numDataNodes = 2,
    numClientNodes = 0,
    supportsDedicatedMasters = false)
public class ScaleOutIT extends OpenSearchIntegTestCase {

  private static final String TOKEN = "123456789:AAH-scaleout-token-for-tests";
  private static final String SECRET = "scaleout_Secret-1";
  private static final String INDEX = "naba-e2e";
  private static final Duration WAIT = Duration.ofSeconds(120);
  private static final int GROUPS = 8;
  private static final int PER_GROUP = 6;
  private static final int DIGESTS = 40;
  private static final long FIRST_GROUP = -100_000_000_100L;
  private static final long FIRST_DIGEST_CHAT = 900_001L;

  /** The seed statement that answers {@link NabaClusterIT#QUESTION}. */
  private static final String STATEMENT = "جهاز مُكافحة الإرهاب هو جهاز";

  private WebhookReplicas replicas;
  private final AtomicLong updateIds = new AtomicLong(10_000);
  private Path dir;
  private FakeBotApi api;
  private long killedAt;

  @Override
  protected Collection<Class<? extends Plugin>> nodePlugins() {
    return List.of(NabaAnalysisPlugin.class, Netty4ModulePlugin.class);
  }

  @Override
  protected boolean addMockHttpTransport() {
    return false; // Naba speaks to the cluster over real HTTP
  }

  public void testTwoReplicasOnPostgresAndOpenSearchAnswerOnceInOrderAndSurviveTheSendersDeath()
      throws Exception {
    Optional<PostgresServer> server = PostgresServer.shared();
    assumeTrue("skipped: " + PostgresServer.whyUnavailable(), server.isPresent());
    dir = createTempDir();
    String url = server.get().newDatabase();
    api = FakeBotApi.start(TOKEN);
    ExecutorService posters = Executors.newFixedThreadPool(GROUPS);
    try {
      run(url, posters);
    } finally {
      if (replicas != null) {
        replicas.close();
        for (int i = 0; i < replicas.size(); i++) {
          replicas.process(i).waitFor(10, TimeUnit.SECONDS);
        }
      }
      posters.shutdownNow();
      posters.awaitTermination(10, TimeUnit.SECONDS);
      api.close();
    }
  }

  private void run(String url, ExecutorService posters) throws Exception {
    subscribeDigestChats(url);

    // the first replica ingests the seeds into PostgreSQL and indexes them into the cluster
    // before it listens; the second finds them there
    replicas =
        new WebhookReplicas(
            dir,
            List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-Xmx384m",
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-jar",
                NabaProcess.JAR.toAbsolutePath().toString()),
            NabaProcess.HOME,
            env(url),
            TOKEN,
            SECRET,
            api.url(),
            WAIT);
    replicas.start();
    replicas.start();
    int leader = replicas.awaitLeader();
    refresh(INDEX);
    long units = client().prepareSearch(INDEX).setSize(0).get().getHits().getTotalHits().value();
    assertTrue("the seeds' units are in the cluster: " + units, units > 0);
    long searchesBefore = searches();

    // each group's questions in order, each posted to both replicas at once (and every third one
    // a second time to the same replica); the groups in parallel; the sender killed halfway
    Map<Long, List<Integer>> posted = new TreeMap<>();
    List<CompletableFuture<Void>> groups = new ArrayList<>();
    CompletableFuture<Void> halfway = new CompletableFuture<>();
    AtomicLong postedCount = new AtomicLong();
    String question = "@" + FakeBotApi.BOT_USERNAME + " " + NabaClusterIT.QUESTION.replace("؟", "");
    for (int g = 0; g < GROUPS; g++) {
      long chat = FIRST_GROUP - g;
      int groupIndex = g;
      List<Integer> messages = new ArrayList<>();
      posted.put(chat, messages);
      groups.add(
          CompletableFuture.runAsync(
              () -> {
                for (int m = 1; m <= PER_GROUP; m++) {
                  messages.add(m);
                  // each question its own text (more question marks), so that no replica's
                  // answer cache answers it: every answer is searched in the cluster
                  String text = question + "؟".repeat(groupIndex * PER_GROUP + m);
                  String body =
                      FakeUpdates.groupText(chat, 5000 + m, m, text, null)
                          .put("update_id", updateIds.incrementAndGet())
                          .toString();
                  replicas.postToLiving(body, m % 3 == 0);
                  if (postedCount.incrementAndGet() == GROUPS * PER_GROUP / 2) {
                    halfway.complete(null);
                  }
                }
              },
              posters));
    }
    halfway.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    // kill the sender while it sends the digests and answers
    api.awaitCalls("sendMessage", 5, WAIT);
    killedAt = System.nanoTime();
    replicas.process(leader).destroyForcibly().waitFor();
    CompletableFuture.allOf(groups.toArray(CompletableFuture[]::new))
        .get(WAIT.toSeconds(), TimeUnit.SECONDS);

    // every update answered once (a message the dead sender was writing is recorded as
    // uncertain and may be missing, never doubled), in each group's order
    int uncertain = replicas.awaitSettled(url);
    Map<Long, List<Integer>> answered = new TreeMap<>();
    List<String> answerTexts = new ArrayList<>();
    for (Call c : api.calls("sendMessage")) {
      if (c.chatId() <= FIRST_GROUP && c.params().has("reply_parameters")) {
        answered
            .computeIfAbsent(c.chatId(), k -> new ArrayList<>())
            .add(c.params().path("reply_parameters").path("message_id").asInt());
        answerTexts.add(c.text());
      }
    }
    int missing = 0;
    int answers = 0;
    for (var e : posted.entrySet()) {
      List<Integer> got = answered.getOrDefault(e.getKey(), List.of());
      assertEquals(
          "group " + e.getKey() + " answered twice", got.stream().distinct().toList(), got);
      assertEquals("group " + e.getKey() + " out of order", got.stream().sorted().toList(), got);
      missing += e.getValue().size() - got.size();
      answers += got.size();
    }
    assertTrue(missing + " answers missing, " + uncertain + " uncertain", missing <= uncertain);

    // the answers are the seed statement, searched in the cluster by whichever replica handled
    // the question (each question its own text, so no answer cache hides a search; about three
    // query phases an answer were counted), and no replica holds an embedded index
    assertTrue(
        "every answer quotes the seed statement: " + answerTexts,
        answerTexts.stream().allMatch(t -> t.contains(STATEMENT)));
    long searched = searches() - searchesBefore;
    assertTrue(
        searched + " searches in the cluster for " + answers + " answers", searched >= answers);
    for (int i = 0; i < replicas.size(); i++) {
      Path embedded = dir.resolve("replica-" + i).resolve("index");
      assertFalse("replica " + i + " has an embedded index: " + embedded, Files.exists(embedded));
    }

    // every digest settled and sent at most once; sent in the ledger means delivered once
    Map<Long, Integer> digests = new HashMap<>();
    for (Call c : api.calls("sendMessage")) {
      if (c.chatId() >= FIRST_DIGEST_CHAT && c.chatId() < FIRST_DIGEST_CHAT + DIGESTS) {
        digests.merge(c.chatId(), 1, Integer::sum);
      }
    }
    int sentDigests = 0;
    try (Connection c = DriverManager.getConnection(url);
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT state FROM digest_deliveries WHERE chat_id = ? AND local_date = ?")) {
      for (long chat = FIRST_DIGEST_CHAT; chat < FIRST_DIGEST_CHAT + DIGESTS; chat++) {
        ps.setLong(1, chat);
        ps.setString(2, LocalDate.now(ZoneOffset.UTC).toString());
        String state;
        try (ResultSet rs = ps.executeQuery()) {
          assertTrue("no digest claimed for " + chat, rs.next());
          state = rs.getString(1);
        }
        int count = digests.getOrDefault(chat, 0);
        assertTrue(
            "digest of " + chat + " not settled: " + state,
            state.equals("SENT") || state.equals("UNCERTAIN"));
        assertTrue("chat " + chat + " got " + count + " digests", count <= 1);
        if (state.equals("SENT")) {
          assertEquals("chat " + chat + " marked sent", 1, count);
          sentDigests++;
        }
      }
    }
    WebhookReplicas.assertFloodLimitsKept(api.calls("sendMessage"), killedAt, "ScaleOutIT");
    System.out.println(
        "ScaleOutIT: "
            + answers
            + " answers ("
            + missing
            + " missing, "
            + uncertain
            + " uncertain), "
            + searched
            + " searches in the cluster, "
            + sentDigests
            + " digests sent");
  }

  /** The query phases the cluster ran on the index's shards so far. */
  private long searches() {
    return client()
        .admin()
        .indices()
        .prepareStats(INDEX)
        .setSearch(true)
        .get()
        .getTotal()
        .getSearch()
        .getTotal()
        .getQueryCount();
  }

  /**
   * Creates the digest tables (a {@code naba digest preview} of a chat without a subscription) and
   * subscribes the digest chats, due at once: midnight UTC, since yesterday.
   */
  private void subscribeDigestChats(String url) throws Exception {
    try {
      new NabaProcess(dir).run("tables", env(url), "digest", "preview", "--chat", "1");
      fail("chat 1 has a subscription");
    } catch (AssertionError expected) {
      assertTrue(expected.getMessage(), expected.getMessage().contains("no digest subscription"));
    }
    String since = Instant.now().minus(Duration.ofDays(1)).toString();
    try (Connection c = DriverManager.getConnection(url);
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO subscriptions(chat_id, time, zone, query, active, since)"
                    + " VALUES (?, '00:00', 'Z', '', 1, ?)")) {
      for (long chat = FIRST_DIGEST_CHAT; chat < FIRST_DIGEST_CHAT + DIGESTS; chat++) {
        ps.setLong(1, chat);
        ps.setString(2, since);
        ps.executeUpdate();
      }
    }
  }

  /** The settings every replica shares: PostgreSQL, the cluster, webhooks. */
  private Map<String, String> env(String url) {
    Map<String, String> env = new HashMap<>();
    env.put("NABA_STORE_URL", url);
    env.put("NABA_SEARCH_BACKEND", "opensearch");
    env.put("NABA_SEARCH_URL", "http://" + httpAddress());
    env.put("NABA_SEARCH_INDEX", INDEX);
    env.put("NABA_FEEDS_POLL", "false");
    env.put("NABA_DIGEST_EMPTY_NOTE", "لا جديد اليوم");
    return env;
  }

  /** The HTTP address of one of the nodes. */
  private static String httpAddress() {
    HttpServerTransport http = internalCluster().getInstance(HttpServerTransport.class);
    TransportAddress address = http.boundAddress().publishAddress();
    return NetworkAddress.format(address.address());
  }
}
