package org.naba.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naba.digest.Subscriptions.Subscription;
import org.naba.quotes.Quote;
import org.naba.store.Article;
import org.naba.store.ParsedArticle;
import org.naba.store.Store;
import org.naba.telegram.BotApi;
import org.naba.telegram.BotLedger;
import org.naba.telegram.FloodLimits;
import org.naba.telegram.SendQueue;
import org.naba.telegram.TelegramSending;
import org.naba.text.Span;
import org.naba.tools.fakebot.Call;
import org.naba.tools.fakebot.FakeBotApi;
import org.naba.tools.fakebot.Fault;

/**
 * Digests due at each chat's local time, sent over real HTTP to the fake Bot API server through the
 * send queue, with the delivery ledger in a temporary telegram.db.
 */
class DigestRunnerTest {

  private static final String TOKEN = "123:digest-token";
  private static final Duration WAIT = Duration.ofSeconds(10);

  /**
   * How long a written send waits for its answer here (a late answer is one after this): long
   * enough for getMe on a loaded machine, which shares it, and short for the faults.
   */
  private static final Duration SEND_TIMEOUT = Duration.ofSeconds(2);

  private static final ZoneId BAGHDAD = ZoneId.of("Asia/Baghdad"); // UTC+3
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris"); // UTC+1 in November
  private static final long BAGHDAD_CHAT = 101;
  private static final long PARIS_CHAT = 202;

  // seed 000 (روداو) and a clipped copy of the same statement from another outlet
  private static final String STATEMENT =
      "هناك تنسيق استخباري وتبادل للمعلومات مع اجهزة مكافحة الارهاب والاسايش في اقليم كوردستان";
  private static final String CLIPPED = "تنسيق استخباري وتبادل للمعلومات مع أجهزة مكافحة الإرهاب";
  private static final String OTHER =
      "تنامي التعاون والتنسيق مع اقليم كردستان أسهم بالقبض على عدد من القيادات الارهابية";

  @TempDir Path dir;

  private FakeBotApi api;
  private Store store;
  private BotLedger ledger;
  private Subscriptions subscriptions;
  private SendQueue queue;
  private BotApi botApi;
  private TelegramSending sending;
  private DigestRunner runner;
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T12:00:00Z"));

  private static final class MutableClock extends Clock {
    private volatile Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @BeforeEach
  void start() {
    api = FakeBotApi.start(TOKEN);
    store = Store.open(dir.resolve("naba.db"), clock);
    openBot();
  }

  private void openBot() {
    subscriptions = Subscriptions.open(dir.resolve("telegram.db"));
    botApi = BotApi.connect(TOKEN, api.url(), 1, SEND_TIMEOUT);
    FloodLimits limits =
        new FloodLimits(Duration.ZERO, 20, 1_000, Duration.ofMillis(1), Duration.ofMillis(5), 3);
    sending = TelegramSending.open(botApi, dir, limits, Clock.systemUTC());
    ledger = sending.ledger();
    queue = sending.queue();
    runner = new DigestRunner(subscriptions, store, sending, new DigestComposer(5), "");
  }

  private void closeBot() throws InterruptedException {
    settle();
    sending.close();
    botApi.close();
    subscriptions.close();
  }

  @AfterEach
  void stop() throws InterruptedException {
    closeBot();
    store.close();
    api.close();
  }

