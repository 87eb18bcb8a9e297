package org.naba.stories;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

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
 *   <li>A near-duplicate text (MinHash) joins the story of its most similar text outright.
 *   <li>Otherwise the {@link StoryLinker} scores each candidate story from the features measured
 *       between the article and the story's candidate articles and summed stems ({@link
 *       StoryLinker#FEATURES}); the best story joins when its score reaches the linker's bar.
 *   <li>A story is named by the id of the article that started it.
 *   <li>The same articles added in the same order give the same stories.
 * </ul>
 *
 * <p>Not thread-safe: one owner adds articles one at a time.
 *
 * <p>Long because finding candidates, measuring the features of an article against a story and
 * keeping the window (postings, MinHash bands, document and name frequencies, centroids, eviction)
 * all read and write the same indexes of held articles; apart, each would take them all as
 * arguments, and the per-add path is timed in milliseconds (docs/RETRIEVAL.md, "Story speed").
 */
public final class StoryClusterer {

  /** A stem held by more than this share of the articles does not make candidates. */
  private static final double CANDIDATE_MAX_SHARE = 0.05;

  /**
   * Nor does a stem held by more than this many articles, however many are held: a busy window
   * (SaudiNewsNet holds thousands) would otherwise compare each article with thousands.
   */
  private static final int CANDIDATE_MAX_POSTINGS = 64;

  /** How many held articles, the most similar over the rare stems, an article is measured with. */
  private static final int CANDIDATES = 32;

  /**
   * A story's group is compared with the article's group only when the article's cosine with the
   * story's summed stems reaches this: the comparisons took about a tenth of the time of adding an
   * article, and up to 0.25 the May week's groups came out the same (docs/RETRIEVAL.md).
   */
  private static final double REGROUP_NEAR = 0.2;

  /** A stem is a name when the speakers of this many held articles are named with it. */
  private static final int NAME_AT = 2;

  private final StoryTuning tuning;
  private final StoryLinker linker;
  private final Deque<Entry> held = new ArrayDeque<>();
  // in the order held, like held itself: the article let go is first in each of its lists
  private final Map<Integer, Deque<Posting>> postings = new HashMap<>();

  /** A number for each stem, in the order first seen: vectors are sorted arrays of them. */
  private final Map<String, Integer> stemIds = new HashMap<>();

  private final Map<Long, Deque<Entry>> bands = new HashMap<>();
  private final Map<String, Integer> documentFrequency = new HashMap<>();
  private final Map<String, Integer> nameFrequency = new HashMap<>();
  private final Map<String, Story> stories = new HashMap<>();
  private Instant latest = Instant.MIN;

  /** Clusters with the bundled learned model ({@link StoryModel#bundled()}). */
  public StoryClusterer(StoryTuning tuning) {
    this(tuning, StoryModel.bundled());
  }

  public StoryClusterer(StoryTuning tuning, StoryLinker linker) {
    this.tuning = tuning;
    this.linker = linker;
    this.useTitle = linker.uses("title");
    this.useLead = linker.uses("lead");
    this.useEntity = linker.uses("entity");
  }

  /**
   * Where an article went.
   *
   * @param story the story readers see it in: its group ({@link StoryGroup})
   * @param started whether it started a story of its own
   * @param absorbed the groups that became part of {@code story} on its arrival: their articles are
   *     {@code story}'s now
   */
  public record Assignment(
      String articleId, String story, boolean started, List<String> absorbed) {}

  /**
   * A held article. Not a record: {@link #partial} and {@link #probe} are the scratch of the probe
   * that last met it (its similarity over rare stems so far), which saves a map per article.
   */
  private static final class Entry {
    private final String id;
    private final String outlet;
    private final Instant at;
    private final Fingerprint print;
    private final Units units;
    private final Story story;
    double partial;
    long probe = -1;

    Entry(String id, String outlet, Instant at, Fingerprint print, Units units, Story story) {
      this.id = id;
      this.outlet = outlet;
      this.at = at;
      this.print = print;
      this.units = units;
      this.story = story;
    }

    String id() {
      return id;
    }

