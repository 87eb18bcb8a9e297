package org.naba.cli;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import okhttp3.OkHttpClient;
import org.naba.config.NabaConfig;
import org.naba.digest.DigestComposer;
import org.naba.digest.DigestRunner;
import org.naba.store.Store;
import org.naba.telegram.BotLedger;
import org.naba.telegram.BotStartException;
import org.naba.telegram.FloodLimits;
import org.naba.telegram.SecretMask;
import org.naba.telegram.SendQueue;
import org.naba.telegram.Subscriptions;
import org.naba.telegram.TelegramBot;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.generics.TelegramClient;
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
      URI api = apiUrl != null ? apiUrl : config.telegramApiUrl();
      Instant at = now != null ? now : Instant.now();
      Path ledgerFile = config.dataDir().resolve(TelegramBot.LEDGER_FILE);
      OkHttpClient http = new OkHttpClient();
      ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
      ExecutorService io = Executors.newFixedThreadPool(4);
      try (Store store = Store.open(config.storeFile());
          BotLedger ledger = BotLedger.open(ledgerFile);
          Subscriptions subscriptions = Subscriptions.open(ledgerFile)) {
        int port = api.getPort() >= 0 ? api.getPort() : "http".equals(api.getScheme()) ? 80 : 443;
        TelegramClient client =
            new OkHttpTelegramClient(
                http, token, new TelegramUrl(api.getScheme(), api.getHost(), port, false));
        SendQueue queue =
            new SendQueue(
                client::execute,
                FloodLimits.telegram(),
                ledger,
                Clock.systemUTC(),
                timer,
                io,
                new SecretMask(token));
        DigestRunner runner =
            new DigestRunner(
                subscriptions,
                store,
                queue,
                ledger,
                new DigestComposer(config.digest().size()),
                config.digest().emptyNote());
        int queued = runner.runDue(at);
        boolean idle = queue.awaitIdle(DELIVERY_WAIT);
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (runner.inFlight() > 0 && System.nanoTime() < deadline) {
          Thread.sleep(10);
        }
        queue.close();
        spec.commandLine()
            .getOut()
            .println(
                "digests due at "
                    + at
                    + ": "
                    + queued
                    + " queued, "
                    + (queued - runner.inFlight())
                    + " confirmed"
                    + (idle ? "" : " (queue not idle after " + DELIVERY_WAIT + ")"));
        spec.commandLine().getOut().flush();
        return runner.inFlight() == 0 ? 0 : 1;
      } finally {
        timer.shutdownNow();
        io.shutdownNow();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
      }
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
      Path ledgerFile = config.dataDir().resolve(TelegramBot.LEDGER_FILE);
      Instant at = now != null ? now : Instant.now();
      try (Store store = Store.open(config.storeFile());
          Subscriptions subscriptions = Subscriptions.open(ledgerFile)) {
        Optional<Subscriptions.Subscription> s = subscriptions.of(chat);
        if (s.isEmpty()) {
          spec.commandLine().getErr().println("chat " + chat + " has no digest subscription");
          spec.commandLine().getErr().flush();
          return 1;
        }
        Optional<String> message =
            DigestRunner.message(
                store,
                new DigestComposer(config.digest().size()),
                config.digest().emptyNote(),
                s.get().query(),
                s.get().since(),
                at);
        spec.commandLine()
            .getOut()
            .println(message.orElse("(nothing new since " + s.get().since() + ")"));
        spec.commandLine().getOut().flush();
        return 0;
      }
    }
  }
}
