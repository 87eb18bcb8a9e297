package org.naba.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naba.digest.Subscriptions;
import org.naba.quotes.Quote;
import org.naba.store.Article;
import org.naba.store.ParsedArticle;
import org.naba.store.Store;
import org.naba.text.Span;
import org.naba.tools.fakebot.FakeBotApi;

/** {@code naba digest run --now} and {@code naba digest preview} on a data folder. */
class DigestCommandTest {

  private static final String TOKEN = "123:digest-cli-token";
  private static final String STATEMENT =
      "هناك تنسيق استخباري وتبادل للمعلومات مع اجهزة مكافحة الارهاب والاسايش في اقليم كوردستان";

  @TempDir Path dir;
  private FakeBotApi api;

  @BeforeEach
  void prepare() {
    api = FakeBotApi.start(TOKEN);
    Clock evening = Clock.fixed(Instant.parse("2026-11-22T20:00:00Z"), ZoneOffset.UTC);
    try (Store store = Store.open(dir.resolve("naba.db"), evening)) {
      String body = "وقال تحسين الخفاجي إن \"" + STATEMENT + "\" في مؤتمر صحفي.";
      int start = body.indexOf(STATEMENT);
      Span paragraph = new Span(0, body.length());
      store.add(
          new ParsedArticle(
              new Article("a1", "https://news.example/a1", "روداو", "عنوان", "2026-11-22", body),
              List.of(paragraph),
              List.of(paragraph),
              List.of(
                  new Quote(
                      STATEMENT,
                      start,
                      start + STATEMENT.length(),
                      "تحسين الخفاجي",
                      null,
                      "قال"))));
    }
    try (Subscriptions subscriptions = Subscriptions.open(dir.resolve("telegram.db"))) {
      subscriptions.subscribe(
          555,
          LocalTime.of(8, 0),
          ZoneId.of("Asia/Baghdad"),
          "",
          Instant.parse("2026-11-22T12:00:00Z"));
    }
  }

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void previewPrintsTheDigestAndSendsNothingEvenWithATokenAndAnApiAtHand() {
    // were preview to send, it could: the token and the fake server's URL are in its environment
    Map<String, String> env =
        Map.of(ServeCommand.TOKEN_VARIABLE, TOKEN, "NABA_TELEGRAM_API_URL", api.url().toString());
    CliRun run =
        CliRun.of(
            env,
            "digest",
            "preview",
            "--chat",
            "555",
            "--now",
            "2026-11-23T05:00:00Z",
            "--data",
            dir.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("«" + STATEMENT + "»"), run.out());
    assertEquals(List.of(), api.attempts(), "preview called the Bot API");
  }

  @Test
  void runSendsTheDueDigestOnceAtTheGivenInstant() {
    Map<String, String> env = Map.of(ServeCommand.TOKEN_VARIABLE, TOKEN);
    String[] early = {
      "digest",
      "run",
      "--now",
      "2026-11-23T04:00:00Z",
      "--api-url",
      api.url().toString(),
      "--data",
      dir.toString()
    };
    assertEquals(0, CliRun.of(env, early).exitCode());
    assertEquals(0, api.calls("sendMessage").size());
    String[] due = {
      "digest",
      "run",
      "--now",
      "2026-11-23T05:00:00Z",
      "--api-url",
      api.url().toString(),
      "--data",
      dir.toString()
    };
    CliRun run = CliRun.of(env, due);
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("1 queued, 1 confirmed"), run.out());
    assertEquals(0, CliRun.of(env, due).exitCode());
    assertEquals(1, api.calls("sendMessage").size());
    assertEquals(555, api.calls("sendMessage").get(0).chatId());
  }
}
