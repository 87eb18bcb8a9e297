package org.naba.stories;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.naba.text.ArabicLightStemmer;
import org.naba.text.ArabicNormalizer;
import org.naba.text.ArabicStopwords;
import org.naba.text.Lexicon;

/**
 * The signals clustering compares, computed once per article.
 *
 * @param terms light stems of the title and the body's opening, with their weights (a title word
 *     counts {@link StoryTuning#titleWeight()} times)
 * @param title light stems of the title alone (each word once)
 * @param lead light stems of the body's opening alone
 * @param signature MinHash of the body's normalised word shingles (near-duplicates)
 * @param speakers the normalised names of the quotes' speakers
 * @param names light stems of the words of the speakers' names (no role, rank or honorific): the
 *     named entities the quote extractor found
 * @param quoteShingles hashes of the quotes' normalised word shingles
 */
record Fingerprint(
    Map<String, Double> terms,
    Map<String, Double> title,
    Map<String, Double> lead,
    int[] signature,
    Set<String> speakers,
    Set<String> names,
    Set<Integer> quoteShingles) {

  /** Words per quote shingle: four words shared between two quotes are rarely chance. */
  static final int QUOTE_WIDTH = 4;

  /** Words of a speaker's name that are no name: roles, ranks, honorifics, naming nouns. */
  private static final Set<String> NOT_NAMES = notNames();

  static Fingerprint of(StoryArticle a, StoryTuning tuning) {
    Map<String, Double> terms = new HashMap<>();
    Map<String, Double> title = new HashMap<>();
    Map<String, Double> lead = new HashMap<>();
    for (String w : ArabicNormalizer.words(a.title())) {
      add(terms, w, tuning.titleWeight());
      add(title, w, 1);
    }
    List<String> body = ArabicNormalizer.words(a.body());
    for (int i = 0; i < Math.min(tuning.leadWords(), body.size()); i++) {
      add(terms, body.get(i), 1);
      add(lead, body.get(i), 1);
    }
    title.replaceAll((k, v) -> 1.0);
    Set<String> speakers = new HashSet<>();
    Set<String> names = new HashSet<>();
    for (String s : a.speakers()) {
      String normal = ArabicNormalizer.normalize(s).strip();
      speakers.add(normal);
      for (String w : ArabicNormalizer.words(normal)) {
        if (w.length() >= 3 && !ArabicStopwords.isStopword(w) && !NOT_NAMES.contains(w)) {
          names.add(ArabicLightStemmer.stem(w));
        }
      }
    }
    Set<Integer> quoteShingles = new HashSet<>();
    for (String q : a.quotes()) {
      List<String> words = ArabicNormalizer.words(q);
      for (int i = 0; i + QUOTE_WIDTH <= words.size(); i++) {
        quoteShingles.add(words.subList(i, i + QUOTE_WIDTH).hashCode());
      }
    }
    // sorted, not Map.copyOf: its order changes from one JVM to the next, and the order of the
    // stems decides the order of floating-point sums, hence, rarely, a tie
    return new Fingerprint(
        sorted(terms),
        sorted(title),
        sorted(lead),
        MinHash.signature(body),
        Set.copyOf(speakers),
        Collections.unmodifiableSortedSet(new TreeSet<>(names)),
        Set.copyOf(quoteShingles));
  }

  private static Map<String, Double> sorted(Map<String, Double> terms) {
    return Collections.unmodifiableSortedMap(new TreeMap<>(terms));
  }

  private static void add(Map<String, Double> terms, String word, double weight) {
    if (word.length() < 2 || ArabicStopwords.isStopword(word)) {
      return;
    }
    terms.merge(ArabicLightStemmer.stem(word), weight, Double::sum);
  }

  private static Set<String> notNames() {
    Set<String> out = new HashSet<>();
    for (String list :
        List.of("role-heads", "ranks", "honorifics", "naming-nouns", "organisation-nouns")) {
      out.addAll(Lexicon.words(list));
    }
    return Set.copyOf(out);
  }
}
