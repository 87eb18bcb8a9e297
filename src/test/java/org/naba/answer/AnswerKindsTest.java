package org.naba.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.naba.answer.QuestionReader.Type;
import org.naba.text.AnalysedText;

class AnswerKindsTest {

  @Test
  void aWhenQuestionNeedsATimeExpression() {
    assertTrue(
        AnswerKinds.gives(Type.WHEN, AnalysedText.of("زار اليوم الاربعاء قضاء مخمور"), Set.of()));
    assertTrue(AnswerKinds.gives(Type.WHEN, AnalysedText.of("في 8 كانون الاول"), Set.of()));
    assertFalse(
        AnswerKinds.gives(
            Type.WHEN, AnalysedText.of("هناك متابعة من قبل رئيس الوزراء مصطفى الكاظمي"), Set.of()),
        "من قبل is 'by', not a time");
  }

  @Test
  void aHowManyQuestionNeedsAQuantity() {
    assertTrue(
        AnswerKinds.gives(Type.HOW_MANY, AnalysedText.of("أدت الى تفكيك خمسة قواطع"), Set.of()));
    assertTrue(AnswerKinds.gives(Type.HOW_MANY, AnalysedText.of("بحصوله على 54 مقعدا"), Set.of()));
    assertFalse(
        AnswerKinds.gives(Type.HOW_MANY, AnalysedText.of("وعدداً من القيادات الأمنية"), Set.of()));
  }

  @Test
  void aNumberOrTimeTheQuestionGivesItselfAnswersNothing() {
    // reader-dev2: the first answer counted the fighter jets of the jets' own name
    String jets = "بكم عقد طيارات اف 16 للبحرين؟";
    Set<String> given = AnswerKinds.givenValues(jets);
    assertEquals(Set.of("16"), given);
    assertFalse(
        AnswerKinds.gives(
            Type.HOW_MANY, AnalysedText.of("والعقد يتعلق بإنتاج مقاتلات طراز إف 16"), given));
    assertTrue(
        AnswerKinds.gives(
            Type.HOW_MANY,
            AnalysedText.of("فازت بعقد بـ1,12 مليار دولار لإنتاج مقاتلات إف 16 للبحرين"),
            given));
    Set<String> september = AnswerKinds.givenValues("متى أعلن البنك نتائجه في سبتمبر ٢٠١٨؟");
    assertEquals(Set.of("سبتمبر", "2018"), september, "Arabic-Indic digits read as their value");
    assertFalse(
        AnswerKinds.gives(
            Type.WHEN, AnalysedText.of("أعلن البنك في سبتمبر 2018 نتائجه"), september));
    assertTrue(
        AnswerKinds.gives(
            Type.WHEN, AnalysedText.of("أعلن البنك في 12 سبتمبر 2018 نتائجه"), september));
  }

  @Test
  void aHowManyQuestionIsAlsoAnsweredBySayingTheCountIsUnknown() {
    // seed 000: the spokesman's answer to how many Daesh fighters remain
    assertTrue(
        AnswerKinds.gives(
            Type.HOW_MANY,
            AnalysedText.of("لا توجد احصائية دقيقة لعدد عناصر تنظيم داعش، وطبيعة عملياتهم"),
            Set.of()));
    assertFalse(
        AnswerKinds.gives(
            Type.HOW_MANY, AnalysedText.of("لا يمكن القبول بهذه الاجراءات"), Set.of()),
        "a negation without a count word says nothing about a quantity");
  }

  @Test
  void aHowManyQuestionCountsTheWordAfterItsInterrogative() {
    String soldiers = AnswerKinds.countedRoot("كم جنديا قتل بالتفجير؟").orElseThrow();
    assertEquals(
        AnswerKinds.countedRoot("كم عدد الجنود الذين قتلوا؟"), Optional.of(soldiers), "past عدد");
    assertTrue(AnswerKinds.countedRoot("وبكم محافظة فاز التحالف؟").isPresent());
    assertEquals(Optional.empty(), AnswerKinds.countedRoot("ماذا قال الوزير؟"));
  }

  @Test
  void aHowManyQuestionCountsTheNounPastAVerbOfAmount() {
    String fine = AnswerKinds.countedRoot("كم بلغت غرامة المصنع المخالف؟").orElseThrow();
    assertEquals(AnswerKinds.countedRoot("كم غرامة المصنع المخالف؟"), Optional.of(fine));
    assertTrue(
        AnswerKinds.statesCount(AnalysedText.of("وتغريمه 20 الف ريال بسبب المخالفة"), fine),
        "a word of its root next to the number");
    assertEquals(
        AnswerKinds.countedRoot("كم سيصل عدد الزوار هذا العام؟"),
        AnswerKinds.countedRoot("كم عدد الزوار هذا العام؟"));
  }

