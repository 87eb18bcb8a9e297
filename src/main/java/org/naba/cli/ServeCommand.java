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
import org.naba.config.ConfigLoader;
import org.naba.config.NabaConfig;
import org.naba.dialogue.Dialogue;
import org.naba.dialogue.Keyboard;
import org.naba.dialogue.Message;
import org.naba.digest.DigestComposer;
import org.naba.digest.DigestRunner;
import org.naba.digest.Subscriptions;
import org.naba.metrics.NabaMetrics;
import org.naba.search.IndexFollower;
import org.naba.telegram.BotApi;
import org.naba.telegram.BotSettings;
import org.naba.telegram.BotStartException;
import org.naba.telegram.Intake;
import org.naba.telegram.Replicas;
import org.naba.telegram.TelegramBot;
import org.naba.telegram.TelegramSending;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code naba serve}: runs Naba as a Telegram bot (long polling, or a webhook) until SIGTERM or
 * Ctrl-C. The token comes from {@code TELEGRAM_BOT_TOKEN} only; a webhook's secret from {@code
 * TELEGRAM_WEBHOOK_SECRET}, else a new random one each start.
 */
@Command(
    name = "serve",
    description =
        "Run the Telegram bot (long polling, or a webhook). The token is read from"
            + " TELEGRAM_BOT_TOKEN only.")
public final class ServeCommand implements Callable<Integer> {

  private static final Logger log = LoggerFactory.getLogger(ServeCommand.class);

  static final String TOKEN_VARIABLE = "TELEGRAM_BOT_TOKEN";

  /** The webhook's secret token, when it must stay the same across starts (several replicas). */
  static final String WEBHOOK_SECRET_VARIABLE = "TELEGRAM_WEBHOOK_SECRET";

  @ParentCommand NabaCommand parent;
  @Mixin DataOption data;

  @Option(
      names = "--api-url",
      paramLabel = "URL",
      description =
          "Base URL of the Bot API (default: NABA_TELEGRAM_API_URL, else the config's"
              + " telegram.api.url, https://api.telegram.org).")
  URI apiUrl;

  @Option(
      names = "--webhook",
      paramLabel = "URL",
      description =
          "Take updates by webhook at this public https URL (a proxy in front forwards it to"
              + " --listen); default: telegram.mode and telegram.webhook.url.")
  String webhook;

  @Option(
      names = "--listen",
      paramLabel = "HOST:PORT",
      description = "Where the webhook listens (default: telegram.webhook.listen, 0.0.0.0:8443).")
  String listen;

  @Option(
      names = "--polling",
      description = "Take updates by long polling, removing any webhook (whatever telegram.mode).")
  boolean polling;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    String token = parent.env().get(TOKEN_VARIABLE);
    if (token == null || token.isBlank()) {
      throw new BotStartException(
          TOKEN_VARIABLE + " is not set: export the bot token from @BotFather before `naba serve`");
    }
    NabaConfig config = parent.config(data);
    URI api = apiUrl != null ? apiUrl : config.telegramApiUrl();
    BotSettings settings =
        BotSettings.defaults(config.adminIds())
            .withSendTimeout(config.operations().sendTimeout())
            .withIntake(intake(config, parent.env()));
    Serving serving = serve(config, token, api, settings, Clock.systemUTC());
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

