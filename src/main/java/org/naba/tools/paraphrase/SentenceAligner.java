package org.naba.tools.paraphrase;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Pairs the sentences of two articles of one story that say the same thing in other words. Each
 * sentence is its distinct stems (sorted ids). Every pair of sentences whose stems overlap by at
 * least {@link #LOW} (Dice) is a candidate; the best are taken one to one (each sentence in at most
 * one pair, best Dice first, ties by position). Of the pairs taken, a pair is kept when each side
 * has between 1 and {@link #MAX_RESIDUAL} stems the other lacks: identical copies (nothing differs)
 * and insertions (one side adds words, the other none) teach no substitution, and sentences that
 * differ by more than that are rarely the same statement.
 *
 * <p>Why Dice 0.4 and 8: below 0.4, pairs within one story are mostly two sentences on the same
 * topic (the same names, other facts). Dice 0.5 with at most 6 differing stems gave 25,487 pairs
 * and 5,151 entries over ant-all + SaudiNewsNet; 0.4 and 8 give 38,294 pairs and 6,671 entries
 * whose samples read as well (docs/RETRIEVAL.md, "Paraphrase knowledge"); chosen on the trainer's
 * output, not on any QA figure. Copies are taken before they are dropped, so a copied sentence
 * cannot pair with a different one instead.
 */
final class SentenceAligner {

  /** Least Dice overlap of two sentences' stems for them to be paired. */
  static final double LOW = 0.4;

  /** Most stems either side of a kept pair may have that the other lacks. */
  static final int MAX_RESIDUAL = 8;

  /** Fewest distinct stems a sentence needs to be paired. */
  static final int MIN_STEMS = 4;

  /** What differs in an aligned pair: the stems only the first holds, and only the second. */
  record Residual(int[] first, int[] second) {}

  private SentenceAligner() {}

  /** The aligned pairs of {@code a} and {@code b} (sentences as sorted distinct stem ids). */
  static List<Residual> align(List<int[]> a, List<int[]> b) {
    record Candidate(int i, int j, double dice) {}
    List<Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < a.size(); i++) {
      if (a.get(i).length < MIN_STEMS) {
        continue;
      }
      for (int j = 0; j < b.size(); j++) {
        int[] x = a.get(i);
        int[] y = b.get(j);
        if (y.length < MIN_STEMS) {
          continue;
        }
        double dice = 2.0 * common(x, y) / (x.length + y.length);
        if (dice >= LOW) {
          candidates.add(new Candidate(i, j, dice));
        }
      }
    }
    candidates.sort(
        Comparator.comparingDouble((Candidate c) -> -c.dice())
            .thenComparingInt(Candidate::i)
            .thenComparingInt(Candidate::j));
    boolean[] usedA = new boolean[a.size()];
    boolean[] usedB = new boolean[b.size()];
    List<Residual> out = new ArrayList<>();
    for (Candidate c : candidates) {
      if (usedA[c.i()] || usedB[c.j()]) {
        continue;
      }
      usedA[c.i()] = true;
      usedB[c.j()] = true;
      int[] onlyA = minus(a.get(c.i()), b.get(c.j()));
      int[] onlyB = minus(b.get(c.j()), a.get(c.i()));
      if (onlyA.length >= 1
          && onlyB.length >= 1
          && onlyA.length <= MAX_RESIDUAL
          && onlyB.length <= MAX_RESIDUAL) {
        out.add(new Residual(onlyA, onlyB));
      }
    }
    return out;
  }

  /** How many ids two sorted arrays share. */
  static int common(int[] x, int[] y) {
    int n = 0;
    for (int i = 0, j = 0; i < x.length && j < y.length; ) {
      if (x[i] == y[j]) {
        n++;
        i++;
        j++;
      } else if (x[i] < y[j]) {
        i++;
      } else {
        j++;
      }
    }
    return n;
  }

  /** The ids of sorted {@code x} that sorted {@code y} lacks. */
  static int[] minus(int[] x, int[] y) {
    int[] out = new int[x.length];
    int n = 0;
    for (int v : x) {
      if (Arrays.binarySearch(y, v) < 0) {
        out[n++] = v;
      }
    }
    return Arrays.copyOf(out, n);
  }
}
