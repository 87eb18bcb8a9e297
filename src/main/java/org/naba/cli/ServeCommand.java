package org.naba.cli;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.naba.config.NabaConfig;
import org.naba.ingest.IngestReport;
import org.naba.search.IndexFollower;
import org.naba.telegram.AdminActions;
import org.naba.telegram.BotSettings;
import org.naba.telegram.BotStartException;
import org.naba.telegram.TelegramBot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code naba serve}: runs Naba as a Telegram bot (long polling) until SIGTERM or Ctrl-C. The token
 * comes from {@code TELEGRAM_BOT_TOKEN} only.
 */
@Command(
    name = "serve",
    description =
        "Run the Telegram bot (long polling). The token is read from TELEGRAM_BOT_TOKEN only.")
final class ServeCommand implements Callable<Integer> {

  private static final Logger log = LoggerFactory.getLogger(ServeCommand.class);

  static final String TOKEN_VARIABLE = "TELEGRAM_BOT_TOKEN";

  @ParentCommand NabaCommand parent;
  @Mixin DataOption data;

  @Option(
      names = "--api-url",
      paramLabel = "URL",
      description =
          "Base URL of the Bot API (default: NABA_TELEGRAM_API_URL, else the config's"
              + " telegram.api.url, https://api.telegram.org).")
  URI apiUrl;

  @Override
  public Integer call() throws InterruptedException {
    String token = parent.env().get(TOKEN_VARIABLE);
    if (token == null || token.isBlank()) {
      throw new BotStartException(
          TOKEN_VARIABLE + " is not set: export the bot token from @BotFather before `naba serve`");
    }
    NabaConfig config = parent.config(data);
    URI api = apiUrl != null ? apiUrl : config.telegramApiUrl();
    Serving serving =
        serve(config, token, api, BotSettings.defaults(config.adminIds()), Clock.systemUTC());
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              log.info("stopping");
              serving.close();
              stopped.countDown();
            },
            "naba-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    stopped.await();
    return 0;
  }

  /** How often the running bot indexes articles that other processes stored. */
  static final Duration FOLLOW_PERIOD = Duration.ofSeconds(5);

  /**
   * The bot and everything it answers from; closing it stops the bot, then the index follower, then
   * closes the data.
   */
  record Serving(Naba naba, IndexFollower follower, TelegramBot bot) implements AutoCloseable {
    @Override
    public void close() {
      try (naba;
          follower) {
        bot.close();
      }
    }
  }

  /**
   * The production wiring of {@code naba serve}: opens the data folder and starts the bot against
   * {@code apiUrl}. Package-private so tests and the benchmark run exactly this.
   */
  static Serving serve(
      NabaConfig config, String token, URI apiUrl, BotSettings settings, Clock clock) {
    Naba naba = Naba.open(config);
    IndexFollower follower = IndexFollower.start(naba.index, naba.store, FOLLOW_PERIOD);
    try {
      TelegramBot bot =
          TelegramBot.start(
              token,
              apiUrl,
              naba.answerer,
              naba.store,
              config.dataDir(),
              settings,
              admin(naba),
              clock);
      return new Serving(naba, follower, bot);
    } catch (RuntimeException e) {
      follower.close();
      naba.close();
      throw e;
    }
  }

  /** Admin commands over this Naba: reindex, ingest a file, corpus counts. */
  static AdminActions admin(Naba naba) {
    return new AdminActions() {
      @Override
      public int reindex() {
        return naba.index.rebuild(naba.store);
      }

      @Override
      public String ingest(Path file) {
        IngestReport report = Naba.ingestor(naba.config, naba.store).ingest(List.of(file));
        int indexed = naba.index.catchUp(naba.store);
        return report.summary() + "; indexed " + indexed;
      }

      @Override
      public String corpusStats() {
        return "الأخبار: "
            + naba.store.articleCount()
            + "، وحدات الفهرس: "
            + naba.index.unitCount();
      }
    };
  }
}
