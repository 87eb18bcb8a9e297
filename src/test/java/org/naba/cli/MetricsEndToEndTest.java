package org.naba.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naba.config.NabaConfig;
import org.naba.telegram.BotSettings;
import org.naba.tools.fakebot.FakeBotApi;
import org.naba.tools.fakebot.FakeUpdates;
import org.naba.tools.fakebot.Fault;

/** The running bot's admin endpoint, scraped over HTTP as Prometheus and a load balancer would. */
class MetricsEndToEndTest {

  private static final String TOKEN = "123456789:AAH-metrics-token-for-tests";
  private static final String QUESTION = "ماذا قال النعمان عن التنسيق مع كردستان؟";
  private static final Duration WAIT = Duration.ofSeconds(15);

  @TempDir Path dir;

  private FakeBotApi api;
  private ServeCommand.Serving serving;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() {
    api = FakeBotApi.start(TOKEN);
    // always sure of its answers: the meters are under test here, not the confidence model
    NabaConfig config =
        DialogueTest.withThresholds(
            new NabaConfig(
                dir, Path.of("seeds"), Path.of("config/outlets.json"), 5, api.url(), Set.of()),
            0,
            0);
    config =
        config.withOperations(
            new NabaConfig.Operations(
                "polling",
                null,
                new java.net.InetSocketAddress(8443),
                new java.net.InetSocketAddress("127.0.0.1", 0),
                Duration.ofSeconds(30)));
    serving =
        ServeCommand.serve(
            config,
            TOKEN,
            api.url(),
            BotSettings.defaults(Set.of()).withPollTimeout(1),
            Clock.systemUTC());
  }

  @AfterEach
  void stop() {
    serving.close();
    api.close();
  }

  private HttpResponse<String> get(String path) throws Exception {
    int port = serving.monitoring().admin().address().getPort();
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** The value of the sample {@code series} (name and labels as scraped), or -1 when absent. */
  private static double sample(String scraped, String series) {
    Matcher m =
        Pattern.compile("(?m)^" + Pattern.quote(series) + " ([0-9.eE+-]+)$").matcher(scraped);
    return m.find() ? Double.parseDouble(m.group(1)) : -1;
  }

  @Test
  void healthAndReadinessAnswerOnceTheBotTakesUpdates() throws Exception {
    assertEquals(200, get("/healthz").statusCode());
    HttpResponse<String> ready = get("/readyz");
    assertEquals(200, ready.statusCode(), ready.body());
    assertTrue(ready.body().contains("ok   telegram: taking updates"), ready.body());
    assertTrue(ready.body().contains("ok   index: 0 articles"), ready.body());
    assertEquals(404, get("/elsewhere").statusCode());
  }

  @Test
  void theScrapeCountsUpdatesAnswersByStateLatencySendsAndFloodWaits() throws Exception {
    api.failNext("sendMessage", Fault.tooManyRequests(1));
    api.push(FakeUpdates.privateText(1001, 1, QUESTION));
    api.push(FakeUpdates.privateText(1002, 1, "ما لون السماء في المريخ؟"));
    api.awaitCalls("sendMessage", 2, WAIT);
    assertTrue(serving.sending().awaitIdle(WAIT));
    HttpResponse<String> scrape = get("/metrics");
    assertEquals(200, scrape.statusCode());
    assertTrue(scrape.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
    String s = scrape.body();
    assertEquals(2.0, sample(s, "naba_updates_received_total{kind=\"message\"}"), s);
    double answered = sample(s, "naba_answers_total{status=\"answer\"}");
    double none = sample(s, "naba_answers_total{status=\"none\"}");
    double related = sample(s, "naba_answers_total{status=\"related\"}");
    assertEquals(2.0, Math.max(answered, 0) + Math.max(none, 0) + Math.max(related, 0), s);
    assertTrue(answered >= 1, s);
    assertEquals(2.0, sample(s, "naba_answer_latency_seconds_count"), s);
    assertTrue(s.contains("naba_answer_latency_seconds_bucket{le="), "a latency histogram");
    assertEquals(2.0, sample(s, "naba_sends_total{outcome=\"sent\"}"), s);
    assertEquals(1.0, sample(s, "naba_send_flood_waits_total"), s);
    assertEquals(1.0, sample(s, "naba_send_retries_total{reason=\"flood\"}"), s);
    assertEquals(0.0, sample(s, "naba_send_queue_depth"), s);
    assertEquals(0.0, sample(s, "naba_index_lag"), s);
    for (String name : List.of("naba_digests_total", "naba_sends_total{outcome=\"uncertain\"}")) {
      assertEquals(-1, sample(s, name), name + " before any digest or uncertain send");
    }
  }

  @Test
  void statusPrintsTheDataFolderAndTheSameMetersTheEndpointServes() throws Exception {
    api.push(FakeUpdates.privateText(1001, 1, QUESTION));
    api.awaitCalls("sendMessage", 1, WAIT);
    assertTrue(serving.sending().awaitIdle(WAIT));
    int port = serving.monitoring().admin().address().getPort();
    CliRun status =
        CliRun.of(
            java.util.Map.of("NABA_HTTP_ADMIN_LISTEN", "127.0.0.1:" + port),
            "status",
            "--data",
            dir.toString());
    assertEquals(0, status.exitCode(), status.err());
    String out = status.out();
    assertTrue(out.contains("store: 2 articles"), out);
    assertTrue(out.contains("0 articles stored but not yet searchable"), out);
    assertTrue(out.contains("bot: 1 updates handled"), out);
    assertTrue(out.contains("digests: 0 subscriptions active, 0 sent, 0 uncertain"), out);
    assertTrue(out.contains("  naba_updates_received_total{kind=\"message\"} 1.0"), out);
    assertTrue(out.contains("  naba_sends_total{outcome=\"sent\"} 1.0"), out);
    assertTrue(out.contains("  naba_index_lag 0.0"), out);
  }

  @Test
  void statusWithoutARunningBotSaysSoAndStillPrintsTheFiles() {
    CliRun status =
        CliRun.of(
            java.util.Map.of("NABA_HTTP_ADMIN_LISTEN", "127.0.0.1:1"),
            "status",
            "--data",
            dir.toString());
    assertEquals(0, status.exitCode(), status.err());
    assertTrue(status.out().contains("store: 2 articles"), status.out());
    assertTrue(
        status.out().contains("live: no bot answers at http://127.0.0.1:1/metrics"), status.out());
  }
}
