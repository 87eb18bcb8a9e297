package org.naba.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per rule of {@link TimePhrases}, "today" being Saturday 20 October 2018. */
class TimePhrasesTest {

  private static final LocalDate TODAY = LocalDate.of(2018, 10, 20);

  private static void check(String question, String from, String to, String rest) {
    TimePhrases.Reading r = TimePhrases.read(question, TODAY);
    assertEquals(
        new DateWindow(LocalDate.parse(from), LocalDate.parse(to)),
        r.window().orElseThrow(() -> new AssertionError("no window in " + question)),
        question);
    assertEquals(rest, r.rest(), question);
  }

  private static void none(String question) {
    TimePhrases.Reading r = TimePhrases.read(question, TODAY);
    assertTrue(r.window().isEmpty(), question);
    assertEquals(question, r.rest(), "a question without a time phrase stays as it is");
  }

  @Test
  void todayIsToday() {
    check("شو صار اليوم في البصرة؟", "2018-10-20", "2018-10-20", "شو صار في البصره");
  }

  @Test
  void yesterdayInStandardAndDialectIsYesterdayAndToday() {
    check("ماذا قال ترامب أمس؟", "2018-10-19", "2018-10-20", "ماذا قال ترامب");
    check("ايش صار البارحة بالرياض", "2018-10-19", "2018-10-20", "ايش صار بالرياض");
    check("شو صار يوم امس", "2018-10-19", "2018-10-20", "شو صار");
  }

  @Test
  void theDayBeforeYesterdayIsThatDayAndTheNext() {
    check("ماذا حدث أمس الأول", "2018-10-18", "2018-10-20", "ماذا حدث");
    check("ماذا حدث أول أمس", "2018-10-18", "2018-10-20", "ماذا حدث");
  }

  @Test
  void aNumberOfDaysOrWeeksBackIsThatDayAndTheNext() {
    check("ماذا قال الصدر منذ يومين", "2018-10-18", "2018-10-19", "ماذا قال الصدر");
    check("ماذا قال الصدر قبل ثلاثة أيام", "2018-10-17", "2018-10-18", "ماذا قال الصدر");
    check("شو صار من أسبوع", "2018-10-13", "2018-10-14", "شو صار");
    check("ماذا حدث قبل 5 أيام", "2018-10-15", "2018-10-16", "ماذا حدث");
  }

  @Test
  void thisWeekMonthOrYearRunsUpToToday() {
    check("ما أخبار العراق هذا الأسبوع", "2018-10-14", "2018-10-20", "ما اخبار العراق");
    check("اخبار العراق هالاسبوع", "2018-10-14", "2018-10-20", "اخبار العراق");
    check("ماذا قال العبادي هذا الشهر", "2018-10-01", "2018-10-20", "ماذا قال العبادي");
    check("ماذا قال العبادي الشهر الجاري", "2018-10-01", "2018-10-20", "ماذا قال العبادي");
    check("اخبار السعودية هذه السنة", "2018-01-01", "2018-10-20", "اخبار السعوديه");
  }

  @Test
  void theLastWeekMonthOrYearIsTheOneBefore() {
    check("ماذا قال ماكرون الأسبوع الماضي", "2018-10-07", "2018-10-13", "ماذا قال ماكرون");
    check(
        "ماذا قال ماكرون الشهر الماضي عن ايران",
        "2018-09-01",
        "2018-09-30",
        "ماذا قال ماكرون عن ايران");
    check("شو صار الشهر اللي فات", "2018-09-01", "2018-09-30", "شو صار");
    check("ما حدث العام الماضي", "2017-01-01", "2017-12-31", "ما حدث");
  }

  @Test
  void aMonthInContextIsItsLatestOccurrenceOrTheYearGiven() {
    check("ماذا حدث في مارس", "2018-03-01", "2018-03-31", "ماذا حدث");
    check("ماذا حدث في شهر نوفمبر", "2017-11-01", "2017-11-30", "ماذا حدث");
    check("ماذا قال في آذار", "2018-03-01", "2018-03-31", "ماذا قال");
    check("اخبار تشرين الاول", "2018-10-01", "2018-10-31", "اخبار");
    check("ماذا قال الجبير في أغسطس 2015", "2015-08-01", "2015-08-31", "ماذا قال الجبير");
  }

  @Test
  void aDayOfAMonthIsThatDayAlone() {
    check("ماذا حدث يوم 5 أغسطس 2015", "2015-08-05", "2015-08-05", "ماذا حدث");
    check("ماذا حدث في 28 يوليو", "2018-07-28", "2018-07-28", "ماذا حدث");
  }

  @Test
  void aYearAfterInOrYearIsThatYear() {
    check("من فاز بالانتخابات في 2015", "2015-01-01", "2015-12-31", "من فاز بالانتخابات");
    check("ماذا حدث عام 2017", "2017-01-01", "2017-12-31", "ماذا حدث");
  }

  @Test
  void aWeekdayAfterDayOrBeforeLastIsItsLatestOccurrenceBeforeToday() {
    check("ماذا قال الحريري يوم الخميس", "2018-10-18", "2018-10-19", "ماذا قال الحريري");
    check("ماذا حدث السبت الماضي", "2018-10-13", "2018-10-14", "ماذا حدث");
  }

  @Test
  void wordsThatOnlyLookLikeTimePhrasesAreLeftAlone() {
    none("كم عدد ضحايا انفجار بيروت؟");
    none("ماذا قال الاثنين عن الاتفاق؟"); // the two of them
    none("من قال إن الاتفاق انتهى؟");
    none("من هو اب الفيزياء"); // آب the month needs context
    none("ما هي مايو كلينك");
  }

  @Test
  void aPhraseCountedFromTodayIsRelativeANamedMonthOrYearIsNot() {
    for (String q :
        List.of(
            "ماذا قال ترامب أمس؟",
            "شو صار اليوم؟",
            "ماذا حدث منذ يومين؟",
            "ما أخبار الشهر الماضي؟")) {
      assertTrue(TimePhrases.read(q, TODAY).relative(), q);
    }
    for (String q : List.of("متى هطلت الأمطار في شهر أغسطس؟", "ماذا حدث عام 2015؟", "ما الجديد؟")) {
      assertFalse(TimePhrases.read(q, TODAY).relative(), q);
    }
  }
}