    String outlet() {
      return outlet;
    }

    Instant at() {
      return at;
    }

    Fingerprint print() {
      return print;
    }

    Units units() {
      return units;
    }

    Story story() {
      return story;
    }
  }

  /** Numbers the probes, so that an entry's scratch from an earlier probe counts as 0. */
  private long probes;

  /** An article holding a stem, with the stem's weight in its unit vector. */
  private record Posting(Entry entry, double weight) {}

  /**
   * An article's stems weighted by inverse document frequency over the articles held when it came,
   * each vector of length 1, so that a cosine is a dot product and a story's sum of them gives its
   * centroid cosine and its mean cosine in one product. Entities weigh one each before the IDF.
   */
  record Units(Sparse terms, Sparse title, Sparse lead, Sparse entities) {}

  /** A sparse vector: stem numbers ascending, with their weights. */
  record Sparse(int[] ids, double[] weights) {
    static final Sparse EMPTY = new Sparse(new int[0], new double[0]);
  }

  private static final class Story {
    final String id;
    Instant start;

    /** The sum of its articles' unit term vectors. */
    final SummedVector centroid = new SummedVector();

    final Map<Integer, Integer> entities = new HashMap<>();
    int size;

    /** The group it is part of (or the group that absorbed that one). */
    final StoryGroup group;

    Story(String id, Instant start) {
      this.id = id;
      this.start = start;
      this.group = new StoryGroup(id, start);
    }
  }

  /**
   * An article measured against the open stories it could join.
   *
   * @param features each candidate story's {@link StoryLinker#FEATURES}, by story id
   * @param nearDuplicate the story of its most similar near-duplicate text, or null
   */
  public record Probe(
      StoryArticle article,
      Fingerprint print,
      Units units,
      Map<String, double[]> features,
      String nearDuplicate) {}

  /** Clusters {@code article}: it joins a story or starts one. */
  public Assignment add(StoryArticle article) {
    Probe probe = probe(article);
    Story best = probe.nearDuplicate() == null ? null : stories.get(probe.nearDuplicate());
    if (best == null) {
      double bestScore = linker.joinAt();
      for (Map.Entry<String, double[]> s : probe.features().entrySet()) {
        double score = linker.score(s.getValue());
        if (score >= bestScore && (best == null || score > bestScore)) {
          best = stories.get(s.getKey());
          bestScore = score;
        }
      }
    }
    boolean started = best == null;
    if (started) {
      best = new Story(article.id(), article.at());
      stories.put(best.id, best);
    }
    hold(entry(probe, best));
    Set<StoryGroup> near = new LinkedHashSet<>(); // each group once, in the stories' id order
    for (Map.Entry<String, double[]> s : probe.features().entrySet()) {
      Story story = stories.get(s.getKey()); // null when let go while a late article was held
      if (story != null && s.getValue()[1] >= REGROUP_NEAR) { // cosine with its summed stems
        near.add(story.group.root());
      }
    }
    List<String> absorbed = regroup(best.group.root(), near);
    return new Assignment(article.id(), best.group.root().id, started, absorbed);
  }

  /**
   * Merges {@code group} with the {@code candidates} (or the groups that absorbed them), the
   * closest first, while one has summed stems within {@link StoryTuning#mergeAt()} and the two span
   * at most {@link StoryTuning#mergeSpan()}: an event's reactions and run-up, which share little
   * wording with any one report, gather with it. Returns the ids of the absorbed groups.
   */
  private List<String> regroup(StoryGroup group, Set<StoryGroup> candidates) {
    List<String> absorbed = new ArrayList<>();
    long span = tuning.mergeSpan().toSeconds();
    while (true) {
      StoryGroup best = null;
      double bestCosine = tuning.mergeAt();
      for (StoryGroup candidate : candidates) {
        StoryGroup other = candidate.root();
        if (other == group
            || Math.max(group.size(), other.size()) < 2
            || group.spanWith(other) > span) {
          continue;
        }
        double cosine = group.cosine(other);
        if (cosine >= bestCosine && (best == null || cosine > bestCosine)) {
          best = other;
          bestCosine = cosine;
        }
      }
      if (best == null) {
        return absorbed;
      }
      StoryGroup keep = group.keepsOver(best) ? group : best;
      StoryGroup gone = keep == group ? best : group;
      keep.absorb(gone);
      absorbed.add(gone.id);
      group = keep;
    }
  }

