package org.naba.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One test per rule of {@link ArabicDateFinder}. */
class ArabicDateFinderTest {

  private final ArabicDateFinder finder = new ArabicDateFinder();

  private void check(String text, String expected) {
    assertEquals(
        Optional.ofNullable(expected).map(LocalDate::parse), finder.find(text), "in: " + text);
  }

  @Test
  void rule1ReadsDayMonthYearWithOptionalWeekdayBracketsAndSecondMonthName() {
    check("قال يوم الأربعاء (8 كانون الأول 2021) إن", "2021-12-08");
    check("في 3 من آذار/مارس 2018", "2018-03-03");
    check("الخميس، 15 تموز (يوليو)، عام 2010", "2010-07-15");
  }

  @Test
  void rule2KnowsBothMonthSystemsAndTheirSpellings() {
    check("1 كانون الثاني 2020", "2020-01-01");
    check("1 كانون ثاني 2020", "2020-01-01");
    check("2 شباط 2020", "2020-02-02");
    check("3 اذار 2020", "2020-03-03");
    check("4 نيسان 2020", "2020-04-04");
    check("5 أيار 2020", "2020-05-05");
    check("6 حزيران 2020", "2020-06-06");
    check("7 تموز 2020", "2020-07-07");
    check("8 آب 2020", "2020-08-08");
    check("9 أيلول 2020", "2020-09-09");
    check("10 تشرين الاول 2020", "2020-10-10");
    check("11 تشرين الثاني 2020", "2020-11-11");
    check("12 كانون الأول 2020", "2020-12-12");
    check("13 يناير 2020", "2020-01-13");
    check("14 فبراير 2020", "2020-02-14");
    check("15 مارس 2020", "2020-03-15");
    check("16 إبريل 2020", "2020-04-16");
    check("17 مايو 2020", "2020-05-17");
    check("18 يونيه 2020", "2020-06-18");
    check("19 يوليو 2020", "2020-07-19");
    check("20 أغسطس 2020", "2020-08-20");
    check("21 سبتمبر 2020", "2020-09-21");
    check("22 أكتوبر 2020", "2020-10-22");
    check("23 نوفمبر 2020", "2020-11-23");
    check("24 ديسمبر 2020", "2020-12-24");
  }

  @Test
  void rule3ReadsArabicIndicDigits() {
    check("٨ كانون الأول ٢٠٢١", "2021-12-08");
  }

  @Test
  void rule4RejectsADayTheMonthDoesNotHave() {
    check("31 شباط 2021", null);
    check("29 شباط 2021", null);
    check("29 شباط 2020", "2020-02-29");
  }

  @Test
  void rule5AcceptsOnlyPlausibleYears() {
    check("8 كانون الأول 1985", null);
    check("8 كانون الأول 2031", null);
    check("8 كانون الأول 21", null);
  }

  @Test
  void rule6DropsADateItsWeekdayContradicts() {
    check("يوم الخميس (8 كانون الأول 2021)", null);
    check("يوم الأربعاء (8 كانون الأول 2021)", "2021-12-08");
  }

  @Test
  void rule7ResolvesSeed000sTypoThroughItsWeekday() {
    check("وقال النعمان،:يوم الاربعاء (8 كانون الاول 20219) إن", "2021-12-08");
    check("8 كانون الاول 20219", null);
    check("يوم الخميس (8 كانون الاول 20219)", null);
  }

  @Test
  void rule8NeverGuessesAMissingYear() {
    check("يوم الأربعاء 8 كانون الأول", null);
  }

  @Test
  void rule9TakesTheFirstMentionThatGivesADate() {
    check("في 31 شباط 2021 ثم في 2 آذار 2021 وبعدها 5 آذار 2021", "2021-03-02");
  }

  @Test
  void findsNoDateInSeed001sOpening() {
    check(
        "كشف جهاز مكافحة الإرهاب، اليوم الأربعاء، عن البدء بتنفيذ استراتيجية ضد بقايا فلول عصابات داعش الإرهابية",
        null);
  }

  @Test
  void findsAWeekdayDateOnlyWhenAskedForOne() {
    String text = "في 2 آذار 2021 وقع الحادث، وقال يوم الأربعاء 8 كانون الأول 2021 إن";
    assertEquals(Optional.of(LocalDate.parse("2021-03-02")), finder.find(text));
    assertEquals(Optional.of(LocalDate.parse("2021-12-08")), finder.findWithWeekday(text));
  }
}
