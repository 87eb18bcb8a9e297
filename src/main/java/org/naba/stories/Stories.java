package org.naba.stories;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.naba.store.Store;
import org.naba.store.StoredArticle;
import org.naba.store.StoryTable;
import org.naba.store.StoryTable.Member;

/**
 * The stories of a store: clusters the articles it has not placed yet ({@link #catchUp}), or all of
 * them again ({@link #rebuild}), and lists them. The clusterer's recent articles are read back from
 * the store on first use, so a restart goes on where the last run stopped.
 */
public final class Stories {

  private static final int PAGE = 500;

  private final Store store;
  private final StoryTuning tuning;
  private final StoryLinker linker;
  private StoryClusterer clusterer;

  /** Stories clustered with the bundled learned linker ({@link StoryModel#bundled()}). */
  public Stories(Store store, StoryTuning tuning) {
    this(store, tuning, StoryModel.bundled());
  }

  public Stories(Store store, StoryTuning tuning, StoryLinker linker) {
    this.store = store;
    this.tuning = tuning;
    this.linker = linker;
  }

  /** Places every article stored since the last call (in arrival order); returns how many. */
  public synchronized int catchUp() {
    StoryTable table = store.stories();
    if (clusterer == null) {
      clusterer = restored(table);
    }
    int placed = 0;
    long seq = table.lastSeq();
    for (List<StoredArticle> page = store.after(seq, PAGE);
        !page.isEmpty();
        page = store.after(seq, PAGE)) {
      List<Member> members = new ArrayList<>(page.size());
      GroupRenames renames = new GroupRenames();
      for (StoredArticle stored : page) {
        members.add(place(StoryArticle.of(stored), renames));
        seq = stored.seq();
      }
      table.put(current(members, renames), renames.all());
      placed += members.size();
    }
    return placed;
  }

  /**
   * Forgets every story and clusters the whole store again, oldest article first (ties by id): the
   * same store always gives the same stories. Returns how many articles were placed.
   */
  public synchronized int rebuild() {
    List<StoryArticle> all = new ArrayList<>();
    long seq = 0;
    for (List<StoredArticle> page = store.after(seq, PAGE);
        !page.isEmpty();
        page = store.after(seq, PAGE)) {
      for (StoredArticle stored : page) {
        all.add(StoryArticle.of(stored));
        seq = stored.seq();
      }
    }
    all.sort(Comparator.comparing(StoryArticle::at).thenComparing(StoryArticle::id));
    clusterer = new StoryClusterer(tuning, linker);
    List<Member> members = new ArrayList<>(all.size());
    GroupRenames renames = new GroupRenames();
    for (StoryArticle a : all) {
      members.add(place(a, renames));
    }
    StoryTable table = store.stories();
    table.clear();
    table.put(current(members, renames));
    return members.size();
  }

  private Member place(StoryArticle a, GroupRenames renames) {
    StoryClusterer.Assignment assignment = clusterer.add(a);
    renames.note(assignment);
    return new Member(a.seq(), a.id(), a.outlet(), assignment.story(), a.at());
  }

  /** The members with the story each goes by now, after the merges of their batch. */
  private static List<Member> current(List<Member> members, GroupRenames renames) {
    if (renames.isEmpty()) {
      return members;
    }
    List<Member> out = new ArrayList<>(members.size());
    for (Member m : members) {
      out.add(
          new Member(
              m.articleSeq(), m.articleId(), m.outlet(), renames.current(m.story()), m.at()));
    }
    return out;
  }

  private StoryClusterer restored(StoryTable table) {
    StoryClusterer restored = new StoryClusterer(tuning, linker);
    Instant latest = table.latest();
    if (latest == null) {
      return restored;
    }
    List<Member> recent = table.storiesSince(latest.minus(tuning.window().multipliedBy(2)));
    Map<String, Instant> firstSeen = new LinkedHashMap<>();
    for (Member m : recent) {
      firstSeen.merge(m.story(), m.at(), (x, y) -> x.isBefore(y) ? x : y);
    }
    recent.stream()
        .sorted(Comparator.comparing(Member::at).thenComparing(Member::articleId))
        .forEach(
            m ->
                store
                    .bySeq(m.articleSeq())
                    .ifPresent(
                        s ->
                            restored.restore(
                                StoryArticle.of(s), m.story(), firstSeen.get(m.story()))));
    return restored;
  }

  /**
   * The stories with an article at or after {@code since}, newest first (by their last article).
   */
  public List<Story> since(Instant since) {
    Map<String, List<Member>> byStory = new LinkedHashMap<>();
    for (Member m : store.stories().storiesSince(since)) {
      byStory.computeIfAbsent(m.story(), k -> new ArrayList<>()).add(m);
    }
    List<Story> out = new ArrayList<>(byStory.size());
    byStory.forEach((id, members) -> out.add(story(id, members)));
    out.sort(Comparator.comparing(Story::lastSeen).reversed().thenComparing(Story::id));
    return out;
  }

  private static Story story(String id, List<Member> members) {
    List<String> articles = new ArrayList<>();
    Set<String> outlets = new LinkedHashSet<>();
    for (Member m : members) {
      articles.add(m.articleId());
      if (m.outlet() != null) {
        outlets.add(m.outlet());
      }
    }
    return new Story(
        id,
        articles,
        List.copyOf(outlets),
        members.get(0).at(),
        members.get(members.size() - 1).at());
  }
}
