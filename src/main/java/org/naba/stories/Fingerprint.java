package org.naba.stories;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.naba.text.ArabicLightStemmer;
import org.naba.text.ArabicNormalizer;
import org.naba.text.ArabicStopwords;

/**
 * The signals clustering compares, computed once per article.
 *
 * @param terms light stems of the title and the body's opening, with their weights (a title word
 *     counts {@link StoryTuning#titleWeight()} times)
 * @param signature MinHash of the body's normalised word shingles (near-duplicates)
 * @param speakers the normalised names of the quotes' speakers
 * @param quoteShingles hashes of the quotes' normalised word shingles
 */
record Fingerprint(
    Map<String, Double> terms, int[] signature, Set<String> speakers, Set<Integer> quoteShingles) {

  /** Words per quote shingle: four words shared between two quotes are rarely chance. */
  static final int QUOTE_WIDTH = 4;

  static Fingerprint of(StoryArticle a, StoryTuning tuning) {
    Map<String, Double> terms = new HashMap<>();
    for (String w : ArabicNormalizer.words(a.title())) {
      add(terms, w, tuning.titleWeight());
    }
    List<String> body = ArabicNormalizer.words(a.body());
    for (int i = 0; i < Math.min(tuning.leadWords(), body.size()); i++) {
      add(terms, body.get(i), 1);
    }
    Set<String> speakers = new HashSet<>();
    for (String s : a.speakers()) {
      speakers.add(ArabicNormalizer.normalize(s).strip());
    }
    Set<Integer> quoteShingles = new HashSet<>();
    for (String q : a.quotes()) {
      List<String> words = ArabicNormalizer.words(q);
      for (int i = 0; i + QUOTE_WIDTH <= words.size(); i++) {
        quoteShingles.add(words.subList(i, i + QUOTE_WIDTH).hashCode());
      }
    }
    return new Fingerprint(
        Map.copyOf(terms),
        MinHash.signature(body),
        Set.copyOf(speakers),
        Set.copyOf(quoteShingles));
  }

  private static void add(Map<String, Double> terms, String word, double weight) {
    if (word.length() < 2 || ArabicStopwords.isStopword(word)) {
      return;
    }
    terms.merge(ArabicLightStemmer.stem(word), weight, Double::sum);
  }
}
