package org.naba.answer;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.naba.text.ArabicNormalizer;
import org.naba.text.Lexicon;

/**
 * Reads the time phrase of a question (اليوم، أمس، هذا الأسبوع، الشهر الماضي، في مارس، منذ يومين)
 * as the days it means, counted back from "today" (the corpus clock), and the question without it.
 *
 * <p>Rules, over normalised words; the first phrase found counts:
 *
 * <ul>
 *   <li>Today (اليوم، الليلة، الحين) is today; yesterday (أمس، البارحة، امبارح) is yesterday and
 *       today, since news of a day is often published the next; أمس الأول / أول أمس is the day
 *       before, with the day after it.
 *   <li>منذ / قبل / من + a number of days or weeks (يومين، ثلاثة أيام، أسبوع، أسبوعين) is that day
 *       back, with the day after it.
 *   <li>A week, month or year with هذا / هذه / ها- or الحالي / الجاري is the current one up to
 *       today (the week: the last seven days); with الماضي / الفائت / المنصرم / اللي فات the one
 *       before.
 *   <li>A month name after في / شهر / خلال / a day's number, or before a year or الماضي (the
 *       Levantine كانون / تشرين الأول / الثاني anywhere), is that month: of the year given, else
 *       its latest occurrence up to today; a day's number before it makes it that day alone (a date
 *       names the day the news was published on, not the day before its reports: "ماذا حدث يوم 8
 *       أغسطس 2015" is not the next day's news). A year after في / عام / سنة alone is that year.
 *   <li>A weekday after يوم, or before الماضي, is its latest occurrence before today.
 * </ul>
 */
public final class TimePhrases {

  /**
   * A question's time phrase.
   *
   * @param window the days it means, or empty when the question has no time phrase
   * @param rest the question without the phrase (its normalised words), or the question as it is
   *     when it has none
   * @param relative whether the phrase counts from today (اليوم، أمس، منذ يومين، الشهر الماضي، يوم
   *     الاثنين): it names when the news came, while a month or a year named (في مارس، عام 2015)
   *     may name when something happened
   */
  public record Reading(Optional<DateWindow> window, String rest, boolean relative) {}

  private static final Set<String> TODAY = Lexicon.words("today-words");
  private static final Set<String> YESTERDAY = Lexicon.words("yesterday-words");
  private static final Set<String> PAST = Lexicon.words("past-words");
  private static final Set<String> CURRENT = Lexicon.words("current-words");
  private static final Set<String> THIS = Lexicon.words("this-words");
  private static final Set<String> SINCE = Lexicon.words("since-words");
  private static final Map<String, String> MONTHS = Lexicon.table("calendar-months");
  private static final Map<String, String> WEEKDAYS = Lexicon.table("weekdays");
  private static final Map<String, String> NUMBERS = Lexicon.table("small-numbers");

  private static final Set<String> IN = Set.of("في", "فى", "شهر", "بشهر", "خلال", "منذ", "بـ");
  private static final Set<String> DAY = Set.of("يوم", "نهار");
  private static final Set<String> YEAR = Set.of("عام", "سنه", "العام", "السنه", "في");
  private static final Set<String> EARLIER = Set.of("الاول", "اول");
  private static final String FIRST = "الاول";
  private static final String SECOND = "الثاني";

  private TimePhrases() {}

  public static Reading read(String question, LocalDate today) {
    List<String> words = ArabicNormalizer.words(question);
    for (int i = 0; i < words.size(); i++) {
      Match m = at(words, i, today);
      if (m != null) {
        List<String> rest = new ArrayList<>(words.subList(0, m.from()));
        rest.addAll(words.subList(m.to(), words.size()));
        return new Reading(Optional.of(m.window()), String.join(" ", rest), m.relative());
      }
    }
    return new Reading(Optional.empty(), question, false);
  }

  /**
   * A phrase over words {@code [from, to)}, the days it means, and whether it counts from today.
   */
  private record Match(int from, int to, DateWindow window, boolean relative) {

    Match(int from, int to, DateWindow window) {
      this(from, to, window, true);
    }
  }