  /** Waits until the queue is idle and every confirmed send is recorded in the ledger. */
  private void settle() throws InterruptedException {
    assertTrue(queue.awaitIdle(WAIT));
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (runner.inFlight() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
  }

  private void article(String id, String outlet, String statement, String speaker) {
    String body = "وقال " + speaker + " إن \"" + statement + "\" في مؤتمر صحفي.";
    int start = body.indexOf(statement);
    Span paragraph = new Span(0, body.length());
    store.add(
        new ParsedArticle(
            new Article(
                id, "https://news.example/" + id, outlet, "عنوان " + id, "2026-11-22", body),
            List.of(paragraph),
            List.of(paragraph),
            List.of(
                new Quote(statement, start, start + statement.length(), speaker, null, "قال"))));
  }

  private List<Call> digestsTo(long chat) {
    return api.calls("sendMessage").stream().filter(c -> c.chatId() == chat).toList();
  }

  private void run(String instant) throws InterruptedException {
    clock.now = Instant.parse(instant);
    runner.runDue(clock.now);
    settle();
  }

  private void subscribeBoth(String query) {
    Instant at = clock.instant();
    subscriptions.subscribe(BAGHDAD_CHAT, LocalTime.of(8, 0), BAGHDAD, query, at);
    subscriptions.subscribe(PARIS_CHAT, LocalTime.of(8, 0), PARIS, query, at);
  }

  private void storeNews() {
    clock.now = Instant.parse("2026-11-22T20:00:00Z");
    article("a1", "روداو", STATEMENT, "تحسين الخفاجي");
    article("a2", "السومرية", CLIPPED, "تحسين الخفاجي");
    article("a3", "شفق نيوز", OTHER, "محمد علي");
  }

  @Test
  void theDueDateFollowsEachZonesLocalTime() {
    Subscription baghdad =
        new Subscription(1, LocalTime.of(8, 0), BAGHDAD, "", true, Instant.EPOCH);
    Subscription paris = new Subscription(2, LocalTime.of(8, 0), PARIS, "", true, Instant.EPOCH);
    Instant five = Instant.parse("2026-11-23T05:00:00Z"); // 08:00 Baghdad, 06:00 Paris
    assertEquals(LocalDate.of(2026, 11, 23), DigestRunner.dueDate(baghdad, five).orElseThrow());
    assertTrue(DigestRunner.dueDate(paris, five).isEmpty());
    Instant seven = Instant.parse("2026-11-23T07:00:00Z");
    assertEquals(LocalDate.of(2026, 11, 23), DigestRunner.dueDate(paris, seven).orElseThrow());
    // 21:30 UTC is past midnight in Baghdad (a new day, not yet due), still evening in Paris
    Instant late = Instant.parse("2026-11-23T21:30:00Z");
    assertTrue(DigestRunner.dueDate(baghdad, late).isEmpty());
    assertEquals(LocalDate.of(2026, 11, 23), DigestRunner.dueDate(paris, late).orElseThrow());
  }

  @Test
  void twoChatsInDifferentZonesEachGetTheirDigestAtTheirOwnLocalTime() throws Exception {
    subscribeBoth("");
    storeNews();
    run("2026-11-23T04:59:00Z");
    assertEquals(0, api.calls("sendMessage").size());
    run("2026-11-23T05:00:00Z"); // 08:00 in Baghdad, 06:00 in Paris
    assertEquals(1, digestsTo(BAGHDAD_CHAT).size());
    assertEquals(0, digestsTo(PARIS_CHAT).size());
    run("2026-11-23T07:00:00Z"); // 08:00 in Paris
    assertEquals(1, digestsTo(BAGHDAD_CHAT).size());
    assertEquals(1, digestsTo(PARIS_CHAT).size());
    String text = digestsTo(PARIS_CHAT).get(0).text();
    assertTrue(text.contains(STATEMENT), text);
    assertTrue(text.contains("روداو") && text.contains("السومرية"), text);
    // a button a speaker to ask the bot for more of that speaker's statements
    List<String> buttons = new java.util.ArrayList<>();
    digestsTo(PARIS_CHAT)
        .get(0)
        .params()
        .path("reply_markup")
        .path("inline_keyboard")
        .forEach(row -> row.forEach(b -> buttons.add(b.path("callback_data").asText())));
    assertEquals(List.of("w:تحسين الخفاجي", "w:محمد علي"), buttons);
    run("2026-11-23T09:00:00Z");
    assertEquals(2, api.calls("sendMessage").size());
  }

  @Test
  void aRunInterruptedAfterClaimingResumesAndEveryChatGetsExactlyOneDigest() throws Exception {
    subscribeBoth("");
    storeNews();
    clock.now = Instant.parse("2026-11-23T08:00:00Z");
    // the "crashed" run claimed both digests, then the process died before anything was sent
    for (Subscription s : subscriptions.active()) {
      subscriptions.claim(s, DigestRunner.dueDate(s, clock.now).orElseThrow(), clock.now);
    }
    closeBot();
    openBot();
    run("2026-11-23T08:01:00Z");
    run("2026-11-23T08:02:00Z");
    assertEquals(1, digestsTo(BAGHDAD_CHAT).size());
    assertEquals(1, digestsTo(PARIS_CHAT).size());
    closeBot();
    openBot();
    run("2026-11-23T09:00:00Z");
    assertEquals(2, api.calls("sendMessage").size());
    assertEquals(2, subscriptions.sentCount());
  }

  @Test
  void aDigestThatSurelyDidNotReachTelegramIsSentByTheNextRunOnce() throws Exception {
    subscriptions.subscribe(BAGHDAD_CHAT, LocalTime.of(8, 0), BAGHDAD, "", clock.instant());
    storeNews();
    closeBot(); // a server that keeps no connection open, so that a stopped one refuses connects
    api.close();
    api = FakeBotApi.start(TOKEN);
    api.closeConnectionsAfterEachCall();
    openBot();
    int port = api.port();
    api.close(); // nothing listens: every try fails to connect, until the queue gives up
    run("2026-11-23T05:00:00Z");
    assertEquals(
        Subscriptions.State.CLAIMED,
        subscriptions.delivery(BAGHDAD_CHAT, LocalDate.of(2026, 11, 23)).orElseThrow().state());
    api = FakeBotApi.start(TOKEN, 1, port);
    run("2026-11-23T05:01:00Z");
    run("2026-11-23T05:02:00Z");
    assertEquals(1, digestsTo(BAGHDAD_CHAT).size());
    assertEquals(1, api.attempts("sendMessage").size());
    assertEquals(1, subscriptions.sentCount());
  }

  /** The Bot API carries the digest out under {@code fault}; runs then go on for two days. */
  private void deliverUnder(Fault fault) throws InterruptedException {
    subscriptions.subscribe(BAGHDAD_CHAT, LocalTime.of(8, 0), BAGHDAD, "", clock.instant());
    storeNews();
    api.failNext("sendMessage", fault);
    run("2026-11-23T05:00:00Z");
    run("2026-11-23T05:01:00Z");
    closeBot(); // and a later process
    openBot();
    run("2026-11-23T06:00:00Z");
  }

  private void assertExactlyOneCopyRecordedUncertain() {
    assertEquals(1, api.attempts("sendMessage").size(), "tried once, never again");
    assertEquals(
        Subscriptions.State.UNCERTAIN,
        subscriptions.delivery(BAGHDAD_CHAT, LocalDate.of(2026, 11, 23)).orElseThrow().state());
    assertEquals(1, subscriptions.uncertainCount());
    assertEquals(0, subscriptions.sentCount());
  }

  @Test
  void aDigestTelegramTookButAnsweredTooLateArrivesOnceAndIsRecordedUncertain() throws Exception {
    deliverUnder(Fault.acceptThenAnswerLate(SEND_TIMEOUT.multipliedBy(2)));
    assertEquals(1, digestsTo(BAGHDAD_CHAT).size());
    assertExactlyOneCopyRecordedUncertain();
  }

  @Test
  void aDigestTelegramTookBeforeDroppingTheConnectionArrivesOnceAndIsRecordedUncertain()
      throws Exception {
    deliverUnder(Fault.acceptThenDrop());
    assertEquals(1, digestsTo(BAGHDAD_CHAT).size());
    assertExactlyOneCopyRecordedUncertain();
  }

  @Test
  void aServerErrorOnADigestMakesItUncertainAndItIsNotSentAgain() throws Exception {
    deliverUnder(Fault.serverError());
    assertExactlyOneCopyRecordedUncertain();
  }

  @Test
  void aDigestFoundBeingWrittenByAProcessThatDiedIsUncertainAndNotSentAgain() throws Exception {
    subscriptions.subscribe(BAGHDAD_CHAT, LocalTime.of(8, 0), BAGHDAD, "", clock.instant());
    storeNews();
    clock.now = Instant.parse("2026-11-23T05:00:00Z");
    Subscription s = subscriptions.of(BAGHDAD_CHAT).orElseThrow();
    // the process died while it wrote the digest: Telegram may or may not have it
    subscriptions.markWriting(subscriptions.claim(s, LocalDate.of(2026, 11, 23), clock.now));
    closeBot();
    openBot();
    run("2026-11-23T05:01:00Z");
    assertEquals(0, api.attempts("sendMessage").size());
    assertEquals(1, subscriptions.uncertainCount());
    // the next day's digest starts after the uncertain one's window
    clock.now = Instant.parse("2026-11-23T12:00:00Z");
    article("a4", "روداو", "لن نسمح بعودة الإرهاب إلى المدن المحررة مهما كلف الأمر", "محمد علي");
    run("2026-11-24T05:00:00Z");
    String text = digestsTo(BAGHDAD_CHAT).get(0).text();
    assertTrue(text.contains("لن نسمح"), text);
    assertFalse(text.contains(OTHER), text);
  }

  @Test
  void aChatThatBlockedTheBotIsUnsubscribed() throws Exception {
    subscriptions.subscribe(BAGHDAD_CHAT, LocalTime.of(8, 0), BAGHDAD, "", clock.instant());
    storeNews();
    api.failNext("sendMessage", Fault.forbidden());
    run("2026-11-23T05:00:00Z");
    assertFalse(ledger.isActive(BAGHDAD_CHAT));
    run("2026-11-24T05:00:00Z");
    assertFalse(subscriptions.of(BAGHDAD_CHAT).orElseThrow().active());
    assertEquals(0, api.calls("sendMessage").size());
  }

  @Test
  void aSpeakerSubscriptionGetsOnlyThatSpeakersStatements() throws Exception {
    subscriptions.subscribe(BAGHDAD_CHAT, LocalTime.of(8, 0), BAGHDAD, "محمد علي", clock.instant());
    storeNews();
    run("2026-11-23T05:00:00Z");
    String text = digestsTo(BAGHDAD_CHAT).get(0).text();
    assertTrue(text.contains(OTHER), text);
    assertFalse(text.contains("الخفاجي"), text);
  }

  @Test
  void aChatWithNothingNewGetsNothingAndTheNextDigestHoldsOnlyNewerStatements() throws Exception {
    subscribeBoth("");
    storeNews();
    run("2026-11-23T07:00:00Z");
    assertEquals(2, api.calls("sendMessage").size());
    run("2026-11-24T07:00:00Z"); // nothing stored since
    assertEquals(2, api.calls("sendMessage").size());
    clock.now = Instant.parse("2026-11-24T12:00:00Z");
    article("a4", "روداو", "لن نسمح بعودة الإرهاب إلى المدن المحررة مهما كلف الأمر", "محمد علي");
    run("2026-11-25T07:00:00Z");
    String text = digestsTo(BAGHDAD_CHAT).get(1).text();
    assertTrue(text.contains("لن نسمح"), text);
    assertFalse(text.contains(OTHER), text);
  }
}
