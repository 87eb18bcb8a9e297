package org.naba.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ArabicLightStemmerTest {

  /** Stems the normalised form of {@code in}, as a string and in place in a longer buffer. */
  private static void check(String in, String expected) {
    String word = ArabicNormalizer.normalize(in);
    assertEquals(expected, ArabicLightStemmer.stem(word));
    char[] buffer = (word + "زائد").toCharArray();
    int length = ArabicLightStemmer.stem(buffer, word.length());
    assertEquals(expected, new String(buffer, 0, length), "in place");
  }

  @Test
  void leavesShortWordsAlone() {
    check("في", "في");
  }

  @Test
  void removesConjunctionWaw() {
    check("وكتب", "كتب");
  }

  @Test
  void keepsWawWhenTooLittleWouldRemain() {
    check("وقت", "وقت");
  }

  @Test
  void removesDefiniteArticle() {
    check("الكتاب", "كتاب");
  }

  @Test
  void removesArticleWithConjunctionOrPreposition() {
    check("والكتاب", "كتاب");
    check("بالكتاب", "كتاب");
    check("كالكتاب", "كتاب");
    check("فالكتاب", "كتاب");
    check("للكتاب", "كتاب");
  }

  @Test
  void removesWawThenArticlePreposition() {
    check("وبالعراق", "عراق");
  }

  @Test
  void removesPossessiveNa() {
    check("تنسيقنا", "تنسيق");
  }

  @Test
  void removesPossessiveHumAndHa() {
    check("كتابهم", "كتاب");
    check("كتابها", "كتاب");
  }

  @Test
  void removesTehOfTaMarbutaBeforePossessive() {
    check("مدرستنا", "مدرس");
    check("مدرسة", "مدرس");
  }

  @Test
  void keepsTehOfShortStemBeforePossessive() {
    check("بيتنا", "بيت");
    check("بيته", "بيت");
  }

  @Test
  void removesTehOfTaMarbutaBeforeThePossessiveHeh() {
    check("تجربته", "تجرب");
    check("تجربة", "تجرب");
    check("حكومته", "حكوم");
    check("زيارتها", "زيار");
    check("تصريحاته", "تصريحات");
  }

  @Test
  void removesFeminineAndMasculinePlurals() {
    check("المعلمات", "معلم");
    check("المعلمون", "معلم");
    check("المعلمين", "معلم");
  }

  @Test
  void removesDualAlefNoonFromLongStems() {
    check("الكتابان", "كتاب");
  }

  @Test
  void keepsAlefNoonOfShortStemsSoNamesSurvive() {
    check("النعمان", "نعمان");
    check("لبنان", "لبنان");
  }

  @Test
  void keepsAlefNoonOfStan() {
    check("كردستان", "كردستان");
    check("كوردستان", "كوردستان");
  }

  @Test
  void removesNisbaEndings() {
    check("العربية", "عرب");
    check("عربي", "عرب");
  }

  @Test
  void removesTaMarbutaAsHeh() {
    check("الحكومة", "حكوم");
  }
}