  private static Match at(List<String> w, int i, LocalDate today) {
    String word = w.get(i);
    String next = i + 1 < w.size() ? w.get(i + 1) : "";
    String previous = i > 0 ? w.get(i - 1) : "";
    if (YESTERDAY.contains(word)) {
      if (EARLIER.contains(next)) { // أمس الأول
        return new Match(i, i + 2, days(today.minusDays(2), today));
      }
      if (EARLIER.contains(previous)) { // أول أمس
        return new Match(i - 1, i + 1, days(today.minusDays(2), today));
      }
      int from = DAY.contains(previous) ? i - 1 : i;
      return new Match(from, i + 1, days(today.minusDays(1), today));
    }
    if (TODAY.contains(word)) {
      return new Match(i, i + 1, DateWindow.day(today));
    }
    if (SINCE.contains(word)) {
      Match back = countBack(w, i, today);
      if (back != null) {
        return back;
      }
    }
    Match span = calendarSpan(w, i, today);
    if (span != null) {
      return span;
    }
    Match month = month(w, i, today);
    if (month != null) {
      return month;
    }
    if (word.matches("(19|20)\\d\\d") && YEAR.contains(previous)) {
      int year = Integer.parseInt(word);
      return new Match(
          i - 1,
          i + 1,
          new DateWindow(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)),
          false);
    }
    return weekday(w, i, today);
  }

  /** منذ / قبل + a number of days or weeks: that day back, with the day after it. */
  private static Match countBack(List<String> w, int i, LocalDate today) {
    int j = i + 1;
    int n = 1;
    if (j < w.size() && number(w.get(j)) > 0) {
      n = number(w.get(j));
      j++;
    }
    if (j >= w.size()) {
      return null;
    }
    String unit = w.get(j);
    int days;
    if (unit.startsWith("يوم") || unit.equals("ايام") || unit.equals("اليومين")) {
      days = unit.equals("يومين") || unit.equals("اليومين") ? 2 : n;
    } else if (unit.startsWith("اسبوع") || unit.equals("اسابيع")) {
      days = 7 * (unit.equals("اسبوعين") ? 2 : n);
    } else {
      return null;
    }
    LocalDate day = today.minusDays(days);
    return new Match(i, j + 1, days(day, day.plusDays(1)));
  }

  /** A week, month or year that is this one or the last one. */
  private static Match calendarSpan(List<String> w, int i, LocalDate today) {
    String word = w.get(i);
    boolean thisOne = word.startsWith("هال") && word.length() > 5; // هالأسبوع، هالشهر، هالسنة
    String bare = thisOne ? word.substring(3) : word;
    int from = i;
    if (!thisOne && i > 0 && THIS.contains(w.get(i - 1))) {
      thisOne = true;
      from = i - 1;
    }
    String unit = bare.startsWith("ال") ? bare.substring(2) : bare;
    if (!Set.of("اسبوع", "شهر", "عام", "سنه").contains(unit)) {
      return null;
    }
    int to = i + 1;
    String next = to < w.size() ? w.get(to) : "";
    boolean last = PAST.contains(next) || next.equals("اللي") && to + 1 < w.size();
    if (last) {
      to += next.equals("اللي") ? 2 : 1; // اللي فات
    } else if (CURRENT.contains(next)) {
      thisOne = true;
      to++;
    }
    if (!thisOne && !last) {
      return null;
    }
    DateWindow window =
        switch (unit) {
          case "اسبوع" ->
              last
                  ? days(today.minusDays(13), today.minusDays(7))
                  : days(today.minusDays(6), today);
          case "شهر" -> {
            YearMonth month = YearMonth.from(today).minusMonths(last ? 1 : 0);
            yield days(month.atDay(1), last ? month.atEndOfMonth() : today);
          }
          default -> {
            int year = today.getYear() - (last ? 1 : 0);
            yield days(LocalDate.of(year, 1, 1), last ? LocalDate.of(year, 12, 31) : today);
          }
        };
    return new Match(from, to, window);
  }

  /** A month, or a day of it, named in context. */
  private static Match month(List<String> w, int i, LocalDate today) {
    String word = w.get(i);
    int month;
    int end = i + 1;
    boolean twoWords = false;
    if ((word.equals("كانون") || word.equals("تشرين")) && end < w.size()) {
      String which = w.get(end);
      if (!which.equals(FIRST) && !which.equals(SECOND)) {
        return null;
      }
      month =
          word.equals("تشرين") ? (which.equals(FIRST) ? 10 : 11) : (which.equals(FIRST) ? 12 : 1);
      end++;
      twoWords = true; // تشرين الأول names a month wherever it stands
    } else if (MONTHS.containsKey(word)) {
      month = Integer.parseInt(MONTHS.get(word));
    } else {
      return null;
    }
    int start = i;
    Integer day = null;
    if (i > 0 && w.get(i - 1).matches("\\d{1,2}")) {
      day = Integer.parseInt(w.get(i - 1));
      start = i - 1;
    }
    Integer year = null;
    if (end < w.size() && w.get(end).matches("(19|20)\\d\\d")) {
      year = Integer.parseInt(w.get(end));
      end++;
    } else if (end < w.size() && PAST.contains(w.get(end))) {
      end++;
    }
    boolean named =
        twoWords
            || day != null
            || year != null
            || end > i + 1 && PAST.contains(w.get(end - 1))
            || start > 0 && IN.contains(w.get(start - 1));
    if (!named) {
      return null;
    }
    while (start > 0 && (IN.contains(w.get(start - 1)) || DAY.contains(w.get(start - 1)))) {
      start--; // في شهر نوفمبر، يوم 5 أغسطس
    }
    if (year == null) {
      year = today.getMonthValue() >= month ? today.getYear() : today.getYear() - 1;
    }
    YearMonth ym = YearMonth.of(year, month);
    if (day != null && day >= 1 && day <= ym.lengthOfMonth()) {
      LocalDate d = ym.atDay(day);
      return new Match(start, end, days(d, d), false);
    }
    return new Match(start, end, days(ym.atDay(1), ym.atEndOfMonth()), false);
  }

  /** A weekday after يوم, or before الماضي: its latest occurrence before today. */
  private static Match weekday(List<String> w, int i, LocalDate today) {
    String day = WEEKDAYS.get(w.get(i));
    if (day == null) {
      return null;
    }
    boolean afterDay = i > 0 && DAY.contains(w.get(i - 1));
    boolean beforePast = i + 1 < w.size() && PAST.contains(w.get(i + 1));
    if (!afterDay && !beforePast) {
      return null; // bare الاثنين may be the number two
    }
    LocalDate d =
        today
            .minusDays(1)
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.of(Integer.parseInt(day))));
    return new Match(afterDay ? i - 1 : i, beforePast ? i + 2 : i + 1, days(d, d.plusDays(1)));
  }

  private static int number(String word) {
    if (word.matches("\\d{1,3}")) {
      return Integer.parseInt(word);
    }
    String n = NUMBERS.get(word);
    return n == null ? -1 : Integer.parseInt(n);
  }

  /** The days from {@code from} to {@code to}, no later than {@code to} itself allows. */
  private static DateWindow days(LocalDate from, LocalDate to) {
    return new DateWindow(from, to.isBefore(from) ? from : to);
  }
}