  /**
   * Measures {@code article} against the open stories without placing it: what {@link #add} decides
   * on (for training a {@link StoryModel}).
   */
  public Probe probe(StoryArticle article) {
    Fingerprint print = Fingerprint.of(article, tuning);
    Set<String> entities = new TreeSet<>(print.names());
    for (String t : print.terms().keySet()) {
      if (nameFrequency.getOrDefault(t, 0) >= NAME_AT) {
        entities.add(t);
      }
    }
    Instant at = article.at();
    Weights weights = new Weights();
    int maxPostings =
        (int) Math.min(CANDIDATE_MAX_POSTINGS, Math.max(8, CANDIDATE_MAX_SHARE * held.size()));
    Units units =
        new Units(
            weights.unit(print.terms()),
            weights.unit(print.title()),
            weights.unit(print.lead()),
            weights.unit(ones(entities)));
    // each held article's cosine over the rare stems alone; a common MinHash band counts 1
    long probe = probes++;
    List<Entry> met = new ArrayList<>();
    Sparse terms = units.terms();
    for (int i = 0; i < terms.ids().length; i++) {
      Deque<Posting> list = postings.get(terms.ids()[i]);
      if (list != null && list.size() <= maxPostings) {
        double w = terms.weights()[i];
        for (Posting p : list) {
          meet(p.entry(), probe, at, w * p.weight(), met);
        }
      }
    }
    for (long key : MinHash.bands(print.signature())) {
      for (Entry e : bands.getOrDefault(key, EMPTY)) {
        meet(e, probe, at, 1, met);
      }
    }
    // the most similar candidates, by story in sorted maps: the same ties on every run
    met.sort(Comparator.comparingDouble((Entry e) -> -e.partial).thenComparing(Entry::id));
    Map<String, List<Entry>> candidates = new TreeMap<>();
    for (Entry e : met.subList(0, Math.min(CANDIDATES, met.size()))) {
      candidates.computeIfAbsent(e.story().id, k -> new ArrayList<>()).add(e);
    }
    Map<String, double[]> features = new TreeMap<>();
    String nearDuplicate = null;
    double nearest = tuning.nearDuplicateAt();
    Measure m = new Measure(article, print, units);
    for (List<Entry> entries : candidates.values()) {
      Story s = entries.get(0).story();
      double[] f = m.features(s, entries);
      features.put(s.id, f);
      double minhash = f[5];
      if (minhash >= nearest && (nearDuplicate == null || minhash > nearest)) {
        nearDuplicate = s.id;
        nearest = minhash;
      }
    }
    return new Probe(article, print, units, features, nearDuplicate);
  }

  /** Places {@code article} in {@code story} whatever it resembles (for training). */
  public void addTo(Probe probe, String story) {
    Story s = stories.computeIfAbsent(story, k -> new Story(k, probe.article().at()));
    hold(entry(probe, s));
  }

  /** Holds an article already clustered (e.g. read back from the store) as a candidate again. */
  public void restore(StoryArticle article, String story, Instant storyFirstSeen) {
    Story s = stories.computeIfAbsent(story, k -> new Story(k, storyFirstSeen));
    if (storyFirstSeen.isBefore(s.start)) {
      s.start = storyFirstSeen;
    }
    hold(entry(probe(article), s));
  }

  /** How many articles are held as candidates. */
  public int held() {
    return held.size();
  }

  private static Entry entry(Probe p, Story story) {
    StoryArticle a = p.article();
    return new Entry(a.id(), a.outlet(), a.at(), p.print(), p.units(), story);
  }

  private final boolean useTitle;
  private final boolean useLead;
  private final boolean useEntity;

