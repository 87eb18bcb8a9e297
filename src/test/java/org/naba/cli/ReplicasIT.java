package org.naba.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naba.database.PostgresDatabase;
import org.naba.database.PostgresServer;
import org.naba.digest.Subscriptions;
import org.naba.tools.fakebot.Call;
import org.naba.tools.fakebot.FakeBotApi;
import org.naba.tools.fakebot.FakeUpdates;
import org.naba.tools.replicas.WebhookReplicas;

/**
 * Two {@code naba serve} replicas, each its own JVM and data folder, on one throwaway PostgreSQL
 * database, taking webhooks on loopback, against the fake Bot API: every update is posted to both
 * (and some twice), the elected sender is killed with SIGKILL mid-run, and still every update is
 * answered once, in its chat's order, within Telegram's flood limits, and every digest is sent
 * once. Skipped, saying why, where PostgreSQL cannot be started.
 */
class ReplicasIT {

  private static final String TOKEN = "123456789:AAH-replicas-token-for-tests";
  private static final String SECRET = "replicas_Secret-1";
  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final int GROUPS = 8;
  private static final int PER_GROUP = 6;
  private static final int DIGESTS = 40;
  private static final long FIRST_GROUP = -100_000_000_100L;
  private static final long FIRST_DIGEST_CHAT = 900_001L;

  @TempDir Path dir;

  private FakeBotApi api;
  private WebhookReplicas replicas;
  private final AtomicLong updateIds = new AtomicLong(10_000);
  private long killedAt;

  @AfterEach
  void stop() {
    if (replicas != null) {
      replicas.close();
    }
    if (api != null) {
      api.close();
    }
  }

  @Test
  void twoReplicasAnswerEachUpdateOnceInOrderWithinTheLimitsAndSurviveTheSendersDeath()
      throws Exception {
    Optional<PostgresServer> server = PostgresServer.shared();
    assumeTrue(server.isPresent(), "skipped: " + PostgresServer.whyUnavailable());
    String url = server.get().newDatabase();
    api = FakeBotApi.start(TOKEN);
    subscribeDigestChats(url);

    replicas =
        new WebhookReplicas(
            dir,
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "-Xmx256m",
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-Dnaba.home=" + Path.of("").toAbsolutePath(),
                "org.naba.cli.Main"),
            null,
            Map.of(
                "NABA_STORE_URL", url,
                "NABA_FEEDS_POLL", "false",
                "NABA_DIGEST_EMPTY_NOTE", "لا جديد اليوم"),
            TOKEN,
            SECRET,
            api.url(),
            WAIT);
    replicas.start();
    replicas.start();
    int leader = replicas.awaitLeader();

    // each group's updates in order, each posted to both replicas at once (and every third one a
    // second time to the same replica); the groups in parallel; the sender killed halfway
    ExecutorService posters = Executors.newFixedThreadPool(GROUPS);
    Map<Long, List<Integer>> posted = new TreeMap<>();
    List<CompletableFuture<Void>> groups = new ArrayList<>();
    CompletableFuture<Void> halfway = new CompletableFuture<>();
    AtomicLong postedCount = new AtomicLong();
    for (int g = 0; g < GROUPS; g++) {
      long chat = FIRST_GROUP - g;
      List<Integer> messages = new ArrayList<>();
      posted.put(chat, messages);
      groups.add(
          CompletableFuture.runAsync(
              () -> {
                for (int m = 1; m <= PER_GROUP; m++) {
                  messages.add(m);
                  String body =
                      FakeUpdates.groupText(
                              chat, 5000 + m, m, "/help@" + FakeBotApi.BOT_USERNAME, null)
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
    posters.shutdown();

    // every update answered once (a message the dead sender was writing is recorded as
    // uncertain and may be missing, never doubled), in each group's order
    int uncertain = replicas.awaitSettled(url);
    Map<Long, List<Integer>> answered = answers();
    int missing = 0;
    for (var e : posted.entrySet()) {
      List<Integer> got = answered.getOrDefault(e.getKey(), List.of());
      assertEquals(
          got.stream().distinct().toList(), got, "group " + e.getKey() + " answered twice");
      assertEquals(got.stream().sorted().toList(), got, "group " + e.getKey() + " out of order");
      missing += e.getValue().size() - got.size();
    }
    assertTrue(missing <= uncertain, missing + " answers missing, " + uncertain + " uncertain");

    // every digest sent once: sent in the ledger means delivered exactly once
    Map<Long, Integer> digests = new HashMap<>();
    for (Call c : api.calls("sendMessage")) {
      if (c.chatId() >= FIRST_DIGEST_CHAT && c.chatId() < FIRST_DIGEST_CHAT + DIGESTS) {
        digests.merge(c.chatId(), 1, Integer::sum);
      }
    }
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    try (Subscriptions subs = Subscriptions.open(PostgresDatabase.connect(url, null, null))) {
      for (long chat = FIRST_DIGEST_CHAT; chat < FIRST_DIGEST_CHAT + DIGESTS; chat++) {
        int count = digests.getOrDefault(chat, 0);
        Subscriptions.Claim claim = subs.delivery(chat, today).orElseThrow();
        assertTrue(claim.settled(), "digest of " + chat + " not settled: " + claim.state());
        assertTrue(count <= 1, "chat " + chat + " got " + count + " digests");
        if (claim.sent()) {
          assertEquals(1, count, "chat " + chat + " marked sent");
        }
      }
    }
    WebhookReplicas.assertFloodLimitsKept(api.calls("sendMessage"), killedAt, "ReplicasIT");
  }

  private void subscribeDigestChats(String url) throws Exception {
    try (Subscriptions subs = Subscriptions.open(PostgresDatabase.connect(url, null, null))) {
      Instant since = Instant.now().minus(Duration.ofDays(1));
      for (long chat = FIRST_DIGEST_CHAT; chat < FIRST_DIGEST_CHAT + DIGESTS; chat++) {
        subs.subscribe(chat, LocalTime.MIDNIGHT, ZoneOffset.UTC, "", since);
      }
    }
  }

  /** The message ids each group's answers quote, in the order they reached Telegram. */
  private Map<Long, List<Integer>> answers() {
    Map<Long, List<Integer>> out = new TreeMap<>();
    for (Call c : api.calls("sendMessage")) {
      if (c.chatId() <= FIRST_GROUP && c.params().has("reply_parameters")) {
        out.computeIfAbsent(c.chatId(), k -> new ArrayList<>())
            .add(c.params().path("reply_parameters").path("message_id").asInt());
      }
    }
    return out;
  }
}
