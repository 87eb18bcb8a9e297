package org.naba.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IntDoubleMapTest {

  @Test
  void sumsLikeAHashMapThroughGrowth() {
    IntDoubleMap m = new IntDoubleMap();
    Map<Integer, Double> expected = new HashMap<>();
    Random random = new Random(7);
    for (int i = 0; i < 5_000; i++) {
      int key = random.nextInt(2_000);
      double value = random.nextDouble();
      m.add(key, value);
      expected.merge(key, value, Double::sum);
    }
    for (int key = 0; key < 2_100; key++) {
      assertEquals(expected.getOrDefault(key, 0.0), m.get(key), 1e-12, "key " + key);
    }
  }
}
