package org.naba.tools.paraphrase;

import java.util.Arrays;
import java.util.List;

/**
 * IBM Model 1 over aligned sentence pairs: {@code t(f | e)}, the probability that the word {@code
 * e} of one sentence is written {@code f} in the other, learned by expectation maximisation. Each
 * pair is given as what differs ({@link SentenceAligner.Residual}): the stems both sentences hold
 * are taken as aligned to themselves, which is what the index matches already, so the model spends
 * its probability on the words that changed. The empty word {@link #NULL} is on every source side,
 * for target words that translate nothing. Pairs count in both directions, so the table is
 * symmetric in its data.
 *
 * <p>Ids are small non-negative ints with {@code NULL} = 0; the (e, f) pairs that co-occur are kept
 * in one sorted array, so memory is one long, two doubles and one int per co-occurrence, and the
 * result does not depend on hash order.
 */
final class TranslationModel {

  /** The empty word: the source of target words that translate nothing. */
  static final int NULL = 0;

  /** Sorted (e << 32 | f) keys of the co-occurring pairs. */
  private final long[] keys;

  /** t(f | e) per key. */
  private final double[] t;

  /** In how many pairs e and f co-occurred, per key. */
  private final int[] cooccurrences;

  private TranslationModel(long[] keys, double[] t, int[] cooccurrences) {
    this.keys = keys;
    this.t = t;
    this.cooccurrences = cooccurrences;
  }

  /**
   * Trains on {@code pairs} (each used as first → second and second → first) for {@code iterations}
   * EM steps, from the uniform table.
   */
  static TranslationModel train(List<SentenceAligner.Residual> pairs, int iterations) {
    int directed = pairs.size() * 2;
    int[][] sources = new int[directed][];
    int[][] targets = new int[directed][];
    int d = 0;
    for (SentenceAligner.Residual p : pairs) {
      sources[d] = withNull(p.first());
      targets[d++] = p.second();
      sources[d] = withNull(p.second());
      targets[d++] = p.first();
    }
    long total = 0;
    for (int i = 0; i < directed; i++) {
      total += (long) sources[i].length * targets[i].length;
    }
    long[] all = new long[Math.toIntExact(total)];
    int n = 0;
    for (int i = 0; i < directed; i++) {
      for (int f : targets[i]) {
        for (int e : sources[i]) {
          all[n++] = key(e, f);
        }
      }
    }
    Arrays.sort(all);
    int unique = 0;
    int[] counts = new int[all.length];
    for (int i = 0; i < all.length; i++) {
      if (unique == 0 || all[unique - 1] != all[i]) {
        all[unique++] = all[i];
      }
      counts[unique - 1]++;
    }
    long[] keys = Arrays.copyOf(all, unique);
    int[] cooccurrences = Arrays.copyOf(counts, unique);
    // each pair's cells as indices into keys, target-major
    int[][] cells = new int[directed][];
    for (int i = 0; i < directed; i++) {
      int[] c = new int[sources[i].length * targets[i].length];
      int k = 0;
      for (int f : targets[i]) {
        for (int e : sources[i]) {
          c[k++] = Arrays.binarySearch(keys, key(e, f));
        }
      }
      cells[i] = c;
    }
    int maxSource = 0;
    for (long k : keys) {
      maxSource = Math.max(maxSource, source(k));
    }
    double[] t = new double[unique];
    Arrays.fill(t, 1.0);
    double[] count = new double[unique];
    double[] perSource = new double[maxSource + 1];
    for (int it = 0; it < iterations; it++) {
      Arrays.fill(count, 0);
      Arrays.fill(perSource, 0);
      for (int i = 0; i < directed; i++) {
        int width = sources[i].length;
        int[] c = cells[i];
        for (int row = 0; row < c.length; row += width) {
          double z = 0;
          for (int j = row; j < row + width; j++) {
            z += t[c[j]];
          }
          for (int j = row; j < row + width; j++) {
            count[c[j]] += t[c[j]] / z;
          }
        }
      }
      for (int k = 0; k < unique; k++) {
        perSource[source(keys[k])] += count[k];
      }
      for (int k = 0; k < unique; k++) {
        t[k] = count[k] / perSource[source(keys[k])];
      }
    }
    return new TranslationModel(keys, t, cooccurrences);
  }

  /** t(f | e); 0 when they never co-occurred. */
  double t(int e, int f) {
    int k = Arrays.binarySearch(keys, key(e, f));
    return k < 0 ? 0 : t[k];
  }

  /** In how many directed pairs e was on the source side with f on the target side. */
  int cooccurrences(int e, int f) {
    int k = Arrays.binarySearch(keys, key(e, f));
    return k < 0 ? 0 : cooccurrences[k];
  }

  /** Visits every (e, f, t, co-occurrences), by e then f. */
  void forEach(Entry visitor) {
    for (int k = 0; k < keys.length; k++) {
      visitor.accept(source(keys[k]), (int) keys[k], t[k], cooccurrences[k]);
    }
  }

  /** One cell of the table. */
  interface Entry {
    void accept(int e, int f, double t, int cooccurrences);
  }

  private static int[] withNull(int[] words) {
    int[] out = new int[words.length + 1];
    out[0] = NULL;
    System.arraycopy(words, 0, out, 1, words.length);
    return out;
  }

  private static long key(int e, int f) {
    return ((long) e << 32) | (f & 0xffffffffL);
  }

  private static int source(long key) {
    return (int) (key >>> 32);
  }
}
