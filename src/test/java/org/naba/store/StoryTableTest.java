package org.naba.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.naba.database.Engine;
import org.naba.store.StoryTable.Member;
import org.naba.text.Span;

/** The story table on each engine: upserts, reads by article and by time, clearing. */
@ParameterizedClass
@EnumSource(Engine.class)
class StoryTableTest {

  private static final Instant T0 = Instant.parse("2024-03-01T10:00:00Z");

  @Parameter Engine engine;
  @TempDir Path dir;

  private Store open() {
    return Store.open(engine.target(dir).open("naba.db"), Clock.systemUTC());
  }

  private static long add(Store store, String id, String outlet) {
    String text = "نص الخبر " + id;
    Span all = new Span(0, text.length());
    store.add(
        new ParsedArticle(
            new Article(id, "https://x/" + id, outlet, "عنوان " + id, T0.toString(), text),
            List.of(all),
            List.of(all),
            List.of()));
    return store.byId(id).orElseThrow().seq();
  }

  @Test
  void placesArticlesReplacesTheirPlacesAndListsRecentStories() {
    try (Store store = open()) {
      long a = add(store, "a", "BBC");
      long b = add(store, "b", "CNN");
      long c = add(store, "c", "RT");
      StoryTable table = store.stories();
      assertNull(table.latest());
      assertEquals(0, table.lastSeq());
      table.put(
          List.of(
              new Member(a, "a", null, "a", T0),
              new Member(b, "b", null, "b", T0.plusSeconds(60)),
              new Member(c, "c", null, "c", T0.plusSeconds(7200))));
      // b joins a's story: the upsert replaces its place
      table.put(List.of(new Member(b, "b", null, "a", T0.plusSeconds(60))));
      assertEquals(c, table.lastSeq());
      assertEquals(T0.plusSeconds(7200), table.latest());
      assertEquals(
          Map.of("a", "a", "b", "a", "c", "c"), table.storyOf(List.of("a", "b", "c", "x")));

      // a story with an article since T0 + 30 s lists all of its articles, oldest first
      List<Member> since = table.storiesSince(T0.plusSeconds(30));
      assertEquals(
          List.of(
              new Member(a, "a", "BBC", "a", T0),
              new Member(b, "b", "CNN", "a", T0.plusSeconds(60)),
              new Member(c, "c", "RT", "c", T0.plusSeconds(7200))),
          since);
      assertEquals(
          List.of("c"),
          table.storiesSince(T0.plusSeconds(3600)).stream().map(Member::story).toList());

      table.clear();
      assertEquals(0, table.lastSeq());
      assertEquals(Map.of(), table.storyOf(List.of("a")));
    }
  }
}
