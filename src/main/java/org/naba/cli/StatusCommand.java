package org.naba.cli;

import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.naba.config.NabaConfig;
import org.naba.digest.Subscriptions;
import org.naba.search.UnitIndex;
import org.naba.search.UnitSchema;
import org.naba.store.Store;
import org.naba.telegram.BotLedger;
import org.naba.telegram.TelegramSending;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code naba status}: the figures of a data folder (from its files, whether or not the bot runs),
 * then the running bot's meters from its admin endpoint ({@code http.admin.listen}), the same ones
 * {@code /metrics} serves.
 */
@Command(
    name = "status",
    description =
        "Print the data folder's figures and the running bot's meters (from http.admin.listen).")
final class StatusCommand implements Callable<Integer> {

  private static final Duration SCRAPE_TIMEOUT = Duration.ofSeconds(3);

  @ParentCommand NabaCommand parent;
  @Spec CommandSpec spec;
  @Mixin DataOption data;

  @Override
  public Integer call() throws InterruptedException {
    NabaConfig config = parent.config(data);
    PrintWriter out = spec.commandLine().getOut();
    out.println("data folder: " + config.dataDir());
    if (!Files.isRegularFile(config.storeFile())) {
      out.flush();
      throw new IllegalStateException("no store in " + config.dataDir() + " (naba.db is missing)");
    }
    try (Store store = Store.open(config.storeFile())) {
      out.printf("store: %d articles, last seq %d%n", store.articleCount(), store.lastSeq());
      if (config.search().openSearch() || Files.isDirectory(config.indexDir())) {
        try (UnitSchema schema = new UnitSchema();
            UnitIndex index = Naba.openIndex(config, schema)) {
          out.printf(
              "index: %d units, up to article seq %d; %d articles stored but not yet searchable%n",
              index.unitCount(), index.indexedSeq(), store.articlesAfter(index.indexedSeq()));
        }
      } else {
        out.println("index: none yet (built from the store on the next start)");
      }
    }
    java.nio.file.Path bot = config.dataDir().resolve(TelegramSending.LEDGER_FILE);
    if (Files.isRegularFile(bot)) {
      try (BotLedger ledger = BotLedger.open(bot);
          Subscriptions subscriptions = Subscriptions.open(bot)) {
        BotLedger.Counts c = ledger.counts();
        out.printf(
            "bot: %d updates handled, %d questions kept, %d inactive chats, %d uncertain sends%n",
            c.updates(), c.questions(), c.inactiveChats(), c.uncertainSends());
        out.printf(
            "digests: %d subscriptions active, %d sent, %d uncertain%n",
            subscriptions.active().size(),
            subscriptions.sentCount(),
            subscriptions.uncertainCount());
      }
    } else {
      out.println("bot: no telegram.db yet (the bot never ran on this folder)");
    }
    live(config, out);
    out.flush();
    return 0;
  }

  /** The running bot's meters, as its admin endpoint serves them (buckets left out). */
  private static void live(NabaConfig config, PrintWriter out) throws InterruptedException {
    InetSocketAddress admin = config.operations().adminListen();
    if (admin == null) {
      out.println("live: http.admin.listen is off");
      return;
    }
    String host =
        admin.getAddress() == null || admin.getAddress().isAnyLocalAddress()
            ? "127.0.0.1"
            : admin.getHostString();
    URI url = URI.create("http://" + host + ":" + admin.getPort() + "/metrics");
    try (HttpClient http = HttpClient.newBuilder().connectTimeout(SCRAPE_TIMEOUT).build()) {
      HttpResponse<String> scrape =
          http.send(
              HttpRequest.newBuilder(url).timeout(SCRAPE_TIMEOUT).build(),
              HttpResponse.BodyHandlers.ofString());
      out.println("live (" + url + "):");
      scrape
          .body()
          .lines()
          .filter(l -> l.startsWith("naba_") && !l.contains("_bucket{"))
          .forEach(l -> out.println("  " + l));
    } catch (java.io.IOException e) {
      out.println("live: no bot answers at " + url + " (not running here?)");
    }
  }
}