  /** Adds {@code similarity} to an open entry's scratch, listing it in {@code met} when new. */
  private void meet(Entry e, long probe, Instant at, double similarity, List<Entry> met) {
    if (e.probe != probe) {
      if (!open(e, at)) {
        return;
      }
      e.probe = probe;
      e.partial = 0;
      met.add(e);
    }
    e.partial += similarity;
  }

  /** The features of one article against stories. */
  private final class Measure {
    private final StoryArticle article;
    private final Fingerprint print;
    private final Units units;

    Measure(StoryArticle article, Fingerprint print, Units units) {
      this.article = article;
      this.print = print;
      this.units = units;
    }

    /** The features against story {@code s}, whose articles {@code near} share a rare stem. */
    double[] features(Story s, Iterable<Entry> near) {
      double best = 0;
      double title = 0;
      double lead = 0;
      double minhash = 0;
      double speaker = 0;
      double quote = 0;
      double entity = 0;
      long gap = Long.MAX_VALUE;
      double bestCosine = -1;
      boolean sameOutlet = false;
      long at = article.at().getEpochSecond();
      for (Entry e : near) {
        Fingerprint other = e.print();
        double cosine = dot(units.terms(), e.units().terms());
        double pair = cosine;
        double jaccard = MinHash.similarity(print.signature(), other.signature());
        minhash = Math.max(minhash, jaccard);
        if (!Collections.disjoint(print.speakers(), other.speakers())) {
          speaker = 1;
          pair += tuning.speakerBonus();
        }
        if (shared(print, other) >= 2) {
          quote = 1;
          pair += tuning.quoteBonus();
        }
        if (jaccard >= tuning.nearDuplicateAt()) {
          pair = 1;
        }
        best = Math.max(best, pair);
        // the per-article products the linker weighs at 0 are left at 0: they cost most of the time
        if (useTitle) {
          title = Math.max(title, dot(units.title(), e.units().title()));
        }
        if (useLead) {
          lead = Math.max(lead, dot(units.lead(), e.units().lead()));
        }
        if (useEntity) {
          entity = Math.max(entity, dot(units.entities(), e.units().entities()));
        }
        gap = Math.min(gap, Math.abs(at - e.at().getEpochSecond()));
        if (cosine > bestCosine) {
          bestCosine = cosine;
          sameOutlet = article.outlet() != null && article.outlet().equals(e.outlet());
        }
      }
      double entityStory = 0;
      Sparse named = units.entities();
      for (int i = 0; i < named.ids().length; i++) {
        if (s.entities.containsKey(named.ids()[i])) {
          entityStory += named.weights()[i] * named.weights()[i];
        }
      }
      double toCentroid = s.centroid.dot(units.terms().ids(), units.terms().weights());
      double window = tuning.window().toSeconds();
      int n = s.size;
      return new double[] {
        best,
        s.centroid.squaredLength() == 0 ? 0 : toCentroid / Math.sqrt(s.centroid.squaredLength()),
        n == 0 ? 0 : toCentroid / n,
        title,
        lead,
        minhash,
        speaker,
        quote,
        entity,
        entityStory,
        gap / window,
        (at - s.start.getEpochSecond()) / window,
        sameOutlet ? 1 : 0,
        Math.log1p(n)
      };
    }
  }

  /** The dot product of two sparse vectors, by merging their sorted stem numbers. */
  private static double dot(Sparse a, Sparse b) {
    int[] x = a.ids();
    int[] y = b.ids();
    double dot = 0;
    int i = 0;
    int j = 0;
    while (i < x.length && j < y.length) {
      if (x[i] < y[j]) {
        i++;
      } else if (x[i] > y[j]) {
        j++;
      } else {
        dot += a.weights()[i++] * b.weights()[j++];
      }
    }
    return dot;
  }

  private static Map<String, Double> ones(Set<String> terms) {
    Map<String, Double> out = new TreeMap<>();
    terms.forEach(t -> out.put(t, 1.0));
    return out;
  }

  /** Inverse document frequencies over the articles held now, each computed once per call. */
  private final class Weights {
    private final Map<String, Double> idf = new HashMap<>();
    private final double n = held.size() + 1;

