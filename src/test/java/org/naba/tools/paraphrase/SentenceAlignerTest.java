package org.naba.tools.paraphrase;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceAlignerTest {

  @Test
  void pairsRewordingsOneToOneAndDropsCopiesAndUnrelatedSentences() {
    int[] copy = {1, 2, 3, 4, 5};
    int[] reworded = {10, 11, 12, 13, 14, 15};
    int[] rewordedOther = {10, 11, 12, 13, 15, 16}; // 14 → 16
    int[] unrelated = {20, 21, 22, 23};
    int[] lessClose = {10, 11, 12, 17, 18, 19}; // Dice 0.5 with reworded, below rewordedOther
    List<SentenceAligner.Residual> pairs =
        SentenceAligner.align(
            List.of(copy, reworded, unrelated),
            List.of(unrelated.clone(), lessClose, copy.clone(), rewordedOther));
    // the copies pair with each other and are dropped; unrelated with unrelated too (nothing
    // differs); reworded takes its best partner, so lessClose is left alone
    assertEquals(1, pairs.size());
    assertArrayEquals(new int[] {14}, pairs.get(0).first());
    assertArrayEquals(new int[] {16}, pairs.get(0).second());
  }

  @Test
  void sentencesThatShareTooLittleAreNotPaired() {
    int[] a = {1, 2, 3, 4, 5, 6};
    int[] b = {1, 2, 7, 8, 9, 10}; // Dice 2 * 2 / 12 = 0.33, below LOW
    assertEquals(List.of(), SentenceAligner.align(List.of(a), List.of(b)));
  }
}
