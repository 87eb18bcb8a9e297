package org.naba.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ArabicSkeletonTest {

  /** The skeleton of {@code in}, as a string and in place in a longer buffer. */
  private static void check(String in, String expected) {
    assertEquals(expected, ArabicSkeleton.of(in));
    char[] buffer = (in + "زائد").toCharArray();
    int length = ArabicSkeleton.of(buffer, in.length());
    assertEquals(expected, new String(buffer, 0, length), "in place");
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
