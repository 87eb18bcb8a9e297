package org.naba.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AnswerTypeTest {

  @Test
  void whenAsksForATime() {
    assertEquals(EnumSet.of(AnswerType.TIME), AnswerType.asked("متى بدأت الحرب؟"));
  }

  @Test
  void whichYearAsksForATime() {
    assertEquals(EnumSet.of(AnswerType.TIME), AnswerType.asked("في أي عام تأسست الجامعة؟"));
  }

  @Test
  void howManyAsksForANumber() {
    assertEquals(EnumSet.of(AnswerType.NUMBER), AnswerType.asked("كم نقطة سجل الفريق؟"));
  }

  @Test
  void theDialectsAskForNumbersAndTimesToo() {
    assertEquals(EnumSet.of(AnswerType.NUMBER), AnswerType.asked("كام واحد مات في الحادث؟"));
    assertEquals(EnumSet.of(AnswerType.NUMBER), AnswerType.asked("قديش سعر الذهب؟"));
    assertEquals(EnumSet.of(AnswerType.NUMBER), AnswerType.asked("شكد عدد الضحايا؟"));
    assertEquals(EnumSet.of(AnswerType.TIME), AnswerType.asked("امتى افتتح المتحف؟"));
    assertEquals(EnumSet.noneOf(AnswerType.class), AnswerType.asked("مين فاز بالدوري؟"));
  }

  @Test
  void aConjunctionBeforeHowManyOrWhenKeepsTheType() {
    assertEquals(
        EnumSet.of(AnswerType.NUMBER), AnswerType.asked("كان لديها 3 طبقات فكم صار لديها؟"));
    assertEquals(EnumSet.of(AnswerType.TIME), AnswerType.asked("ومتى عاد إلى بغداد؟"));
  }

  @Test
  void whatIsTheNumberOfAsksForANumber() {
    assertEquals(EnumSet.of(AnswerType.NUMBER), AnswerType.asked("ما هو عدد السكان؟"));
  }

  @Test
  void whoAsksForNoTypedAnswer() {
    assertEquals(Set.of(), AnswerType.asked("من هو رئيس الوزراء؟"));
  }

  @Test
  void digitsOfferNumbersAndTimes() {
    assertEquals(
        EnumSet.of(AnswerType.NUMBER, AnswerType.TIME), AnswerType.offered("تأسست عام ١٩٢١"));
  }

  @Test
  void numberWordsOfferNumbers() {
    assertEquals(EnumSet.of(AnswerType.NUMBER), AnswerType.offered("فاز بثلاثة ألقاب"));
  }

  @Test
  void mondayIsNoNumber() {
    assertEquals(Set.of(), AnswerType.offered("ذكرت الاثنين وكالة الأنباء أن أنقرة طلبت توقيفه"));
    assertEquals(Set.of(), AnswerType.offered("وصل والاثنين الماضي"));
    assertEquals(EnumSet.of(AnswerType.NUMBER), AnswerType.offered("قتل اثنين من الجنود"));
  }

  @Test
  void monthNamesOfferTimes() {
    assertEquals(EnumSet.of(AnswerType.TIME), AnswerType.offered("وصل في أيلول الماضي"));
  }

  @Test
  void plainSentencesOfferNothing() {
    assertEquals(Set.of(), AnswerType.offered("قال الوزير إن الاجتماع كان مثمرا"));
  }
}
