package org.naba.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlaceNamesTest {

  private final PlaceNames places = PlaceNames.bundled();

  private List<String> names(String question) {
    return places.in(question).stream().map(PlaceNames.Place::name).toList();
  }

  @Test
  void findsAPlaceWrittenPlainOrWithProclitics() {
    assertEquals(List.of("بغداد"), names("شكد سعر صرف الدولار اليوم ببغداد؟"));
    assertEquals(List.of("البصرة"), names("كم درجة الحرارة المتوقعة في البصرة هذا الأسبوع؟"));
    assertEquals(List.of("البصرة"), names("ما هي الزيارة الأخيرة للبصرة؟"), "ل + ال is written لل");
    assertEquals(List.of("البصرة"), names("وبالبصرة تظاهرات"));
  }

  @Test
  void findsEverySpellingOfAPlace() {
    assertEquals(List.of("أربيل"), names("كيف سيكون الطقس في هولير غداً؟"));
    assertEquals(List.of("أربيل"), names("كيف سيكون الطقس في إربيل غداً؟"), "hamza below");
    assertEquals(List.of("أربيل"), names("كيف سيكون الطقس في اربيل غداً؟"), "no hamza");
    assertEquals(List.of("أربيل"), names("وصلنا الى هه ولير"), "a spelling of two words");
  }

  @Test
  void findsANameOfSeveralWordsOnlyAsAWhole() {
    assertEquals(List.of("دير الزور"), names("ماذا حدث في دير الزور؟"));
    assertEquals(List.of(), names("دخل الدير الكبير"));
  }

  @Test
  void findsTheSaudiRegionsAndCitiesAndTheCountriesInTheNews() {
    assertEquals(List.of("عسير"), names("شو قال المتحدث باسم صحة عسير؟"));
    assertEquals(List.of("المدينة المنورة"), names("حريق في عمارة بالمدينة المنورة"));
    assertEquals(List.of(), names("حريق في المدينة الصناعية"), "المدينة alone is a common noun");
    assertEquals(List.of("إثيوبيا"), names("ماذا قال رئيس وزراء اثيوبيا؟"));
  }

  @Test
  void ignoresWordsThatOnlyContainAPlaceName() {
    assertEquals(List.of(), names("من هو البغدادي؟"));
  }

  @Test
  void aTextMentionsAPlaceUnderAnyOfItsSpellings() {
    PlaceNames.Place erbil = places.in("أربيل").iterator().next();
    assertTrue(PlaceNames.mentions(erbil, ArabicNormalizer.normalize("وصل الوفد الى هولير امس")));
    assertFalse(PlaceNames.mentions(erbil, ArabicNormalizer.normalize("وصل الوفد الى بغداد")));
  }

  @Test
  void saudiNewsCallsSaudiArabiaTheKingdom() {
    PlaceNames.Place saudi = places.in("جاي من السعودية").iterator().next();
    assertTrue(
        PlaceNames.mentions(
            saudi, ArabicNormalizer.normalize("قادمة على شاحنة من المملكة إلى مصر عبر نويبع")));
    assertEquals(List.of("السعودية"), names("كم سائحا زار المملكة هذا العام؟"));
  }

  @Test
  void aTextMentionsAPlaceByItsAdjectiveAsAWholeWord() {
    PlaceNames.Place spain = places.in("في إسبانيا").iterator().next();
    assertTrue(
        PlaceNames.mentions(
            spain, ArabicNormalizer.normalize("المطار المهجور لمدينة ثيوداد ريال الإسبانية")));
    assertTrue(PlaceNames.mentions(spain, ArabicNormalizer.normalize("قال مسؤولون إسبانيون")));
    PlaceNames.Place russia = places.in("روسيا").iterator().next();
    assertTrue(PlaceNames.mentions(russia, ArabicNormalizer.normalize("وأعلنت الخارجية الروسية")));
    assertFalse(
        PlaceNames.mentions(russia, ArabicNormalizer.normalize("رياضة الفروسية في المملكة")),
        "روسي inside another word");
    PlaceNames.Place saudi = places.in("السعودية").iterator().next();
    assertTrue(PlaceNames.mentions(saudi, ArabicNormalizer.normalize("وقال المسؤول السعودي")));
    assertEquals("سعودي", PlaceNames.adjective(ArabicNormalizer.normalize("السعودية")));
    assertEquals("عراقي", PlaceNames.adjective("العراق"));
    assertEquals("اسباني", PlaceNames.adjective("اسبانيا"));
    assertEquals("فرنسي", PlaceNames.adjective("فرنسا"));
  }

  @Test
  void readsAGazetteerWithCommentsAndVariants() {
    PlaceNames parsed = PlaceNames.parse("# comment\nأربيل|هولير\n\nالموصل\n");
    assertEquals(2, parsed.in("من أربيل الى الموصل").size());
  }
}
