package org.naba.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.naba.database.Engine;

@ParameterizedClass
@EnumSource(Engine.class)
class SourceTableTest {

  @Parameter Engine engine;
  @TempDir Path dir;
  private Engine.Target target;

  /** Opens this test's store (the same one each time) on {@link #engine}. */
  private Store open() {
    if (target == null) {
      target = engine.target(dir);
    }
    return Store.open(target.open("naba.db"), Clock.systemUTC());
  }

  private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");

  @Test
  void addsASourceOnceAndListsItDueAtOnce() {
    try (Store store = open()) {
      SourceTable sources = store.sources();
      FeedSource added =
          sources.add("https://x/rss", "روداو", Duration.ofMinutes(10), NOW).orElseThrow();
      assertEquals(
          Optional.empty(), sources.add("https://x/rss", null, Duration.ofMinutes(1), NOW));
      assertEquals(List.of(added), sources.all());
      assertEquals(List.of(added), sources.due(NOW));
      assertEquals(Duration.ofMinutes(10), added.every());
      assertEquals(FeedSource.FetchState.fresh(), added.state());
    }
  }

  @Test
  void keepsTheFetchStateAndIsNotDueBeforeItsNextFetch() {
    try (Store store = open()) {
      SourceTable sources = store.sources();
      long id = sources.add("https://x/rss", null, Duration.ofMinutes(10), NOW).orElseThrow().id();
      FeedSource.FetchState state =
          new FeedSource.FetchState(
              "\"e1\"",
              "Tue, 01 Dec 2026 07:00:00 GMT",
              NOW,
              "ok",
              null,
              3,
              3,
              0,
              0,
              NOW.plusSeconds(600),
              false);
      sources.record(id, state);
      assertEquals(state, sources.byId(id).orElseThrow().state());
      assertTrue(sources.due(NOW.plusSeconds(599)).isEmpty());
      assertEquals(1, sources.due(NOW.plusSeconds(600)).size());
      assertEquals(Optional.of(NOW.plusSeconds(600)), sources.nextDue());
    }
  }

  @Test
  void aDisabledSourceIsNeverDueAndARemovedOneIsGone() {
    try (Store store = open()) {
      SourceTable sources = store.sources();
      sources.add("https://x/rss", null, Duration.ofMinutes(10), NOW);
      assertTrue(sources.enable("https://x/rss", false));
      assertTrue(sources.due(NOW).isEmpty());
      assertEquals(Optional.empty(), sources.nextDue());
      assertTrue(sources.remove("https://x/rss"));
      assertFalse(sources.remove("https://x/rss"));
      assertTrue(sources.all().isEmpty());
    }
  }

  @Test
  void remembersTheFingerprintOfASeenItem() {
    try (Store store = open()) {
      SourceTable sources = store.sources();
      assertEquals(Optional.empty(), sources.fingerprint("guid:x|1"));
      sources.remember("guid:x|1", "abc", "a1");
      sources.remember("guid:x|1", "def", "a1");
      assertEquals(Optional.of("def"), sources.fingerprint("guid:x|1"));
    }
  }
}
