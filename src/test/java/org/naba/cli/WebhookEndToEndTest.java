package org.naba.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naba.config.NabaConfig;
import org.naba.telegram.BotSettings;
import org.naba.telegram.Intake;
import org.naba.tools.fakebot.FakeBotApi;
import org.naba.tools.fakebot.FakeUpdates;

/**
 * {@code naba serve} in webhook mode, end to end: the production wiring registers its webhook with
 * the fake Bot API, and this test posts updates to it as Telegram would, over real HTTP.
 */
class WebhookEndToEndTest {

  private static final String TOKEN = "123456789:AAH-webhook-token-for-tests";
  private static final String SECRET = "s3cret_Webhook-token";
  private static final URI PUBLIC_URL = URI.create("https://naba.example:8443/telegram/hook");
  private static final String QUESTION = "ماذا قال النعمان عن التنسيق مع كردستان؟";
  private static final Duration WAIT = Duration.ofSeconds(15);

  @TempDir Path dir;

  private FakeBotApi api;
  private ServeCommand.Serving serving;
  private final HttpClient http = HttpClient.newHttpClient();
  private final AtomicLong updateIds = new AtomicLong(500);

  @BeforeEach
  void start() {
    api = FakeBotApi.start(TOKEN);
  }

  @AfterEach
  void stop() {
    if (serving != null) {
      serving.close();
    }
    api.close();
  }

  private ServeCommand.Serving serve(Intake intake) {
    // always sure of its answers: the webhook is under test here, not the confidence model
    NabaConfig config =
        DialogueTest.withThresholds(
            new NabaConfig(
                dir, Path.of("seeds"), Path.of("config/outlets.json"), 5, api.url(), Set.of()),
            0,
            0);
    BotSettings settings = BotSettings.defaults(Set.of()).withPollTimeout(1).withIntake(intake);
    serving = ServeCommand.serve(config, TOKEN, api.url(), settings, Clock.systemUTC());
    return serving;
  }

  private ServeCommand.Serving serveByWebhook() {
    return serve(new Intake.Webhook(PUBLIC_URL, new InetSocketAddress("127.0.0.1", 0), SECRET));
  }

  private ObjectNode update(ObjectNode body) {
    return body.put("update_id", updateIds.incrementAndGet());
  }

  private HttpResponse<String> post(String path, String secret, String body) throws Exception {
    InetSocketAddress at = serving.bot().webhookAddress();
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + at.getPort() + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (secret != null) {
      request.header("X-Telegram-Bot-Api-Secret-Token", secret);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void theBotRegistersItsWebhookWithASecretAndAnswersWhatTelegramPostsThere() throws Exception {
    serveByWebhook();
    assertEquals(PUBLIC_URL.toString(), api.webhookUrl());
    assertEquals(SECRET, api.webhookSecret());
    HttpResponse<String> taken =
        post(
            "/telegram/hook",
            SECRET,
            update(FakeUpdates.privateText(1001, 1, QUESTION)).toString());
    assertEquals(200, taken.statusCode());
    String reply = api.awaitCalls("sendMessage", 1, WAIT).get(0).text();
    assertTrue(reply.contains("تنامي التعاون والتنسيق مع اقليم كردستان"), reply);
  }

  @Test
  void anUpdatePostedTwiceIsAnsweredOnce() throws Exception {
    serveByWebhook();
    String twice = update(FakeUpdates.privateText(1002, 1, QUESTION)).toString();
    assertEquals(200, post("/telegram/hook", SECRET, twice).statusCode());
    assertEquals(200, post("/telegram/hook", SECRET, twice).statusCode());
    // then a new update in the same chat: handled after both, in the chat's order
    post("/telegram/hook", SECRET, update(FakeUpdates.privateText(1002, 2, "/start")).toString());
    api.awaitCalls("sendMessage", 2, WAIT);
    assertTrue(serving.sending().awaitIdle(WAIT));
    assertEquals(2, api.attempts("sendMessage").size(), "the repeated update got one reply");
  }

  @Test
  void postsWithoutTheSecretOrElsewhereAreRejectedAndNeverAnswered() throws Exception {
    serveByWebhook();
    String body = update(FakeUpdates.privateText(1003, 1, QUESTION)).toString();
    assertEquals(401, post("/telegram/hook", "wrong-secret", body).statusCode());
    assertEquals(401, post("/telegram/hook", null, body).statusCode());
    assertEquals(404, post("/other", SECRET, body).statusCode());
    assertEquals(400, post("/telegram/hook", SECRET, "{not json").statusCode());
    HttpResponse<String> get =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(
                        "http://127.0.0.1:"
                            + serving.bot().webhookAddress().getPort()
                            + "/telegram/hook"))
                .header("X-Telegram-Bot-Api-Secret-Token", SECRET)
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(405, get.statusCode());
    // the same update with the secret is then taken: the refused ones were not claimed
    assertEquals(200, post("/telegram/hook", SECRET, body).statusCode());
    api.awaitCalls("sendMessage", 1, WAIT);
    assertTrue(serving.sending().awaitIdle(WAIT));
    assertEquals(1, api.attempts("sendMessage").size());
  }

  @Test
  void pollingAgainRemovesTheWebhookAndTakesUpdatesByGetUpdates() throws Exception {
    serveByWebhook().close();
    serving = null;
    assertEquals(PUBLIC_URL.toString(), api.webhookUrl(), "a stopped bot keeps its webhook");
    serve(new Intake.Polling());
    assertNull(api.webhookUrl());
    api.push(FakeUpdates.privateText(1004, 1, QUESTION));
    assertEquals(1004, api.awaitCalls("sendMessage", 1, WAIT).get(0).chatId());
  }

  @Test
  void theSecretNeverAppearsInTheIntakesDescription() {
    Intake hook = new Intake.Webhook(PUBLIC_URL, new InetSocketAddress(8443), SECRET);
    assertTrue(!hook.toString().contains(SECRET), hook.toString());
  }

  @Test
  void aWebhookUrlTelegramWouldRefuseIsOneErrorNamingTheFlag() {
    Map<String, String> env = Map.of(ServeCommand.TOKEN_VARIABLE, TOKEN);
    CliRun http =
        CliRun.of(env, "serve", "--webhook", "http://naba.example/hook", "--data", dir.toString());
    assertEquals(2, http.exitCode());
    assertEquals(
        "naba: --webhook: Telegram posts webhooks to https URLs only, got"
            + " 'http://naba.example/hook'",
        http.err().strip());
    CliRun both =
        CliRun.of(
            env,
            "serve",
            "--polling",
            "--webhook",
            PUBLIC_URL.toString(),
            "--data",
            dir.toString());
    assertEquals(2, both.exitCode());
    assertTrue(
        both.err().contains("--polling and --webhook/--listen exclude each other"), both.err());
  }
}
