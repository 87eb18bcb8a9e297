package org.naba.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AnalysedTextTest {

  private static final List<String> TEXTS =
      List.of(
          "وقال المتحدث باسم الوزارة إنّ «الأوضاع مستقرة» في 3 محافظات.",
          "أسفر عن مقتل ٣ جنود وإصابة أربعة عشر آخرين يوم الاثنين",
          "ﻻ توجد إحصائية دقيقة لعدد المصابين",
          "  ",
          "");

  @Test
  void readsTheSameWordsAsTheNormalizer() {
    for (String t : TEXTS) {
      AnalysedText a = AnalysedText.of(t);
      assertEquals(ArabicNormalizer.normalize(t), a.normalized(), t);
      assertEquals(ArabicNormalizer.words(t), a.words(), t);
      assertEquals(ArabicNormalizer.words(a.normalized()), a.words(), "normalising twice: " + t);
    }
  }

  @Test
  void stemsAndRootsAreThoseOfEachWord() {
    for (String t : TEXTS) {
      AnalysedText a = AnalysedText.of(t);
      List<String> stems = new ArrayList<>();
      List<String> roots = new ArrayList<>();
      for (int i = a.words().size() - 1; i >= 0; i--) { // in any order
        roots.add(0, a.root(i));
        stems.add(0, a.stem(i));
      }
      assertEquals(a.words().stream().map(ArabicLightStemmer::stem).toList(), stems, t);
      assertEquals(
          a.words().stream().map(w -> ArabicRoot.of(ArabicLightStemmer.stem(w))).toList(),
          roots,
          t);
    }
  }

  @Test
  void offersTheAnswerTypesOfItsText() {
    for (String t : TEXTS) {
      assertEquals(AnswerType.offered(t), AnalysedText.of(t).offered(), t);
    }
    assertEquals(
        Set.of(AnswerType.NUMBER, AnswerType.TIME), AnalysedText.of("في 3 محافظات").offered());
  }

  @Test
  void aWordIsANumberAsTheSentenceRuleReadsIt() {
    for (String w : List.of("3", "ثلاثة", "والثلاثة", "الاثنين", "جنود", "٣")) {
      assertEquals(
          AnswerType.offered(w).contains(AnswerType.NUMBER),
          AnswerType.isNumber(ArabicNormalizer.normalize(w)),
          w);
    }
  }
}