  /** How updates come in: the flags over the settings. */
  private Intake intake(NabaConfig config, java.util.Map<String, String> env) {
    if (polling && (webhook != null || listen != null)) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--polling and --webhook/--listen exclude each other");
    }
    NabaConfig.Operations ops = config.operations();
    if (polling || (webhook == null && !ops.webhook())) {
      return new Intake.Polling();
    }
    URI url = webhook != null ? ConfigLoader.webhookUrl(webhook, "--webhook") : ops.webhookUrl();
    java.net.InetSocketAddress address =
        listen != null ? ConfigLoader.address(listen, "--listen") : ops.webhookListen();
    String secret = env.get(WEBHOOK_SECRET_VARIABLE);
    if (secret == null || secret.isBlank()) {
      secret = WebhookSecrets.random();
    } else if (!secret.matches("[A-Za-z0-9_-]{1,256}")) {
      throw new org.naba.config.ConfigException(
          WEBHOOK_SECRET_VARIABLE + ": expected 1-256 characters of A-Z, a-z, 0-9, _ and -");
    }
    return new Intake.Webhook(url, address, secret);
  }

  /** How often the running bot indexes articles that other processes stored. */
  static final Duration FOLLOW_PERIOD = Duration.ofSeconds(5);

  /** How often the running bot sends the digests that are due. */
  static final Duration DIGEST_PERIOD = Duration.ofMinutes(1);

  /**
   * The bot and everything it answers from; closing it stops the digests and the bot, flushes what
   * is queued, then closes the connection, the index follower and the data.
   *
   * @param replicas the shared inbox and sender election (PostgreSQL and a webhook), or {@code
   *     null}
   */
  public record Serving(
      Naba naba,
      IndexFollower follower,
      BotApi api,
      TelegramSending sending,
      Subscriptions subscriptions,
      TelegramBot bot,
      ScheduledExecutorService digests,
      Monitoring monitoring,
      Replicas replicas)
      implements AutoCloseable {
    @Override
    public void close() {
      try (monitoring;
          naba;
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
        if (replicas != null) {
          replicas.close();
        }
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
      Monitoring.Parts parts = new Monitoring.Parts();
      Monitoring monitoring =
          open(opened, Monitoring.start(config.operations().adminListen(), parts));
      NabaMetrics metrics = monitoring.metrics();
      Naba naba = open(opened, Naba.open(config));
      parts.naba.set(naba);
      metrics.gauge(
          NabaMetrics.INDEX_LAG, () -> naba.store().articlesAfter(naba.index().indexedSeq()));
      IndexFollower follower =
          open(opened, IndexFollower.start(naba.index(), naba.store(), FOLLOW_PERIOD));
      BotApi api =
          open(
              opened,
              BotApi.connect(token, apiUrl, settings.pollTimeoutSeconds(), settings.sendTimeout()));
      Subscriptions subscriptions = open(opened, Databases.subscriptions(config));
      TelegramSending sending =
          open(
              opened,
              TelegramSending.open(
                  api, Databases.ledger(config), settings.limits(), clock, metrics));
      Dialogue dialogue =
          naba.dialogue(
              sending.ledger(),
              subscriptions,
              api,
              settings.dialogue(),
              clock,
              api.identity().username(),
              sending::stats,
              metrics);
      DigestRunner runner =
          new DigestRunner(
              subscriptions,
              naba.store(),
              sending,
              new DigestComposer(config.digest().size()),
              config.digest().emptyNote(),
              metrics);
      ScheduledExecutorService digests =
          Executors.newSingleThreadScheduledExecutor(
              r -> {
                Thread t = new Thread(r, "naba-digest");
                t.setDaemon(true);
                return t;
              });
      opened.add(digests::shutdownNow);
      Runnable runDue =
          () -> {
            try {
              runner.runDue(clock.instant());
            } catch (RuntimeException e) {
              log.error("digest run failed: {}", e.toString());
            }
          };
      // several processes on one PostgreSQL database take updates by webhook into a shared inbox;
      // the one elected sender sends every reply and runs the digests (at once when elected)
      Replicas replicas =
          config.store().isPostgres() && settings.intake() instanceof Intake.Webhook
              ? open(
                  opened,
                  Replicas.open(
                      Databases.postgres(config), sending, clock, () -> digests.execute(runDue)))
              : null;
      TelegramBot bot =
          open(
              opened,
              TelegramBot.start(
                  api, sending, dialogue, settings, config.dataDir(), clock, metrics, replicas));
      parts.bot.set(bot);
      followFeeds(naba, sending, config);
      digests.scheduleWithFixedDelay(
          () -> {
            if (replicas == null || replicas.leading()) {
              runDue.run();
            }
          },
          0,
          DIGEST_PERIOD.toSeconds(),
          TimeUnit.SECONDS);
      return new Serving(
          naba, follower, api, sending, subscriptions, bot, digests, monitoring, replicas);
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
