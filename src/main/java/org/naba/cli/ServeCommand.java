package org.naba.cli;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.naba.config.NabaConfig;
import org.naba.digest.DigestComposer;
import org.naba.digest.DigestRunner;
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
public final class ServeCommand implements Callable<Integer> {

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
  public record Serving(
      Naba naba, IndexFollower follower, TelegramBot bot, ScheduledExecutorService digests)
      implements AutoCloseable {
    @Override
    public void close() {
      try (naba;
          follower) {
        digests.shutdownNow();
        try {
          digests.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        bot.close();
      }
    }
  }

  /** How often the running bot sends the digests that are due. */
  static final Duration DIGEST_PERIOD = Duration.ofMinutes(1);

  /**
   * The production wiring of {@code naba serve}: opens the data folder and starts the bot against
   * {@code apiUrl}. Package-private so tests and the benchmark run exactly this.
   */
  public static Serving serve(
      NabaConfig config, String token, URI apiUrl, BotSettings settings, Clock clock) {
    Naba naba = Naba.open(config);
    IndexFollower follower = IndexFollower.start(naba.index(), naba.store(), FOLLOW_PERIOD);
    try {
      TelegramBot bot =
          TelegramBot.start(
              token,
              apiUrl,
              naba.answerer(),
              naba.store(),
              config.dataDir(),
              settings,
              admin(naba),
              clock,
              config.digest());
      DigestRunner runner =
          new DigestRunner(
              bot.subscriptions(),
              naba.store(),
              bot.queue(),
              bot.ledger(),
              new DigestComposer(config.digest().size()),
              config.digest().emptyNote());
      ScheduledExecutorService digests =
          Executors.newSingleThreadScheduledExecutor(
              r -> {
                Thread t = new Thread(r, "naba-digest");
                t.setDaemon(true);
                return t;
              });
      digests.scheduleWithFixedDelay(
          () -> {
            try {
              runner.runDue(clock.instant());
            } catch (RuntimeException e) {
              log.error("digest run failed: {}", e.toString());
            }
          },
          0,
          DIGEST_PERIOD.toSeconds(),
          TimeUnit.SECONDS);
      return new Serving(naba, follower, bot, digests);
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
        return naba.index().rebuild(naba.store());
      }

      @Override
      public String ingest(Path file) {
        IngestReport report = Naba.ingestor(naba.config(), naba.store()).ingest(List.of(file));
        int indexed = naba.index().catchUp(naba.store());
        return report.summary() + "; indexed " + indexed;
      }

      @Override
      public String corpusStats() {
        return "الأخبار: "
            + naba.store().articleCount()
            + "، وحدات الفهرس: "
            + naba.index().unitCount();
      }
    };
  }
}
