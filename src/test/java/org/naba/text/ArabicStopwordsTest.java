package org.naba.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ArabicStopwordsTest {

  private static boolean stop(String word) {
    return ArabicStopwords.isStopword(ArabicNormalizer.normalize(word));
  }

  @Test
  void dropsInterrogatives() {
    for (String w :
        new String[] {"ماذا", "ما", "من", "متى", "أين", "كم", "كيف", "لماذا", "هل", "أي"}) {
      assertTrue(stop(w), w);
    }
  }

  @Test
  void dropsTheDialectsInterrogatives() {
    for (String w : new String[] {"شو", "وش", "ايش", "شنو", "مين", "منو", "كام", "قديش", "وين"}) {
      assertTrue(stop(w), w);
    }
  }

  @Test
  void dropsFusedQuestionForms() {
    assertTrue(stop("ماهو"));
    assertTrue(stop("بماذا"));
  }

  @Test
  void dropsFunctionWords() {
    assertTrue(stop("الذي"));
    assertTrue(stop("إلى"));
    assertTrue(stop("على"));
  }

  @Test
  void keepsContentWords() {
    assertFalse(stop("العراق"));
    assertFalse(stop("تنسيق"));
    assertFalse(stop("النعمان"));
  }
}
