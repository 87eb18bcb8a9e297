package org.naba.ingest;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.naba.text.ArabicNormalizer;

/**
 * Finds a calendar date stated in Arabic article text. A pure function; it never invents a date.
 *
 * <p>Rules (the text is matched after {@link ArabicNormalizer#normalize}):
 *
 * <ol>
 *   <li>A date is written day, month name, year: "8 كانون الأول 2021", optionally with "من" before
 *       the month, a second month name after a slash or in brackets ("كانون الأول/ديسمبر"), a comma
 *       or "عام" before the year, and a weekday ("يوم الأربعاء") and brackets around it.
 *   <li>Month names are the Iraqi/Levantine ones (كانون الثاني … كانون الأول) and the standard ones
 *       (يناير … ديسمبر), with their spelling variants: hamza and alef forms, ى/ي, ة/ه, "الاول" or
 *       "الأول" or "اول", يونيو/يونيه, يوليو/يوليه.
 *   <li>Digits may be Western (0–9) or Arabic-Indic (٠–٩, ۰–۹).
 *   <li>Day, month and year must form a real calendar date (no 31 شباط).
 *   <li>A year is plausible when it has four digits within {@value #FIRST_YEAR}..{@value
 *       #LAST_YEAR}.
 *   <li>A weekday named beside a date with a plausible year must agree with it; if it does not,
 *       that mention gives no date.
 *   <li>An impossible year (a typo such as 20219) is resolved only through the weekday named beside
 *       it: of the year's four-digit substrings within the plausible range, exactly one must put
 *       the date on that weekday; otherwise that mention gives no date.
 *   <li>A day and month without a year give no date.
 *   <li>The first mention in the text that gives a date wins.
 * </ol>
 */
public final class ArabicDateFinder {

  static final int FIRST_YEAR = 1990;
  static final int LAST_YEAR = 2030;
  private static final int YEAR_DIGITS = 4;

  // the calendar is a closed table (weekday → day, month → number, spellings as alternatives of one
  // pattern), part of the pattern rather than a word list
  private static final Map<String, DayOfWeek> WEEKDAYS =
      Map.of(
          "الاحد", DayOfWeek.SUNDAY,
          "الاثنين", DayOfWeek.MONDAY,
          "الثلاثاء", DayOfWeek.TUESDAY,
          "الاربعاء", DayOfWeek.WEDNESDAY,
          "الخميس", DayOfWeek.THURSDAY,
          "الجمعه", DayOfWeek.FRIDAY,
          "السبت", DayOfWeek.SATURDAY);

  /** Normalised month spellings, by month number; longer alternatives first. */
  private static final String[] MONTHS = {
    "",
    "كانون\\s*(?:ال)?ثاني|يناير",
    "شباط|فبراير|فبرير",
    "اذار|مارس",
    "نيسان|ابريل",
    "ايار|مايو",
    "حزيران|يونيو|يونيه",
    "تموز|يوليو|يوليه",
    "اب|اغسطس|اغسطوس",
    "ايلول|سبتمبر",
    "تشرين\\s*(?:ال)?اول|اكتوبر",
    "تشرين\\s*(?:ال)?ثاني|نوفمبر",
    "كانون\\s*(?:ال)?اول|ديسمبر"
  };

  private static final Pattern[] MONTH_PATTERNS = new Pattern[MONTHS.length];
  private static final Pattern DATE;

  static {
    StringBuilder any = new StringBuilder();
    for (int m = 1; m <= 12; m++) {
      any.append(m == 1 ? "" : "|").append(MONTHS[m]);
      MONTH_PATTERNS[m] = Pattern.compile("(?:" + MONTHS[m] + ")");
    }
    String month = "(?:" + any + ")(?!\\p{L})";
    String weekday = "(" + String.join("|", WEEKDAYS.keySet()) + ")";
    DATE =
        Pattern.compile(
            "(?:(?<!\\p{L})(?:يوم\\s+)?"
                + weekday
                + "\\s*[،,]?\\s*\\(?\\s*)?"
                + "(?<![\\p{L}\\d])(\\d{1,2})\\s*(?:من\\s+)?("
                + month
                + ")(?:\\s*[/(\\-–]\\s*"
                + month
                + "\\s*\\)?)?\\s*[،,]?\\s*(?:عام\\s+|سنه\\s+)?(\\d{2,8})(?!\\d)");
  }

  /** The first date stated in {@code text}, following the rules above. */
  public Optional<LocalDate> find(String text) {
    return find(text, false);
  }

  /**
   * The first date stated in {@code text} with a weekday named beside it ("يوم الأربعاء 8 كانون
   * الأول 2021"): in news, the day being reported rather than a date the story mentions.
   */
  public Optional<LocalDate> findWithWeekday(String text) {
    return find(text, true);
  }

  private Optional<LocalDate> find(String text, boolean withWeekday) {
    Matcher m = DATE.matcher(ArabicNormalizer.normalize(text));
    while (m.find()) {
      if (withWeekday && m.group(1) == null) {
        continue;
      }
      Optional<LocalDate> date =
          resolve(
              m.group(1) == null ? null : WEEKDAYS.get(m.group(1)),
              Integer.parseInt(m.group(2)),
              monthOf(m.group(3)),
              m.group(4));
      if (date.isPresent()) {
        return date;
      }
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> resolve(
      DayOfWeek weekday, int day, int month, String yearDigits) {
    if (yearDigits.length() == YEAR_DIGITS && plausible(Integer.parseInt(yearDigits))) {
      return dateOf(Integer.parseInt(yearDigits), month, day)
          .filter(d -> weekday == null || d.getDayOfWeek() == weekday);
    }
    if (weekday == null) {
      return Optional.empty();
    }
    Set<LocalDate> fits = new LinkedHashSet<>();
    for (int i = 0; i + YEAR_DIGITS <= yearDigits.length(); i++) {
      int year = Integer.parseInt(yearDigits.substring(i, i + YEAR_DIGITS));
      if (plausible(year)) {
        dateOf(year, month, day).filter(d -> d.getDayOfWeek() == weekday).ifPresent(fits::add);
      }
    }
    return fits.size() == 1 ? Optional.of(fits.iterator().next()) : Optional.empty();
  }

  private static boolean plausible(int year) {
    return year >= FIRST_YEAR && year <= LAST_YEAR;
  }

  private static Optional<LocalDate> dateOf(int year, int month, int day) {
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static int monthOf(String name) {
    for (int m = 1; m <= 12; m++) {
      if (MONTH_PATTERNS[m].matcher(name).matches()) {
        return m;
      }
    }
    throw new IllegalStateException("unknown month name " + name);
  }
}
