package org.naba.digest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.naba.answer.Shingles;
import org.naba.answer.SpeakerCheck;
import org.naba.dialogue.Message;
import org.naba.store.Store.QuoteListing;
import org.naba.text.ArabicNormalizer;

/**
 * Composes a chat's daily digest from the statements stored since its previous digest. Pure: the
 * same quotes and query give the same digest.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>A quote whose speaker is doubtful ({@link SpeakerCheck}) is left out.
 *   <li>Two quotes are the same statement when they have the same speaker and their word shingles
 *       overlap by at least {@link #SAME_STATEMENT} (containment with the group's first wording);
 *       they become one item that lists every outlet once, keeping the longest wording.
 *   <li>Statements from articles of one story ({@link #prepare(List, Function)}) are one item: the
 *       best-ranked statement, listing every outlet of the story's statements, so a digest never
 *       tells one event twice.
 *   <li>Items rank by corroboration (number of distinct outlets), then by the speaker's number of
 *       quotes in the window (prominence), then by first appearance (newest first).
 *   <li>A saved query keeps an item when every normalised query word occurs in the normalised
 *       speaker name, or every word occurs in one of its normalised wordings (a topic); an empty
 *       query keeps everything. Grouping and ranking do not depend on the query, so a window is
 *       {@link #prepare prepared} once for any number of subscriptions.
 *   <li>At most {@code limit} items; no items → no digest ({@link Optional#empty()}).
 * </ul>
 */
public final class DigestComposer {

  /** Shingle containment from which two wordings are one statement. */
  public static final double SAME_STATEMENT = 0.6;

  private static final String WHITESPACE = "\\s+";

  private final int limit;

  public DigestComposer(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1: " + limit);
    }
    this.limit = limit;
  }

  /** One statement of the digest with every outlet that reported it. */
  public record Item(String text, String speaker, String role, List<String> outlets, String url) {}

  /** The ranked items of a digest. */
  public record Digest(List<Item> items) {}

  /**
   * A window's statements grouped across outlets and ranked, ready to be filtered by any number of
   * saved queries.
   */
  public static final class Window {
    private final List<Group> ranked;

    private Window(List<Group> ranked) {
      this.ranked = ranked;
    }

    /** Statements (items before any query) in the window. */
    public int size() {
      return ranked.size();
    }
  }

  /**
   * Groups and ranks {@code quotes} (the window's statements, newest first), each its own story.
   */
  public static Window prepare(List<QuoteListing> quotes) {
    return prepare(quotes, articleId -> articleId);
  }

  /**
   * Groups and ranks {@code quotes} (the window's statements, newest first), one item per story:
   * {@code storyOf} gives the story of an article id.
   */
  public static Window prepare(List<QuoteListing> quotes, Function<String, String> storyOf) {
    Map<String, Integer> prominence = new HashMap<>();
    Map<String, List<Group>> bySpeaker = new HashMap<>();
    List<Group> groups = new ArrayList<>();
    for (QuoteListing q : quotes) {
      if (!SpeakerCheck.plausible(q.speaker())) {
        continue; // a digest lists who said what: a doubtful speaker is no name to list
      }
      String speaker = key(q.speaker());
      prominence.merge(speaker, 1, Integer::sum);
      Shingles shingles = Shingles.of(q.text());
      List<Group> same = bySpeaker.computeIfAbsent(speaker, k -> new ArrayList<>());
      Group home = null;
      for (Group g : same) {
        if (g.shingles.containment(shingles) >= SAME_STATEMENT) {
          home = g;
          break;
        }
      }
      if (home == null) {
        Group g = new Group(q, shingles, speaker, groups.size());
        groups.add(g);
        same.add(g);
      } else {
        home.add(q);
      }
    }
    Comparator<Group> rank =
        Comparator.comparingInt((Group g) -> -g.outlets.size())
            .thenComparingInt(g -> -prominence.getOrDefault(g.speaker, 0))
            .thenComparingInt(g -> g.order);
    groups.sort(rank);
    // one item per story: the best-ranked statement of each, with all the story's outlets
    Map<String, Group> byStory = new java.util.LinkedHashMap<>();
    for (Group g : groups) {
      Group lead = byStory.putIfAbsent(storyOf.apply(g.best.articleId()), g);
      if (lead != null) {
        lead.outlets.addAll(g.outlets);
      }
    }
    List<Group> items = new ArrayList<>(byStory.values());
    items.sort(rank);
    return new Window(List.copyOf(items));
  }

  /**
   * The digest of {@code quotes} (the window's statements, newest first) for {@code query} (a
   * speaker name or topic words; blank for all), or empty when nothing matches.
   */
  public Optional<Digest> compose(List<QuoteListing> quotes, String query) {
    return compose(prepare(quotes), query);
  }

  /**
   * The digest of a prepared window for {@code query}: its best-ranked items of which some wording
   * matches, at most the limit; empty when none does.
   */
  public Optional<Digest> compose(Window window, String query) {
    List<String> wanted = words(query == null ? "" : query);
    List<Item> items = new ArrayList<>();
    for (Group g : window.ranked) {
      if (items.size() == limit) {
        break;
      }
      if (g.matches(wanted)) {
        items.add(
            new Item(
                g.best.text(),
                g.best.speaker(),
                g.best.role(),
                List.copyOf(g.outlets),
                g.best.url()));
      }
    }
    return items.isEmpty() ? Optional.empty() : Optional.of(new Digest(List.copyOf(items)));
  }

  /** The digest as a message: {@code heading}, then one brief a statement. */
  public static Message message(Digest digest, String heading) {
    List<Message.Block> blocks = new ArrayList<>();
    blocks.add(new Message.Heading(heading));
    for (Item item : digest.items()) {
      blocks.add(
          new Message.Brief(item.text(), item.speaker(), item.role(), item.outlets(), item.url()));
    }
    return new Message(blocks);
  }

  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    for (String w : ArabicNormalizer.normalize(text).split(WHITESPACE)) {
      if (!w.isBlank()) {
        out.add(w.strip());
      }
    }
    return out;
  }

  private static String key(String speaker) {
    return speaker == null ? "" : ArabicNormalizer.normalize(speaker).strip();
  }

  private static final class Group {
    final String speaker;
    final Shingles shingles;
    final int order;
    final Set<String> outlets = new LinkedHashSet<>();
    final List<QuoteListing> members = new ArrayList<>();
    volatile List<String> texts;
    QuoteListing best;

    Group(QuoteListing q, Shingles shingles, String speaker, int order) {
      this.best = q;
      this.shingles = shingles;
      this.speaker = speaker;
      this.order = order;
      members.add(q);
      outlets.add(outletOf(q));
    }

    /** True when the query is empty, or names the speaker, or is in one of the wordings. */
    boolean matches(List<String> wanted) {
      if (wanted.isEmpty() || wanted.stream().allMatch(speaker::contains)) {
        return true;
      }
      if (texts == null) {
        texts = new ArrayList<>();
        for (QuoteListing q : members) {
          texts.add(ArabicNormalizer.normalize(q.text()));
        }
      }
      for (String text : texts) {
        if (wanted.stream().allMatch(text::contains)) {
          return true;
        }
      }
      return false;
    }

    void add(QuoteListing q) {
      members.add(q);
      texts = null;
      outlets.add(outletOf(q));
      if (q.text().length() > best.text().length()) {
        best = q;
      }
    }

    private static String outletOf(QuoteListing q) {
      return q.outlet() == null || q.outlet().isBlank()
          ? q.url() == null ? "?" : q.url()
          : q.outlet();
    }
  }
}