  @Test
  void aWhoOrWhichQuestionAsksAboutTheNounAfterItsInterrogative() {
    String designer = AnswerKinds.focusRoot("من هو مصمم الجسر؟").orElseThrow();
    assertEquals(AnswerKinds.focusRoot("مين مصمم الجسر؟"), Optional.of(designer));
    assertTrue(AnswerKinds.hasRoot(AnalysedText.of("وبحسب مصممه فإن الجسر فريد"), designer));
    assertFalse(AnswerKinds.hasRoot(AnalysedText.of("افتتح الجسر أمس"), designer));
    assertEquals(
        AnswerKinds.focusRoot("في أي بنك عمل؟"), AnswerKinds.focusRoot("من البنك الذي عمل فيه؟"));
    assertTrue(AnswerKinds.focusRoot("شو اسم المخرج؟").isPresent(), "اسم asks who");
    assertEquals(Optional.empty(), AnswerKinds.focusRoot("ما سبب الحريق؟"));
    assertEquals(Optional.empty(), AnswerKinds.focusRoot("متى افتتح الجسر؟"));
    assertEquals(
        Optional.empty(),
        AnswerKinds.focusRoot("من فاز بسباق الجائزة الكبرى؟"),
        "a bare past verb: any sentence of winners has it");
  }

  @Test
  void aTextStatesTheCountWhenANumberStandsNextToTheCountedWord() {
    String soldiers = AnswerKinds.countedRoot("كم جنديا قتل بالتفجير؟").orElseThrow();
    assertTrue(
        AnswerKinds.statesCount(AnalysedText.of("أسفر عن مقتل 3 جنود وإصابة 14 آخرين"), soldiers));
    String cities = AnswerKinds.countedRoot("كم مدينة سيزور؟").orElseThrow();
    assertTrue(AnswerKinds.statesCount(AnalysedText.of("سيزور فيها ولي العهد سبع مدن"), cities));
    assertFalse(
        AnswerKinds.statesCount(AnalysedText.of("قتل 11 عنصرا في اشتباك قرب الحدود"), soldiers),
        "a number of something else");
    assertFalse(
        AnswerKinds.statesCount(
            AnalysedText.of("قتل الجنود في هجوم عام 2018 على المدينة"), soldiers),
        "the counted word without a number next to it");
  }

  @Test
  void aCountOfYearsMonthsOrDaysIsStatedInAnyOfTheirWords() {
    String years = AnswerKinds.countedRoot("ميرنا المهندس توفت وعندها كام سنة؟").orElseThrow();
    assertTrue(AnswerKinds.statesCount(AnalysedText.of("توفيت عن عمر يناهز 37 عاما"), years));
    assertTrue(AnswerKinds.statesCount(AnalysedText.of("حكم عليه بالسجن 5 سنوات"), years));
    assertFalse(
        AnswerKinds.statesCount(AnalysedText.of("سجن 5 أشهر ثم أفرج عنه"), years), "months");
    String days = AnswerKinds.countedRoot("كم يوما استمر الإضراب؟").orElseThrow();
    assertTrue(AnswerKinds.statesCount(AnalysedText.of("استمر الإضراب ثلاثة أيام"), days));
  }

  @Test
  void aTextWithACausalConnectiveGivesACause() {
    assertTrue(
        AnswerKinds.givesCause(
            AnalysedText.of(
                "اغلقا أمام الرحلات الدولية بعد التوتر على خلفية إجراء إقليم كردستان لاستفتاء الانفصال")));
    assertTrue(
        AnswerKinds.givesCause(AnalysedText.of("إرهابية قاتلت ضد العراق ولذلك يجب أن تحاكم فيه")));
    assertTrue(AnswerKinds.givesCause(AnalysedText.of("أغلقت الطرق بسبب العاصفة")));
    assertFalse(AnswerKinds.givesCause(AnalysedText.of("أعيد فتح المطارين أمام الرحلات الدولية")));
  }

  @Test
  void otherQuestionsTakeAnyText() {
    assertTrue(AnswerKinds.gives(Type.WHO, AnalysedText.of("زار الكاظمي مخمور"), Set.of()));
    assertTrue(AnswerKinds.gives(Type.STATEMENT, AnalysedText.of("التنسيق عال جدا"), Set.of()));
  }
}
