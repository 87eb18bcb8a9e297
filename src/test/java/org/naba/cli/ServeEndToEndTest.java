package org.naba.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naba.config.NabaConfig;
import org.naba.telegram.BotSettings;
import org.naba.telegram.BotStartException;
import org.naba.telegram.FloodLimits;
import org.naba.tools.fakebot.Call;
import org.naba.tools.fakebot.FakeBotApi;
import org.naba.tools.fakebot.FakeUpdates;
import org.naba.tools.fakebot.Fault;
import org.slf4j.LoggerFactory;

/**
 * {@code naba serve} end to end: the production wiring against a Bot API server on loopback, over
 * real HTTP, with the seeds in a temporary data folder.
 */
class ServeEndToEndTest {

  private static final String TOKEN = "123456789:AAH-secret-token-for-tests_x1";
  private static final String QUESTION = "ماذا قال النعمان عن التنسيق مع كردستان؟";
  private static final long ADMIN = 42L;
  private static final Duration WAIT = Duration.ofSeconds(15);

  @TempDir Path dir;

  private FakeBotApi api;
  private final List<AutoCloseable> running = new ArrayList<>();
  private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
  private final Map<String, Level> levels = new java.util.HashMap<>();

  @BeforeEach
  void startServerAndCaptureLogs() {
    api = FakeBotApi.start(TOKEN);
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    logs.setContext(context);
    logs.start();
    context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).addAppender(logs);
    for (String name : List.of("org.naba", "org.telegram", "okhttp3")) {
      Logger logger = context.getLogger(name);
      levels.put(name, logger.getLevel());
      logger.setLevel(Level.DEBUG);
    }
  }

  @AfterEach
  void stopAndCheckThatTheTokenNeverReachedTheLogs() throws Exception {
    for (int i = running.size() - 1; i >= 0; i--) {
      running.get(i).close();
    }
    api.close();
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).detachAppender(logs);
    levels.forEach((name, level) -> context.getLogger(name).setLevel(level));
    String all = logText();
    assertFalse(all.isEmpty(), "logs were captured");
    assertFalse(all.contains(TOKEN), "the token appears in the logs");
    assertFalse(all.contains("AAH-secret"), "part of the token appears in the logs");
  }

  private String logText() {
    StringBuilder out = new StringBuilder();
    for (ILoggingEvent e : List.copyOf(logs.list)) {
      out.append(e.getFormattedMessage()).append('\n');
      if (e.getThrowableProxy() != null) {
        out.append(ThrowableProxyUtil.asString(e.getThrowableProxy())).append('\n');
      }
    }
    return out.toString();
  }

  /**
   * The seeds, always sure of its answers: the transport and the chat rules are under test here.
   */
  private NabaConfig config() {
    return DialogueTest.withThresholds(
        new NabaConfig(
            dir, Path.of("seeds"), Path.of("config/outlets.json"), 5, api.url(), Set.of(ADMIN)),
        0,
        0);
  }

  private BotSettings settings() {
    return BotSettings.defaults(Set.of(ADMIN))
        .withPollTimeout(1)
        .withLimits(
            FloodLimits.telegram().withBackoff(Duration.ofMillis(50), Duration.ofSeconds(1)));
  }

  private ServeCommand.Serving serve() {
    return serve(settings());
  }

  private ServeCommand.Serving serve(BotSettings settings) {
    ServeCommand.Serving serving =
        ServeCommand.serve(config(), TOKEN, api.url(), settings, Clock.systemUTC());
    running.add(serving);
    return serving;
  }

  private static List<String> callbackData(Call message) {
    List<String> out = new ArrayList<>();
    for (JsonNode row : message.params().path("reply_markup").path("inline_keyboard")) {
      for (JsonNode button : row) {
        out.add(button.path("callback_data").asText());
      }
    }
    return out;
  }

  @Test
  void aPrivateQuestionGetsTheQuotedStatementWithItsSpeakerAndSource() throws Exception {
    serve();
    api.push(FakeUpdates.privateText(1001, 1, QUESTION));
    Call reply = api.awaitCalls("sendMessage", 1, WAIT).get(0);
    assertEquals(1001, reply.chatId());
    assertTrue("HTML".equalsIgnoreCase(reply.params().path("parse_mode").asText()));
    String text = reply.text();
    assertTrue(text.contains("<blockquote>«"), text);
    assertTrue(text.contains("تنامي التعاون والتنسيق مع اقليم كردستان"), text);
    assertTrue(text.contains("<b>صباح النعمان</b>"), text);
    assertTrue(text.contains("العراقية") || text.contains("روداو"), text);
    assertTrue(callbackData(reply).stream().anyMatch(d -> d.startsWith("s:")), "source buttons");
    assertTrue(callbackData(reply).stream().anyMatch(d -> d.startsWith("m:")), "more button");
    assertEquals(1, api.calls("setMyCommands").size(), "the Arabic command menu is set");
  }

  @Test
  void serveSendsTheDigestsThatAreDueOnItsDigestThreadOncePerLocalDay() throws Exception {
    long chat = 3003;
    try (org.naba.digest.Subscriptions subscriptions =
        org.naba.digest.Subscriptions.open(dir.resolve("telegram.db"))) {
      // due at any time of day: midnight UTC, everything stored since the epoch
      subscriptions.subscribe(
          chat,
          java.time.LocalTime.MIDNIGHT,
          java.time.ZoneOffset.UTC,
          "",
          java.time.Instant.EPOCH);
    }
    ServeCommand.Serving serving = serve();
    Call digest = api.awaitCalls("sendMessage", 1, WAIT).get(0);
    assertEquals(chat, digest.chatId());
    assertTrue(digest.text().contains("<blockquote>"), digest.text());
    assertTrue(digest.text().contains("صباح النعمان"), digest.text());
    assertTrue(
        Thread.getAllStackTraces().keySet().stream()
            .anyMatch(t -> t.getName().equals("naba-digest")),
        "the digest thread runs");
    serving.close();
    running.remove(serving);
    ServeCommand.Serving again = serve();
    api.push(FakeUpdates.privateText(1001, 1, "/start"));
    Call next = api.awaitCalls("sendMessage", 2, WAIT).get(1);
    assertEquals(1001, next.chatId());
    assertEquals(1, api.calls("sendMessage").stream().filter(c -> c.chatId() == chat).count());
    assertTrue(
        again.subscriptions().of(chat).orElseThrow().since().isAfter(java.time.Instant.EPOCH));
  }

  @Test
  void subscriptionCommandsKeepTheChatsTimeZoneAndQueryAndInGroupsOnlyAdminsMayChangeThem()
      throws Exception {
    ServeCommand.Serving serving = serve();
    api.push(FakeUpdates.privateText(1001, 1, "/subscribe 9:30 صباح النعمان"));
    Call subscribed = api.awaitCalls("sendMessage", 1, WAIT).get(0);
    assertTrue(subscribed.text().contains("09:30"), subscribed.text());
    assertTrue(subscribed.text().contains("Asia/Baghdad"), subscribed.text());
    var mine = serving.subscriptions().of(1001).orElseThrow();
    assertEquals("صباح النعمان", mine.query());
    assertEquals(java.time.LocalTime.of(9, 30), mine.time());

    long group = -100_300L;
    api.setMemberStatus(group, 8, "administrator");
    api.push(FakeUpdates.groupText(group, 7, 10, "/subscribe@naba_test_bot", null));
    Call refused = api.awaitCalls("sendMessage", 2, WAIT).get(1);
    assertTrue(refused.text().contains("لمشرفيها"), refused.text());
    assertTrue(serving.subscriptions().of(group).isEmpty());
    api.push(FakeUpdates.groupText(group, 8, 11, "/subscribe@naba_test_bot", null));
    api.awaitCalls("sendMessage", 3, WAIT);
    assertEquals(
        java.time.LocalTime.of(8, 0), serving.subscriptions().of(group).orElseThrow().time());
    api.push(
        FakeUpdates.groupText(group, 8, 12, "/settings@naba_test_bot 06:15 Europe/Paris", null));
    Call changed = api.awaitCalls("sendMessage", 4, WAIT).get(3);
    assertTrue(changed.text().contains("06:15"), changed.text());
    var theirs = serving.subscriptions().of(group).orElseThrow();
    assertEquals(java.time.ZoneId.of("Europe/Paris"), theirs.zone());
    assertEquals(
        1,
        api.calls("getChatMember").stream()
            .filter(c -> c.params().path("user_id").asLong() == 7)
            .count());

    api.push(FakeUpdates.privateText(1001, 2, "/unsubscribe"));
    api.awaitCalls("sendMessage", 5, WAIT);
    assertFalse(serving.subscriptions().of(1001).orElseThrow().active());
    api.push(FakeUpdates.privateText(1001, 3, "/subscriptions"));
    Call none = api.awaitCalls("sendMessage", 6, WAIT).get(5);
    assertTrue(none.text().contains("/subscribe"), none.text());
  }

  @Test
  void aGroupMessageWithoutMentionGetsSilenceAndAMentionInATopicIsAnsweredInThatTopic()
      throws Exception {
    serve();
    long group = -100_200L;
    api.push(FakeUpdates.groupText(group, 7, 10, QUESTION, null));
    api.push(FakeUpdates.sticker(group, "supergroup", 7, 11));
    api.push(FakeUpdates.groupText(group, 7, 12, "@naba_test_bot " + QUESTION, 555));
    Call reply = api.awaitCalls("sendMessage", 1, WAIT).get(0);
    assertEquals(group, reply.chatId());
    assertEquals(555, reply.params().path("message_thread_id").asInt());
    assertEquals(12, reply.params().path("reply_parameters").path("message_id").asInt());
    assertTrue(reply.text().contains("صباح النعمان"), reply.text());
    api.push(FakeUpdates.groupText(group, 8, 13, "/ask@naba_test_bot من زار قضاء مخمور؟", null));
    List<Call> replies = api.awaitCalls("sendMessage", 2, WAIT);
    assertEquals(13, replies.get(1).params().path("reply_parameters").path("message_id").asInt());
    Thread.sleep(300);
    assertEquals(2, api.calls("sendMessage").size(), "only addressed messages get replies");
  }

  @Test
  void aChannelPostThatMentionsTheBotGetsTheAnswerInTheChannel() throws Exception {
    serve();
    long channel = -100_300L;
    api.push(FakeUpdates.channelPost(channel, 20, "@naba_test_bot " + QUESTION));
    Call reply = api.awaitCalls("sendMessage", 1, WAIT).get(0);
    assertEquals(channel, reply.chatId());
    assertTrue(reply.text().contains("<blockquote>"), reply.text());
  }

  @Test
  void moreEditsTheMessageToTheNextAnswersAndSourceShowsThePassageInContext() throws Exception {
    serve();
    api.push(FakeUpdates.privateText(1002, 1, QUESTION));
    Call first = api.awaitCalls("sendMessage", 1, WAIT).get(0);
    String more =
        callbackData(first).stream().filter(d -> d.startsWith("m:")).findFirst().orElseThrow();
    api.push(FakeUpdates.callback(1002, 1002, 4242, more));
    Call edit = api.awaitCalls("editMessageText", 1, WAIT).get(0);
    assertEquals(4242, edit.params().path("message_id").asInt());
    assertTrue(edit.text().contains("4."), edit.text());
    assertFalse(edit.text().equals(first.text()));
    assertTrue(edit.text().contains("<blockquote>"), edit.text());
    String source =
        callbackData(first).stream().filter(d -> d.startsWith("s:")).findFirst().orElseThrow();
    api.push(FakeUpdates.callback(1002, 1002, 4242, source));
    Call passage = api.awaitCalls("sendMessage", 2, WAIT).get(1);
    assertTrue(passage.text().startsWith("<b>المصدر:</b>"), passage.text());
    // the passage highlights the first answer's statement within the sentences around it
    String firstStatement =
        first.text().substring(first.text().indexOf('«') + 1, first.text().indexOf('»'));
    assertTrue(
        passage.text().contains("<b>" + firstStatement.substring(0, 20)),
        firstStatement + " in " + passage.text());
    api.awaitCalls("answerCallbackQuery", 2, WAIT);
  }

  @Test
  void aDigestSpeakerButtonListsThatSpeakersNewestStatements() throws Exception {
    serve();
    api.push(FakeUpdates.callback(1006, 1006, 77, "w:صباح النعمان"));
    Call listing = api.awaitCalls("sendMessage", 1, WAIT).get(0);
    assertEquals(1006, listing.chatId());
    assertTrue(listing.text().contains("صباح النعمان"), listing.text());
    assertTrue(listing.text().contains("<blockquote>"), listing.text());
    api.awaitCalls("answerCallbackQuery", 1, WAIT);
  }

  @Test
  void anInlineQueryGetsUpToFiveAnswerCardsThatInsertTheFormattedAnswer() throws Exception {
    serve();
    api.push(FakeUpdates.inlineQuery(1003, "iq1", QUESTION));
    Call answer = api.awaitCalls("answerInlineQuery", 1, WAIT).get(0);
    assertEquals("iq1", answer.params().path("inline_query_id").asText());
    JsonNode results = answer.params().path("results");
    assertTrue(results.size() >= 1 && results.size() <= 5, results.toString());
    JsonNode card = results.get(0);
    assertEquals("article", card.path("type").asText());
    assertTrue(card.path("title").asText().contains("صباح النعمان"), card.toString());
    String inserted = card.path("input_message_content").path("message_text").asText();
    assertTrue(inserted.contains("<blockquote>«"), inserted);
    assertTrue(
        "HTML".equalsIgnoreCase(card.path("input_message_content").path("parse_mode").asText()));
  }

  @Test
  void aTooManyRequestsAnswerDelaysTheMessageByRetryAfterAndNothingIsDropped() throws Exception {
    serve();
    api.failNext("sendMessage", Fault.tooManyRequests(1));
    api.failNext("sendMessage", Fault.serverError());
    long first = api.push(FakeUpdates.privateText(2001, 1, QUESTION));
    api.push(FakeUpdates.privateText(2002, 1, "من زار قضاء مخمور؟"));
    api.push(FakeUpdates.privateText(2003, 1, "/sources"));
    List<Call> replies = api.awaitCalls("sendMessage", 3, WAIT);
    assertEquals(
        Set.of(2001L, 2002L, 2003L), Set.copyOf(replies.stream().map(Call::chatId).toList()));
    Call delayed = replies.get(2); // the last to arrive: one of the three waited retry_after
    assertTrue(
        delayed.atNanos() - api.pushedAtNanos(first) >= Duration.ofSeconds(1).toNanos(),
        "the refused message waited retry_after");
  }

  @Test
  void aChatThatBlockedTheBotIsMarkedInactiveAndGetsNothingMore() throws Exception {
    serve();
    api.failNext("sendMessage", Fault.forbidden());
    api.push(FakeUpdates.sticker(3001, "private", 3001, 1));
    Thread.sleep(500);
    api.push(FakeUpdates.inlineQuery(3001, "iq-after-block", QUESTION));
    api.awaitCalls("answerInlineQuery", 1, WAIT);
    assertEquals(0, api.calls("sendMessage").size());
  }

  @Test
  void anUpdateDeliveredAgainAfterARestartGetsNoSecondReply() throws Exception {
    ServeCommand.Serving first = serve();
    api.push(FakeUpdates.privateText(4001, 1, QUESTION));
    api.awaitCalls("sendMessage", 1, WAIT);
    first.close();
    api.redeliverAll();
    serve();
    api.push(FakeUpdates.privateText(4001, 2, "من زار قضاء مخمور؟"));
    List<Call> replies = api.awaitCalls("sendMessage", 2, WAIT);
    Thread.sleep(300);
    assertEquals(2, api.calls("sendMessage").size(), "the redelivered update got no second reply");
    assertTrue(replies.get(1).text().contains("مخمور"), replies.get(1).text());
  }

  @Test
  void nonTextGetsAHintInPrivateAndAdminsCanIngestADocument() throws Exception {
    serve();
    api.push(FakeUpdates.sticker(5001, "private", 5001, 1));
    Call hint = api.awaitCalls("sendMessage", 1, WAIT).get(0);
    assertTrue(hint.text().contains("أفهم الأسئلة المكتوبة فقط"), hint.text());
    String line =
        "{\"id\":\"doc-1\",\"url\":null,\"outlet\":\"روداو\",\"title\":\"زيارة إلى"
            + " أربيل\",\"published\":\"2021-12-09\",\"text\":\"قال الوزير إن \\\"الزيارة ناجحة"
            + " جداً\\\".\"}\n";
    api.addFile("f1", line.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    api.push(FakeUpdates.privateDocument(ADMIN, 2, "f1", "news.jsonl"));
    List<Call> replies = api.awaitCalls("sendMessage", 3, WAIT);
    assertTrue(replies.get(2).text().contains("ingested 1"), replies.get(2).text());
    api.push(FakeUpdates.privateText(5002, 1, "/stats"));
    api.awaitCalls("sendMessage", 4, WAIT);
    assertTrue(api.calls("sendMessage").get(3).text().contains("للمشرفين"));
  }

  @Test
  void aRejectedTokenIsOneClearErrorThatDoesNotShowTheToken() {
    BotStartException e =
        assertThrows(
            BotStartException.class,
            () ->
                ServeCommand.serve(
                    config(), TOKEN + "wrong", api.url(), settings(), Clock.systemUTC()));
    assertTrue(e.getMessage().contains("rejected the token"), e.getMessage());
    assertFalse(e.getMessage().contains("AAH-secret"));
    org.slf4j.LoggerFactory.getLogger(ServeEndToEndTest.class).info("rejected: {}", e.getMessage());
  }

  @Test
  void serveWithoutATokenExitsWithCodeOneAndOneLine() {
    CliRun run =
        CliRun.of(Map.of(), "serve", "--data", dir.toString(), "--api-url", api.url().toString());
    assertEquals(1, run.exitCode());
    assertTrue(run.err().contains("TELEGRAM_BOT_TOKEN is not set"), run.err());
    assertEquals(1, run.err().strip().lines().count(), run.err());
    org.slf4j.LoggerFactory.getLogger(ServeEndToEndTest.class).info("no token: {}", run.err());
  }

  @Test
  void serverErrorsOnLongPollingAreLoggedWithoutTheToken() throws Exception {
    api.failNext("getUpdates", Fault.serverError());
    api.failNext("getUpdates", Fault.serverError());
    serve();
    api.push(FakeUpdates.privateText(6001, 1, QUESTION));
    api.awaitCalls("sendMessage", 1, Duration.ofSeconds(30));
    assertTrue(URI.create(api.url().toString()).getPort() > 0);
  }

  @Test
  void commandsWelcomeListTheLatestStatementsTheSourcesAndWhatASpeakerSaid() throws Exception {
    serve();
    api.push(FakeUpdates.privateText(7001, 1, "/start"));
    assertTrue(api.awaitCalls("sendMessage", 1, WAIT).get(0).text().contains("جرّب أن تسأل"));
    api.push(FakeUpdates.privateText(7001, 2, "/latest"));
    String latest = api.awaitCalls("sendMessage", 2, WAIT).get(1).text();
    assertTrue(latest.startsWith("<b>أحدث التصريحات</b>"), latest);
    assertTrue(latest.contains("<blockquote>«"), latest);
    api.push(FakeUpdates.privateText(7001, 3, "/sources"));
    String sources = api.awaitCalls("sendMessage", 3, WAIT).get(2).text();
    assertTrue(
        sources.contains("• العراقية: 1 خبر") && sources.contains("• روداو: 1 خبر"), sources);
    api.push(FakeUpdates.privateText(7001, 4, "/speaker النعمان"));
    String speaker = api.awaitCalls("sendMessage", 4, WAIT).get(3).text();
    assertTrue(speaker.contains("<b>صباح النعمان</b>"), speaker);
    api.push(FakeUpdates.privateText(7001, 5, "/subscribe"));
    assertTrue(api.awaitCalls("sendMessage", 5, WAIT).get(4).text().contains("08:00"));
    api.push(FakeUpdates.privateText(7001, 6, "/speaker <b>مجهول</b>"));
    String unknown = api.awaitCalls("sendMessage", 6, WAIT).get(5).text();
    assertTrue(unknown.contains("«&lt;b&gt;مجهول&lt;/b&gt;»"), unknown);
    api.push(FakeUpdates.privateText(ADMIN, 1, "/stats"));
    String stats = api.awaitCalls("sendMessage", 7, WAIT).get(6).text();
    assertTrue(stats.contains("الأخبار: 2"), stats);
    api.push(FakeUpdates.privateText(ADMIN, 2, "/reindex"));
    String reindexed = api.awaitCalls("sendMessage", 8, WAIT).get(7).text();
    assertTrue(reindexed.contains("أعيدت فهرسة 2"), reindexed);
  }

  @Test
  void aUserOverTheQuestionLimitOrWithAnOverlongQuestionGetsAPoliteReply() throws Exception {
    serve(settings().withQuestionsPerWindow(1));
    api.push(FakeUpdates.privateText(8001, 1, QUESTION));
    api.awaitCalls("sendMessage", 1, WAIT);
    api.push(FakeUpdates.privateText(8001, 2, "من زار قضاء مخمور؟"));
    String limited = api.awaitCalls("sendMessage", 2, WAIT).get(1).text();
    assertTrue(limited.contains("انتظر دقيقة"), limited);
    api.push(FakeUpdates.privateText(8002, 1, "س".repeat(301)));
    String tooLong = api.awaitCalls("sendMessage", 3, WAIT).get(2).text();
    assertTrue(tooLong.contains("300"), tooLong);
  }

  @Test
  void aChatThatRemovedTheBotGetsNothingAndASlowApiStillGetsEveryReply() throws Exception {
    serve();
    api.push(FakeUpdates.myChatMember(-100_900L, "supergroup", 9, "kicked"));
    api.push(FakeUpdates.groupText(-100_900L, 9, 1, "@naba_test_bot " + QUESTION, null));
    api.failNext("sendMessage", Fault.slow(Duration.ofMillis(400)));
    api.push(FakeUpdates.privateText(9001, 1, QUESTION));
    api.push(FakeUpdates.privateText(9002, 1, "من زار قضاء مخمور؟"));
    List<Call> replies = api.awaitCalls("sendMessage", 2, WAIT);
    assertEquals(Set.of(9001L, 9002L), Set.copyOf(replies.stream().map(Call::chatId).toList()));
    Thread.sleep(300);
    assertEquals(
        2, api.calls("sendMessage").size(), "nothing went to the group that removed the bot");
  }
}
