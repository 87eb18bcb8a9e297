package org.naba.cli;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.naba.config.NabaConfig;
import org.naba.dialogue.Dialogue;
import org.naba.dialogue.Keyboard;
import org.naba.dialogue.Message;
import org.naba.digest.DigestComposer;
import org.naba.digest.DigestRunner;
import org.naba.digest.Subscriptions;
import org.naba.search.IndexFollower;
import org.naba.telegram.BotApi;
import org.naba.telegram.BotSettings;
import org.naba.telegram.BotStartException;
import org.naba.telegram.TelegramBot;
import org.naba.telegram.TelegramSending;
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

  /** How often the running bot sends the digests that are due. */
  static final Duration DIGEST_PERIOD = Duration.ofMinutes(1);

  /**
   * The bot and everything it answers from; closing it stops the digests and the bot, flushes what
   * is queued, then closes the connection, the index follower and the data.
   */
  public record Serving(
      Naba naba,
      IndexFollower follower,
      BotApi api,
      TelegramSending sending,
      Subscriptions subscriptions,
      TelegramBot bot,
      ScheduledExecutorService digests)
      implements AutoCloseable {
    @Override
    public void close() {
      try (naba;
          follower;
          api;
          subscriptions;
          sending) {
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

  /**
   * The production wiring of {@code naba serve}: opens the data folder and starts the bot against
   * {@code apiUrl}. Public so tests and the benchmark run exactly this.
   */
  public static Serving serve(
      NabaConfig config, String token, URI apiUrl, BotSettings settings, Clock clock) {
    List<AutoCloseable> opened = new ArrayList<>();
    try {
      Naba naba = open(opened, Naba.open(config));
      IndexFollower follower =
          open(opened, IndexFollower.start(naba.index(), naba.store(), FOLLOW_PERIOD));
      BotApi api = open(opened, BotApi.connect(token, apiUrl, settings.pollTimeoutSeconds()));
      Subscriptions subscriptions = open(opened, Databases.subscriptions(config));
      TelegramSending sending =
          open(
              opened,
              TelegramSending.open(api, Databases.ledger(config), settings.limits(), clock));
      Dialogue dialogue =
          naba.dialogue(
              sending.ledger(),
              subscriptions,
              api,
              settings.dialogue(),
              clock,
              api.identity().username(),
              sending::stats);
      TelegramBot bot =
          open(
              opened, TelegramBot.start(api, sending, dialogue, settings, config.dataDir(), clock));
      followFeeds(naba, sending, config);
      DigestRunner runner =
          new DigestRunner(
              subscriptions,
              naba.store(),
              sending,
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
      return new Serving(naba, follower, api, sending, subscriptions, bot, digests);
    } catch (RuntimeException e) {
      for (int i = opened.size() - 1; i >= 0; i--) {
        try {
          opened.get(i).close();
        } catch (Exception suppressed) {
          e.addSuppressed(suppressed);
        }
      }
      throw e;
    }
  }

  /**
   * Polls the due sources on the {@code naba-feeds} thread (unless {@code feeds.poll=false}); a
   * source that breaks is reported to every admin. Naba closes the follower.
   */
  private static void followFeeds(Naba naba, TelegramSending sending, NabaConfig config) {
    naba.feeds()
        .onBroken(
            line -> {
              log.error("{}", line);
              for (long admin : config.adminIds()) {
                sending.push(admin, Message.line(line), Keyboard.NONE, delivery -> {});
              }
            });
    if (config.feeds().poll()) {
      naba.feeds().start();
    }
  }

  private static <T extends AutoCloseable> T open(List<AutoCloseable> opened, T resource) {
    opened.add(resource);
    return resource;
  }
}
