package org.naba.digest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.naba.answer.HtmlRenderer;
import org.naba.answer.Shingles;
import org.naba.store.Store.QuoteListing;
import org.naba.text.ArabicNormalizer;

/**
 * Composes a chat's daily digest from the statements stored since its previous digest. Pure: the
 * same quotes and query give the same digest.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>A saved query keeps a quote when every normalised query word occurs in the normalised
 *       speaker name, or every word occurs in the normalised statement (a topic); an empty query
 *       keeps everything.
 *   <li>Two quotes are the same statement when their word shingles overlap by at least {@link
 *       #SAME_STATEMENT} (containment) and they have the same speaker; they become one item that
 *       lists every outlet once, keeping the longest wording.
 *   <li>Items rank by corroboration (number of distinct outlets), then by the speaker's number of
 *       quotes in the window (prominence), then by first appearance (newest first).
 *   <li>At most {@code limit} items; no items → no digest ({@link Optional#empty()}).
 * </ul>
 */
public final class DigestComposer {

  /** Shingle containment from which two wordings are one statement. */
  public static final double SAME_STATEMENT = 0.6;

  private static final String WHITESPACE = "\\s+";
  private static final String OUTLET_SEPARATOR = "، ";
  private static final String DASH = " — ";

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
   * The digest of {@code quotes} (the window's statements, newest first) for {@code query} (a
   * speaker name or topic words; blank for all), or empty when nothing matches.
   */
  public Optional<Digest> compose(List<QuoteListing> quotes, String query) {
    List<String> wanted = words(query == null ? "" : query);
    List<QuoteListing> kept = new ArrayList<>();
    for (QuoteListing q : quotes) {
      if (matches(q, wanted)) {
        kept.add(q);
      }
    }
    if (kept.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Integer> prominence = new HashMap<>();
    for (QuoteListing q : kept) {
      prominence.merge(key(q.speaker()), 1, Integer::sum);
    }
    List<Group> groups = new ArrayList<>();
    for (QuoteListing q : kept) {
      Shingles shingles = Shingles.of(q.text());
      String speaker = key(q.speaker());
      Group home = null;
      for (Group g : groups) {
        if (g.speaker.equals(speaker) && g.shingles.containment(shingles) >= SAME_STATEMENT) {
          home = g;
          break;
        }
      }
      if (home == null) {
        groups.add(new Group(q, shingles, speaker, groups.size()));
      } else {
        home.add(q, shingles);
      }
    }
    groups.sort(
        Comparator.comparingInt((Group g) -> -g.outlets.size())
            .thenComparingInt(g -> -prominence.getOrDefault(g.speaker, 0))
            .thenComparingInt(g -> g.order));
    List<Item> items = new ArrayList<>();
    for (Group g : groups.subList(0, Math.min(limit, groups.size()))) {
      items.add(
          new Item(
              g.best.text(),
              g.best.speaker(),
              g.best.role(),
              List.copyOf(g.outlets),
              g.best.url()));
    }
    return Optional.of(new Digest(List.copyOf(items)));
  }

  /** The digest as a Telegram HTML message under {@code heading} (plain text, escaped here). */
  public static String render(Digest digest, String heading) {
    StringBuilder out = new StringBuilder();
    out.append("<b>").append(HtmlRenderer.escape(heading)).append("</b>\n");
    for (Item item : digest.items()) {
      out.append("\n<blockquote>")
          .append(HtmlRenderer.escape(item.text()))
          .append("</blockquote>\n");
      out.append(DASH.strip())
          .append(" <b>")
          .append(HtmlRenderer.escape(item.speaker()))
          .append("</b>");
      if (item.role() != null && !item.role().isBlank()) {
        out.append("، ").append(HtmlRenderer.escape(item.role()));
      }
      out.append('\n');
      String outlets = String.join(OUTLET_SEPARATOR, item.outlets());
      if (item.url() != null && !item.url().isBlank()) {
        out.append("<a href=\"")
            .append(HtmlRenderer.escape(item.url()))
            .append("\">")
            .append(HtmlRenderer.escape(outlets))
            .append("</a>\n");
      } else {
        out.append(HtmlRenderer.escape(outlets)).append('\n');
      }
    }
    return out.toString();
  }

  private static boolean matches(QuoteListing q, List<String> wanted) {
    if (wanted.isEmpty()) {
      return true;
    }
    String speaker = key(q.speaker());
    String text = ArabicNormalizer.normalize(q.text());
    return wanted.stream().allMatch(speaker::contains) || wanted.stream().allMatch(text::contains);
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
    QuoteListing best;

    Group(QuoteListing q, Shingles shingles, String speaker, int order) {
      this.best = q;
      this.shingles = shingles;
      this.speaker = speaker;
      this.order = order;
      outlets.add(outletOf(q));
    }

    void add(QuoteListing q, Shingles s) {
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
