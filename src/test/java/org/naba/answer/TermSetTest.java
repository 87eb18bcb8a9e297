package org.naba.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TermSetTest {

  @Test
  void aQuestionTermWithAProcliticMeetsTheBareTermOfTheText() {
    // شكد سعر صرف الدولار اليوم ببغداد؟ → ببغداد; the text says بغداد
    assertTrue(new TermSet(Set.of("بغداد")).has("ببغداد"));
    assertTrue(new TermSet(Set.of("جهاز")).has("لجهاز"));
  }

  @Test
  void aTextTermWithAProcliticMeetsTheBareTermOfTheQuestion() {
    assertTrue(new TermSet(Set.of("لمكافح")).has("مكافح"));
  }

  @Test
  void shortTermsKeepTheirFirstLetter() {
    assertEquals(List.of("بحث"), TermSet.forms("بحث"), "حث is another word");
    assertFalse(new TermSet(Set.of("حث")).has("بحث"));
  }

  @Test
  void longTermsMeetTheirSpellingVariantsBySkeleton() {
    assertTrue(new TermSet(Set.of("كوردستان")).has("كردستان"));
    assertFalse(new TermSet(Set.of("قادم")).has("قدم"), "short skeletons collide");
  }

  @Test
  void aVerbIsRelatedToItsVerbalNounButIsNotTheSameTerm() {
    // ما العملية التي انطلقت …؟ → the text says انطلاق عملية
    TermSet text = new TermSet(Set.of("انطلاق", "عمل"));
    assertFalse(text.has("انطلقت"));
    assertTrue(text.hasRelated("انطلقت"));
    assertTrue(new TermSet(Set.of("تسلل")).hasRelated("تسللوا"));
  }

  @Test
  void aFormVPresentVerbIsRelatedToItsPastAndItsNoun() {
    // من متى تتظاهر امهات السبت؟ → the text says تظاهرات، تظاهر
    assertTrue(new TermSet(Set.of("تظاهرات")).hasRelated("تتظاهر"));
    assertTrue(new TermSet(Set.of("تظاهر")).hasRelated("يتظاهر"));
    assertTrue(new TermSet(Set.of("تحدث")).hasRelated("نتحدث"));
  }

  @Test
  void wordsOfOtherRootsAreNotRelated() {
    assertFalse(new TermSet(Set.of("انطلاق")).hasRelated("اعتقلت"));
  }
}
