package org.naba.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ArabicNormalizerTest {

  /**
   * Normalises {@code in} as a string and, when it holds no presentation form, in place at the
   * start of a longer buffer.
   */
  private static void check(String in, String expected) {
    assertEquals(expected, ArabicNormalizer.normalize(in));
    char[] buffer = (in + "زائد").toCharArray();
    if (!ArabicNormalizer.hasPresentationForm(buffer, in.length())) {
      int length = ArabicNormalizer.normalize(buffer, in.length());
      assertEquals(expected, new String(buffer, 0, length), "in place");
    }
  }

  @Test
  void removesTashkeel() {
    check("مُحَمَّدٌ", "محمد");
  }

  @Test
  void removesHamzaAboveAndBelowMarks() {
    check("ا\u0654ب", "اب");
  }

  @Test
  void removesSuperscriptAlef() {
    check("هٰذا", "هذا");
  }

  @Test
  void removesQuranicAnnotationMarks() {
    check("صلى\u0610 الله", "صلي الله");
  }

  @Test
  void removesTatweel() {
    check("كــــتاب", "كتاب");
  }

  @Test
  void foldsAlefForms() {
    check("أحمد إبراهيم آمال ٱلله", "احمد ابراهيم امال الله");
  }

  @Test
  void foldsAlefMaksuraToYeh() {
    check("مستشفى", "مستشفي");
  }

  @Test
  void foldsTehMarbutaToHeh() {
    check("مدرسة", "مدرسه");
  }

  @Test
  void foldsHamzaCarriers() {
    check("مؤتمر رئيس", "موتمر رييس");
  }

  @Test
  void foldsPersianYehAndKeheh() {
    check("کردی", "كردي");
  }

  @Test
  void foldsPersianAndUrduHehForms() {
    check("خانۀ ە ھ ہ", "خانه ه ه ه");
  }

  @Test
  void decomposesPresentationForms() {
    check("ﻻ ﺑﻴﺖ", "لا بيت");
  }

  @Test
  void inPlaceKeepsPresentationFormsForTheStringFormToDecompose() {
    char[] buffer = "ﻻ ﺑﻴﺖ".toCharArray();
    assertTrue(ArabicNormalizer.hasPresentationForm(buffer, buffer.length));
    assertEquals("ﻻ ﺑﻴﺖ", new String(buffer, 0, ArabicNormalizer.normalize(buffer, buffer.length)));
  }

  @Test
  void foldsArabicIndicAndPersianDigits() {
    check("٢٠١٨ ۱۹", "2018 19");
  }

  @Test
  void removesZeroWidthAndBidiMarks() {
    check("\u200Fكر\u200Cدستان\u202B\u2066\u061C\uFEFF\u00AD", "كردستان");
  }

  @Test
  void collapsesAndTrimsWhiteSpace() {
    check("  في \t  العراق \n", "في العراق");
  }

  @Test
  void trimsAndCollapsesWhiteSpaceNextToTheFirstChangedCharacter() {
    // the cases where the unchanged prefix ends in a space that must go or stay
    check("في  العراق", "في العراق");
    check("في \u064Bالعراق", "في العراق");
    check("في إربيل", "في اربيل");
    check("في ", "في");
    check("في \n", "في");
    check("في  ", "في");
    check(" في", "في");
    check("قالَ", "قال");
    check("\u064B", "");
  }

  @Test
  void returnsTextThatNeedsNoChangeAsItIs() {
    String text = "قال المتحدث باسم الجهاز";
    assertSame(text, ArabicNormalizer.normalize(text));
  }

  @Test
  void splitsNormalisedTextIntoWordsOfLettersAndDigits() {
    assertEquals(
        java.util.List.of("ماذا", "قال", "النعمان", "عن", "كوردستان", "2021"),
        ArabicNormalizer.words("«ماذا قالَ النعمان» عن كوردستان، ٢٠٢١؟"));
    assertEquals(java.util.List.of(), ArabicNormalizer.words(" ،؟ "));
  }

  @Test
  void keepsAPresentationFormThatHasNoDecomposition() {
    // U+FDFD, the bismillah ligature, has no compatibility decomposition
    assertEquals("\uFDFD الله", ArabicNormalizer.normalize("\uFDFD اللّه"));
  }
}
