package org.naba.answer;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.naba.text.ArabicNormalizer;

/**
 * Word shingles of a normalised text, for telling when two outlets report the same statement
 * although their wording differs a little (a clipped quote, another spelling, an added word).
 */
public final class Shingles {

  /** Words per shingle: three keep "the same statement" apart from "the same topic". */
  private static final int WIDTH = 3;

  private final Set<String> set;

  private Shingles(Set<String> set) {
    this.set = set;
  }

  /** The three-word shingles of {@code text} (normalised words). */
  public static Shingles of(String text) {
    return of(ArabicNormalizer.words(text));
  }

  /** The three-word shingles of a text's normalised {@code words}. */
  public static Shingles of(List<String> words) {
    Set<String> set = new HashSet<>();
    if (words.size() < WIDTH) {
      set.add(String.join(" ", words));
      return new Shingles(set);
    }
    for (int i = 0; i + WIDTH <= words.size(); i++) {
      set.add(String.join(" ", words.subList(i, i + WIDTH)));
    }
    return new Shingles(set);
  }

  /**
   * The share of the smaller text's shingles that the other also has: 1 when one statement holds
   * the other, near 0 for different statements.
   */
  public double containment(Shingles other) {
    Set<String> small = set.size() <= other.set.size() ? set : other.set;
    Set<String> large = small == set ? other.set : set;
    if (small.isEmpty()) {
      return 0;
    }
    int shared = 0;
    for (String s : small) {
      if (large.contains(s)) {
        shared++;
      }
    }
    return shared / (double) small.size();
  }
}
