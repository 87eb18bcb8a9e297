package org.naba.stories;

import java.util.Arrays;

/**
 * A map from non-negative ints to doubles by open addressing: a story's centroid, read once for
 * each candidate story of each article, without boxing a key or a value.
 */
final class IntDoubleMap {

  private static final int FREE = -1;

  private int[] keys = new int[16];
  private double[] values = new double[16];
  private int size;

  IntDoubleMap() {
    Arrays.fill(keys, FREE);
  }

  /** The value of {@code key}, 0 when absent. */
  double get(int key) {
    int mask = keys.length - 1;
    for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
      int k = keys[i];
      if (k == key) {
        return values[i];
      }
      if (k == FREE) {
        return 0;
      }
    }
  }

  /** Adds {@code value} to the value of {@code key} ({@code key} ≥ 0). */
  void add(int key, double value) {
    if (2 * (size + 1) > keys.length) {
      grow();
    }
    int mask = keys.length - 1;
    for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
      if (keys[i] == key) {
        values[i] += value;
        return;
      }
      if (keys[i] == FREE) {
        keys[i] = key;
        values[i] = value;
        size++;
        return;
      }
    }
  }

  /** How many keys it holds. */
  int size() {
    return size;
  }

  /** A key and its value. */
  interface Visitor {
    void accept(int key, double value);
  }

  /** Calls {@code visitor} with each key and its value, in the table's order. */
  void forEach(Visitor visitor) {
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != FREE) {
        visitor.accept(keys[i], values[i]);
      }
    }
  }

  private void grow() {
    int[] oldKeys = keys;
    double[] oldValues = values;
    keys = new int[oldKeys.length * 2];
    values = new double[oldKeys.length * 2];
    Arrays.fill(keys, FREE);
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != FREE) {
        add(oldKeys[i], oldValues[i]);
      }
    }
  }

  private static int mix(int key) {
    int h = key * 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
