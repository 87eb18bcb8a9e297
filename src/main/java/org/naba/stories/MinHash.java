package org.naba.stories;

import java.util.List;

/**
 * MinHash signatures of word shingles: the share of equal positions of two signatures estimates the
 * Jaccard similarity of their shingle sets; equal bands ({@link #bands}) find near-duplicates
 * without comparing every pair.
 */
final class MinHash {

  /** Words per shingle. */
  static final int WIDTH = 3;

  /** Hash functions (positions of a signature). */
  static final int SIZE = 64;

  /** Positions per band: 16 bands of 4 find pairs of Jaccard 0.5 with probability 0.65. */
  static final int ROWS = 4;

  private static final long[] SEEDS = seeds();

  private MinHash() {}

  /** The signature of the {@link #WIDTH}-word shingles of {@code words}; empty when too short. */
  static int[] signature(List<String> words) {
    if (words.size() < WIDTH) {
      return new int[0];
    }
    int[] sig = new int[SIZE];
    java.util.Arrays.fill(sig, Integer.MAX_VALUE);
    for (int i = 0; i + WIDTH <= words.size(); i++) {
      long h = 1125899906842597L;
      for (int j = i; j < i + WIDTH; j++) {
        h = 31 * h + words.get(j).hashCode();
      }
      for (int k = 0; k < SIZE; k++) {
        int v = (int) (mix(h ^ SEEDS[k]) >>> 33);
        if (v < sig[k]) {
          sig[k] = v;
        }
      }
    }
    return sig;
  }

  /** The estimated Jaccard similarity of two signatures (0 when either is empty). */
  static double similarity(int[] a, int[] b) {
    if (a.length == 0 || b.length == 0) {
      return 0;
    }
    int same = 0;
    for (int i = 0; i < SIZE; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return same / (double) SIZE;
  }

  /** The keys of the signature's bands, each naming its band. */
  static long[] bands(int[] sig) {
    if (sig.length == 0) {
      return new long[0];
    }
    long[] keys = new long[SIZE / ROWS];
    for (int b = 0; b < keys.length; b++) {
      long h = b;
      for (int r = 0; r < ROWS; r++) {
        h = mix(h * 0x9E3779B97F4A7C15L + sig[b * ROWS + r]);
      }
      keys[b] = h;
    }
    return keys;
  }

  /** SplitMix64's finaliser. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private static long[] seeds() {
    long[] seeds = new long[SIZE];
    long s = 0x5DEECE66DL;
    for (int i = 0; i < SIZE; i++) {
      s = mix(s + 0x9E3779B97F4A7C15L);
      seeds[i] = s;
    }
    return seeds;
  }
}
