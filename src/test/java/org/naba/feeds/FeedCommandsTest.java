package org.naba.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naba.config.NabaConfig;
import org.naba.dialogue.Chat;
import org.naba.dialogue.ChatKind;
import org.naba.dialogue.Message;
import org.naba.dialogue.Reply;
import org.naba.dialogue.Request;
import org.naba.ingest.ArticleAnalysis;
import org.naba.ingest.Ingestor;
import org.naba.ingest.OutletDirectory;
import org.naba.ingest.Sources;
import org.naba.quotes.QuoteExtractor;
import org.naba.store.Store;

class FeedCommandsTest {

  @TempDir Path dir;
  private static final long ADMIN = 42;
  private static final Chat PRIVATE = new Chat(7, ChatKind.PRIVATE, null);
  private Store store;
  private FeedFollower feeds;
  private FeedCommands commands;

  @BeforeEach
  void open() {
    store = Store.open(dir.resolve("naba.db"));
    OutletDirectory outlets = OutletDirectory.load(Path.of("config/outlets.json"));
    NabaConfig.Feeds settings = NabaConfig.Feeds.defaults();
    feeds =
        new FeedFollower(
            store.sources(),
            new Ingestor(store, new Sources(outlets), new ArticleAnalysis(new QuoteExtractor()), 1),
            outlets,
            settings,
            ExtractionRules.NONE,
            new HttpFetcher(FetchPolicy.of(settings)),
            Clock.systemUTC(),
            FeedFollower.pollThreads(),
            Duration.ofSeconds(1),
            () -> {});
    commands = new FeedCommands(feeds, id -> id != null && id == ADMIN);
  }

  @AfterEach
  void close() {
    feeds.close();
    store.close();
  }

  private String say(Long user, String name, String argument) {
    List<Reply> replies = new ArrayList<>();
    commands.run(new Request.Command(PRIVATE, user, 1, name, argument), replies::add);
    StringBuilder out = new StringBuilder();
    for (Reply r : replies) {
      for (Message.Block b : ((Reply.Send) r).message().blocks()) {
        out.append(b).append('\n');
      }
    }
    return out.toString();
  }

  @Test
  void anAdminAddsAFeedAndSeesItListed() {
    assertTrue(say(ADMIN, "addfeed", "https://www.rudaw.net/arabic/rss").contains("أُضيف المصدر"));
    String listing = say(ADMIN, "feeds", "");
    assertTrue(listing.contains("https://www.rudaw.net/arabic/rss (روداو)"), listing);
    assertTrue(say(ADMIN, "addfeed", "https://www.rudaw.net/arabic/rss").contains("مضاف من قبل"));
  }

  @Test
  void aLoopbackUrlFromAChatIsRefused() {
    String reply = say(ADMIN, "addfeed", "http://169.254.169.254/latest/meta-data");
    assertTrue(reply.contains("لم أُضف المصدر"), reply);
    assertEquals(0, store.sources().all().size());
  }

  @Test
  void someoneElseIsToldTheCommandIsForAdmins() {
    assertTrue(say(99L, "addfeed", "https://x.test/rss").contains(FeedTexts.ADMIN_ONLY));
    assertEquals(0, store.sources().all().size());
  }

  @Test
  void addfeedWithoutAUrlSaysHow() {
    assertEquals(
        FeedTexts.ADD_USAGE, say(ADMIN, "addfeed", "").replaceAll("^Line\\[text=|\\]\\n$", ""));
  }
}
