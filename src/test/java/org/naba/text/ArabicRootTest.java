package org.naba.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ArabicRootTest {

  /** The root of {@code stem}, as a string and in place in a longer buffer. */
  private static void check(String stem, String expected) {
    assertEquals(expected, ArabicRoot.of(stem));
    char[] buffer = (stem + "زائد").toCharArray();
    int length = ArabicRoot.of(buffer, stem.length());
    assertEquals(expected, new String(buffer, 0, length), "in place");
  }

  @Test
  void leavesWordsShorterThanThreeLettersAlone() {
    check("في", "في");
  }

  @Test
  void removesAFormTenPrefix() {
    check("استخدام", "خدم");
    check("مستخدم", "خدم");
    check("يستخدم", "خدم");
  }

  @Test
  void removesAParticiplePrefixOfFormsFiveAndSix() {
    check("متحدث", "حدث");
  }

  @Test
  void removesOneVerbOrNounPrefixLetter() {
    check("تحسين", "حسن");
    check("اعصاب", "عصب");
    check("يعلن", "علن");
  }

  @Test
  void keepsThePrefixLetterWhenTooLittleWouldRemain() {
    check("ملك", "ملك");
    check("مدين", "مدن");
  }

  @Test
  void removesLongVowelsAfterTheFirstLetter() {
    check("اعلان", "علن");
    check("عصب", "عصب");
  }

  @Test
  void keepsTheWordWhenItsSkeletonWouldBeTooShort() {
    check("قول", "قول");
  }

  @Test
  void bringsAVerbItsNounAndItsParticipleToOneRoot() {
    assertEquals(ArabicRoot.of("انتخاب"), ArabicRoot.of("منتخب"));
    assertEquals(ArabicRoot.of("اعصاب"), ArabicRoot.of("عصب"));
  }
}
