package org.naba.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ArabicSkeletonTest {

  private static void check(String in, String expected) {
    assertEquals(expected, ArabicSkeleton.of(in));
  }

  @Test
  void keepsTheFirstLetterEvenWhenALongVowel() {
    check("اوباما", "ابم");
  }

  @Test
  void removesLaterLongVowelLetters() {
    check("كوردستان", "كردستن");
    check("كردستان", "كردستن");
  }

  @Test
  void removesHamza() {
    check("مساءل", "مسل");
  }

  @Test
  void keepsWordsWhoseSkeletonWouldBeTooShort() {
    check("قول", "قول");
  }
}
