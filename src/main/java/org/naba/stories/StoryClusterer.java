package org.naba.stories;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Incremental story clustering: each new article joins the most similar open story when it is
 * similar enough, or starts a story of its own.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>A story is open to articles within {@link StoryTuning#window()} of its first article, and
 *       an article is compared only with stories that hold an article sharing a rare stem or a
 *       MinHash band with it.
 *   <li>Similarity to a story is the larger of (a) the best similarity to one of its articles and
 *       (b) {@link StoryTuning#centroidWeight()} times the cosine with the sum of its articles'
 *       stems. Similarity of two articles is the cosine of their title-and-opening stems weighted
 *       by inverse document frequency over the articles held, plus a bonus for a common speaker and
 *       for a common quote; near-duplicate texts (MinHash) are similar outright.
 *   <li>A story is named by the id of the article that started it.
 *   <li>The same articles added in the same order give the same stories.
 * </ul>
 *
 * <p>Not thread-safe: one owner adds articles one at a time.
 */
public final class StoryClusterer {

  /** A stem held by more than this share of the articles does not make candidates. */
  private static final double CANDIDATE_MAX_SHARE = 0.05;

  private final StoryTuning tuning;
  private final Deque<Entry> held = new ArrayDeque<>();
  private final Map<String, List<Entry>> postings = new HashMap<>();
  private final Map<Long, List<Entry>> bands = new HashMap<>();
  private final Map<String, Integer> documentFrequency = new HashMap<>();
  private final Map<String, Story> stories = new HashMap<>();
  private Instant latest = Instant.MIN;

  public StoryClusterer(StoryTuning tuning) {
    this.tuning = tuning;
  }

  /** Where an article went. */
  public record Assignment(String articleId, String story, boolean started) {}

  private record Entry(String id, Instant at, Fingerprint print, Story story) {}

  private static final class Story {
    final String id;
    Instant start;
    final Map<String, Double> centroid = new HashMap<>();

    Story(String id, Instant start) {
      this.id = id;
      this.start = start;
    }
  }

  /** Clusters {@code article}: it joins a story or starts one. */
  public Assignment add(StoryArticle article) {
    Fingerprint print = Fingerprint.of(article, tuning);
    Story best = mostSimilar(article.at(), print);
    boolean started = best == null;
    if (started) {
      best = new Story(article.id(), article.at());
      stories.put(best.id, best);
    }
    hold(new Entry(article.id(), article.at(), print, best));
    return new Assignment(article.id(), best.id, started);
  }

  /** Holds an article already clustered (e.g. read back from the store) as a candidate again. */
  public void restore(StoryArticle article, String story, Instant storyFirstSeen) {
    Story s = stories.computeIfAbsent(story, k -> new Story(k, storyFirstSeen));
    if (storyFirstSeen.isBefore(s.start)) {
      s.start = storyFirstSeen;
    }
    hold(new Entry(article.id(), article.at(), Fingerprint.of(article, tuning), s));
  }

  /** How many articles are held as candidates. */
  public int held() {
    return held.size();
  }

  private Story mostSimilar(Instant at, Fingerprint print) {
    Weights weights = new Weights();
    double norm = weights.norm(print.terms());
    int maxPostings = (int) Math.max(8, CANDIDATE_MAX_SHARE * held.size());
    // candidates in a sorted map: the same order, hence the same ties, on every run
    Map<String, Entry> candidates = new TreeMap<>();
    for (String t : print.terms().keySet()) {
      List<Entry> list = postings.getOrDefault(t, List.of());
      if (list.size() <= maxPostings) {
        list.forEach(e -> candidates.putIfAbsent(e.id(), e));
      }
    }
    for (long key : MinHash.bands(print.signature())) {
      bands.getOrDefault(key, List.of()).forEach(e -> candidates.putIfAbsent(e.id(), e));
    }
    Map<String, Double> byStory = new TreeMap<>();
    for (Entry e : candidates.values()) {
      if (open(e, at)) {
        double score = score(weights, print, norm, e);
        byStory.merge(e.story().id, score, Math::max);
      }
    }
    Story best = null;
    double bestScore = tuning.joinAt();
    for (Map.Entry<String, Double> s : byStory.entrySet()) {
      Story story = stories.get(s.getKey());
      double centroid =
          tuning.centroidWeight() * weights.cosine(print.terms(), norm, story.centroid);
      double score = Math.max(s.getValue(), centroid);
      if (score >= bestScore && (best == null || score > bestScore)) {
        best = story;
        bestScore = score;
      }
    }
    return best;
  }

  /** Inverse document frequencies over the articles held now, each computed once per call. */
  private final class Weights {
    private final Map<String, Double> idf = new HashMap<>();
    private final double n = held.size() + 1;

    double idf(String term) {
      return idf.computeIfAbsent(
          term, t -> Math.log(n / (documentFrequency.getOrDefault(t, 0) + 1)) + 1);
    }

    double norm(Map<String, Double> terms) {
      double sum = 0;
      for (Map.Entry<String, Double> t : terms.entrySet()) {
        double w = t.getValue() * idf(t.getKey());
        sum += w * w;
      }
      return Math.sqrt(sum);
    }

    double cosine(Map<String, Double> a, double normA, Map<String, Double> b) {
      double dot = 0;
      for (Map.Entry<String, Double> t : a.entrySet()) {
        Double other = b.get(t.getKey());
        if (other != null) {
          double w = idf(t.getKey());
          dot += t.getValue() * other * w * w;
        }
      }
      double normB = norm(b);
      return normA == 0 || normB == 0 ? 0 : dot / (normA * normB);
    }
  }

  private double score(Weights weights, Fingerprint print, double norm, Entry e) {
    if (MinHash.similarity(print.signature(), e.print().signature()) >= tuning.nearDuplicateAt()) {
      return 1;
    }
    double cosine = weights.cosine(print.terms(), norm, e.print().terms());
    if (!Collections.disjoint(print.speakers(), e.print().speakers())) {
      cosine += tuning.speakerBonus();
    }
    if (shared(print, e.print()) >= 2) {
      cosine += tuning.quoteBonus();
    }
    return cosine;
  }

  private static int shared(Fingerprint a, Fingerprint b) {
    int n = 0;
    for (Integer s : a.quoteShingles()) {
      if (b.quoteShingles().contains(s) && ++n >= 2) {
        break;
      }
    }
    return n;
  }

  private boolean open(Entry e, Instant at) {
    long window = tuning.window().toSeconds();
    return Math.abs(at.getEpochSecond() - e.at().getEpochSecond()) <= window
        && at.getEpochSecond() - e.story().start.getEpochSecond() <= window;
  }

  private void hold(Entry entry) {
    if (entry.at().isBefore(entry.story().start)) {
      entry.story().start = entry.at();
    }
    held.addLast(entry);
    for (Map.Entry<String, Double> t : entry.print().terms().entrySet()) {
      postings.computeIfAbsent(t.getKey(), k -> new ArrayList<>()).add(entry);
      documentFrequency.merge(t.getKey(), 1, Integer::sum);
      entry.story().centroid.merge(t.getKey(), t.getValue(), Double::sum);
    }
    for (long key : MinHash.bands(entry.print().signature())) {
      bands.computeIfAbsent(key, k -> new ArrayList<>()).add(entry);
    }
    if (entry.at().isAfter(latest)) {
      latest = entry.at();
    }
    evict();
  }

  /** Lets go of the articles too old to join anything: more than two windows before the latest. */
  private void evict() {
    Instant horizon = latest.minus(tuning.window().multipliedBy(2));
    while (!held.isEmpty() && held.peekFirst().at().isBefore(horizon)) {
      Entry e = held.removeFirst();
      for (String t : e.print().terms().keySet()) {
        List<Entry> list = postings.get(t);
        list.remove(e);
        if (list.isEmpty()) {
          postings.remove(t);
        }
        if (documentFrequency.merge(t, -1, Integer::sum) == 0) {
          documentFrequency.remove(t);
        }
      }
      for (long key : MinHash.bands(e.print().signature())) {
        List<Entry> list = bands.get(key);
        list.remove(e);
        if (list.isEmpty()) {
          bands.remove(key);
        }
      }
      if (e.story().start.isBefore(horizon.minus(tuning.window()))) {
        stories.remove(e.story().id);
      }
    }
  }
}