    double idf(String term) {
      return idf.computeIfAbsent(
          term, t -> Math.log(n / (documentFrequency.getOrDefault(t, 0) + 1)) + 1);
    }

    /** {@code terms} weighted by IDF, of length 1 (empty when it has no weight). */
    Sparse unit(Map<String, Double> terms) {
      long[] packed = new long[terms.size()];
      double[] byIndex = new double[terms.size()];
      int n = 0;
      double sum = 0;
      for (Map.Entry<String, Double> t : terms.entrySet()) {
        double w = t.getValue() * idf(t.getKey());
        if (w == 0) {
          continue;
        }
        int id = stemIds.computeIfAbsent(t.getKey(), k -> stemIds.size());
        byIndex[n] = w;
        packed[n] = ((long) id << 32) | n;
        n++;
        sum += w * w;
      }
      if (sum == 0) {
        return Sparse.EMPTY;
      }
      java.util.Arrays.sort(packed, 0, n);
      double norm = Math.sqrt(sum);
      int[] ids = new int[n];
      double[] weights = new double[n];
      for (int i = 0; i < n; i++) {
        ids[i] = (int) (packed[i] >>> 32);
        weights[i] = byIndex[(int) packed[i]] / norm;
      }
      return new Sparse(ids, weights);
    }
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
    Story story = entry.story();
    if (entry.at().isBefore(story.start)) {
      story.start = entry.at();
    }
    held.addLast(entry);
    story.size++;
    for (String t : entry.print().terms().keySet()) {
      documentFrequency.merge(t, 1, Integer::sum);
    }
    Sparse unit = entry.units().terms();
    for (int i = 0; i < unit.ids().length; i++) {
      postings
          .computeIfAbsent(unit.ids()[i], k -> new ArrayDeque<>())
          .addLast(new Posting(entry, unit.weights()[i]));
    }
    story.centroid.add(unit.ids(), unit.weights());
    story.group.root().add(unit.ids(), unit.weights(), entry.at());
    for (String name : entry.print().names()) {
      nameFrequency.merge(name, 1, Integer::sum);
    }
    for (int id : entry.units().entities().ids()) {
      story.entities.merge(id, 1, Integer::sum);
    }
    for (long key : MinHash.bands(entry.print().signature())) {
      bands.computeIfAbsent(key, k -> new ArrayDeque<>()).addLast(entry);
    }
    if (entry.at().isAfter(latest)) {
      latest = entry.at();
    }
    evict();
  }

  private static final Deque<Entry> EMPTY = new ArrayDeque<>();

  /** Removes {@code e} from {@code list}: first in it, unless the same article was held twice. */
  private static void letGo(Deque<Entry> list, Entry e) {
    if (list.peekFirst() == e) {
      list.pollFirst();
    } else {
      list.removeFirstOccurrence(e);
    }
  }

  /** Lets go of the articles too old to join anything: more than two windows before the latest. */
  private void evict() {
    Instant horizon = latest.minus(tuning.window().multipliedBy(2));
    while (!held.isEmpty() && held.peekFirst().at().isBefore(horizon)) {
      Entry e = held.removeFirst();
      for (int id : e.units().terms().ids()) {
        Deque<Posting> list = postings.get(id);
        if (list.peekFirst().entry() == e) {
          list.pollFirst();
        } else {
          list.removeIf(p -> p.entry() == e);
        }
        if (list.isEmpty()) {
          postings.remove(id);
        }
      }
      for (String t : e.print().terms().keySet()) {
        if (documentFrequency.merge(t, -1, Integer::sum) == 0) {
          documentFrequency.remove(t);
        }
      }
      for (String name : e.print().names()) {
        if (nameFrequency.merge(name, -1, Integer::sum) == 0) {
          nameFrequency.remove(name);
        }
      }
      for (long key : MinHash.bands(e.print().signature())) {
        Deque<Entry> list = bands.get(key);
        letGo(list, e);
        if (list.isEmpty()) {
          bands.remove(key);
        }
      }
      e.story().size--;
      if (e.story().start.isBefore(horizon.minus(tuning.window()))) {
        stories.remove(e.story().id);
      }
    }
  }
}
