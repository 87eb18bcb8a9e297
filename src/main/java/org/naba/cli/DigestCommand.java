package org.naba.cli;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.naba.config.NabaConfig;
import org.naba.dialogue.Message;
import org.naba.dialogue.PlainText;
import org.naba.digest.DigestComposer;
import org.naba.digest.DigestRunner;
import org.naba.digest.Subscriptions;
import org.naba.metrics.NabaMetrics;
import org.naba.store.Store;
import org.naba.telegram.BotApi;
import org.naba.telegram.BotStartException;
import org.naba.telegram.FloodLimits;
import org.naba.telegram.TelegramSending;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code naba digest}: the daily digests, run at a given instant or previewed. */
@Command(
    name = "digest",
    mixinStandardHelpOptions = true,
    description = "Daily digests: send those due at an instant, or preview a chat's.",
    subcommands = {DigestCommand.Run.class, DigestCommand.Preview.class})
final class DigestCommand implements Runnable {

  @ParentCommand NabaCommand parent;
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(
        spec.commandLine(), "name a subcommand: run or preview");
  }

  /** The run sends only, so its reads never wait for a long poll. */
  static final int POLL_TIMEOUT_SECONDS = 0;

  /** Longest wait for the send queue to deliver a run's digests. */
  static final Duration DELIVERY_WAIT = Duration.ofMinutes(10);

  @Command(
      name = "run",
      mixinStandardHelpOptions = true,
      description =
          "Send the digests due at --now (default: the current time) through the flood-controlled"
              + " queue. The token is read from TELEGRAM_BOT_TOKEN only.")
  static final class Run implements Callable<Integer> {

    @ParentCommand DigestCommand digest;
    @Spec CommandSpec spec;
    @Mixin DataOption data;

    @Option(names = "--now", paramLabel = "INSTANT", description = "e.g. 2026-11-23T05:00:00Z")
    Instant now;

    @Option(names = "--api-url", paramLabel = "URL", description = "Base URL of the Bot API.")
    URI apiUrl;

    @Override
    public Integer call() throws InterruptedException {
      String token = digest.parent.env().get(ServeCommand.TOKEN_VARIABLE);
      if (token == null || token.isBlank()) {
        throw new BotStartException(
            ServeCommand.TOKEN_VARIABLE
                + " is not set: `naba digest run` sends with the bot token");
      }
      NabaConfig config = digest.parent.config(data);
      Instant at = now != null ? now : Instant.now();
      try (Store store = Databases.store(config);
          Subscriptions subscriptions = Databases.subscriptions(config);
          BotApi api = BotApi.connect(token, api(apiUrl, config), POLL_TIMEOUT_SECONDS);
          TelegramSending sending =
              TelegramSending.open(
                  api,
                  Databases.ledger(config),
                  FloodLimits.telegram(),
                  Clock.systemUTC(),
                  NabaMetrics.inMemory())) {
        DigestRunner runner =
            new DigestRunner(
                subscriptions,
                store,
                sending,
                new DigestComposer(config.digest().size()),
                config.digest().emptyNote());
        int queued = runner.runDue(at);
        boolean idle = sending.awaitIdle(DELIVERY_WAIT);
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (runner.inFlight() > 0 && System.nanoTime() < deadline) {
          Thread.sleep(10);
        }
        DigestRunner.Outcomes outcomes = runner.outcomes();
        spec.commandLine()
            .getOut()
            .println(
                "digests due at "
                    + at
                    + ": "
                    + queued
                    + " queued, "
                    + outcomes.sent()
                    + " confirmed, "
                    + outcomes.uncertain()
                    + " uncertain (may have arrived; not sent again), "
                    + outcomes.notSent()
                    + " not sent (the next run sends them)"
                    + (idle ? "" : " (queue not idle after " + DELIVERY_WAIT + ")"));
        spec.commandLine().getOut().flush();
        return runner.inFlight() == 0 ? 0 : 1;
      }
    }

    private static URI api(URI given, NabaConfig config) {
      return given != null ? given : config.telegramApiUrl();
    }
  }

  @Command(
      name = "preview",
      mixinStandardHelpOptions = true,
      description = "Print the digest a chat would get now (nothing is sent; no token needed).")
  static final class Preview implements Callable<Integer> {

    @ParentCommand DigestCommand digest;
    @Spec CommandSpec spec;
    @Mixin DataOption data;

    @Option(names = "--chat", paramLabel = "ID", required = true, description = "The chat id.")
    long chat;

    @Option(names = "--now", paramLabel = "INSTANT", description = "End of the window.")
    Instant now;

    @Override
    public Integer call() {
      NabaConfig config = digest.parent.config(data);
      Instant at = now != null ? now : Instant.now();
      try (Store store = Databases.store(config);
          Subscriptions subscriptions = Databases.subscriptions(config)) {
        Optional<Subscriptions.Subscription> s = subscriptions.of(chat);
        if (s.isEmpty()) {
          spec.commandLine().getErr().println("chat " + chat + " has no digest subscription");
          spec.commandLine().getErr().flush();
          return 1;
        }
        Optional<Message> message =
            DigestRunner.message(
                store,
                new DigestComposer(config.digest().size()),
                config.digest().emptyNote(),
                s.get().query(),
                s.get().since(),
                at);
        spec.commandLine()
            .getOut()
            .print(
                message
                    .map(PlainText::render)
                    .orElse("(nothing new since " + s.get().since() + ")\n"));
        spec.commandLine().getOut().flush();
        return 0;
      }
    }
  }
}
