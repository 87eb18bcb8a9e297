package org.naba.text;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The kinds of answer a question asks for, and the kinds a sentence can give. A pure function of
 * the {@link ArabicNormalizer} form of the text.
 *
 * <p>Rules for questions ({@link #asked}):
 *
 * <ul>
 *   <li>The interrogatives are those of the table {@code interrogatives}, standard and dialect;
 *       they count after a conjunction و or ف too (ومتى، فكم).
 *   <li>{@link #TIME} when the question has one asking when (متى، امتى), or اي / ما followed by one
 *       of عام سنه تاريخ قرن شهر يوم فتره (with or without ال), e.g. "في أي عام", "ما تاريخ".
 *   <li>{@link #NUMBER} when the question has one asking how many (كم، بكم، شكد، كام، قديش), or ما
 *       (هو|هي)? followed by one of عدد نسبه مقدار مساحه طول عمر حجم سعر تكلفه متوسط ارتفاع عرض
 *       وزن.
 *   <li>Otherwise nothing.
 * </ul>
 *
 * <p>Rules for sentences ({@link #offered}):
 *
 * <ul>
 *   <li>{@link #NUMBER} when a word has a digit or is a number word (ثلاث, عشرين, مليون ..., after
 *       an optional و ب ل ال prefix), but not الاثنين with the article: news uses it for Monday.
 *   <li>{@link #TIME} when a word has a digit, or is a month name (يناير ... ديسمبر, كانون ...
 *       ايلول), or is القرن.
 * </ul>
 */
public enum AnswerType {
  TIME,
  NUMBER;

  private static final Set<String> TIME_NOUNS = Lexicon.words("time-unit-nouns");
  private static final Set<String> QUANTITY_NOUNS = Lexicon.words("quantity-nouns");
  private static final Set<String> NUMBER_WORDS = Lexicon.words("number-words");
  private static final Set<String> MONTHS = Lexicon.words("month-names");
  private static final Set<String> WHICH = Lexicon.words("which-words");
  private static final Set<String> COPULAS = Lexicon.words("copulas");

  /** A century (القرن التاسع عشر, after any prefix) states a time as a month does. */
  private static final String CENTURY = "قرن";

  private static final String MONDAY = "الاثنين";

  /** The interrogatives and what each asks for (QuestionReader's types: WHEN, HOW_MANY …). */
  private static final Map<String, String> INTERROGATIVES = Lexicon.table("interrogatives");

  private static final String WHEN = "WHEN";
  private static final String HOW_MANY = "HOW_MANY";

  // proclitics, longest first: a closed set that is part of the rules, not a word list
  private static final String[] PREFIXES = {"وال", "بال", "ال", "و", "ب", "ل"};
  private static final String[] CONJUNCTIONS = {"و", "ف"};

  /** The answer types {@code question} asks for (usually none or one). */
  public static Set<AnswerType> asked(String question) {
    List<String> words = ArabicNormalizer.words(question);
    Set<AnswerType> types = EnumSet.noneOf(AnswerType.class);
    for (int i = 0; i < words.size(); i++) {
      String w = withoutConjunction(words.get(i));
      String asks = INTERROGATIVES.get(w);
      if (WHEN.equals(asks)) {
        types.add(TIME);
      } else if (HOW_MANY.equals(asks)) {
        types.add(NUMBER);
      } else if (WHICH.contains(w)) {
        int next = i + 1;
        if (next < words.size() && COPULAS.contains(words.get(next))) {
          next++;
        }
        if (next < words.size()) {
          String noun = withoutArticle(words.get(next));
          if (TIME_NOUNS.contains(noun)) {
            types.add(TIME);
          } else if (QUANTITY_NOUNS.contains(noun)) {
            types.add(NUMBER);
          }
        }
      }
    }
    return types;
  }

  /** The answer types {@code sentence} can give. */
  public static Set<AnswerType> offered(String sentence) {
    return offered(AnalysedText.of(sentence));
  }

  /** The answer types {@code sentence} can give, read from its words. */
  static Set<AnswerType> offered(AnalysedText sentence) {
    Set<AnswerType> types = EnumSet.noneOf(AnswerType.class);
    for (String w : sentence.words()) {
      if (isNumber(w)) {
        types.add(NUMBER);
      }
      if (isTime(w)) {
        types.add(TIME);
      }
      if (types.size() == values().length) {
        break;
      }
    }
    return types;
  }

  /**
   * Whether the normalised word {@code w} is a number: it has a digit, or is a number word, as
   * {@link #offered} reads each word.
   */
  public static boolean isNumber(String w) {
    if (hasDigit(w)) {
      return true;
    }
    String bare = withoutPrefix(w);
    return (NUMBER_WORDS.contains(w) || NUMBER_WORDS.contains(bare)) && !isMonday(w);
  }

  /**
   * Whether the normalised word {@code w} gives a time: it has a digit, or is a month or القرن, as
   * {@link #offered} reads each word.
   */
  public static boolean isTime(String w) {
    if (hasDigit(w)) {
      return true;
    }
    String bare = withoutPrefix(w);
    return MONTHS.contains(w) || MONTHS.contains(bare) || bare.equals(CENTURY);
  }

  /**
   * What a number or time word says, to tell whether two texts give the same one: its digits as
   * ASCII when it has any (بـ1,12 → 112، ٢٠١٨ → 2018), else the word without its prefix (وخمسة →
   * خمسة).
   */
  public static String valueKey(String w) {
    if (!hasDigit(w)) {
      return withoutPrefix(w);
    }
    StringBuilder digits = new StringBuilder();
    for (int i = 0; i < w.length(); i++) {
      int d = Character.digit(w.charAt(i), 10);
      if (d >= 0) {
        digits.append((char) ('0' + d));
      }
    }
    return digits.toString();
  }

  /** {@code w} without a leading و or ف when what is left asks when or how many (متى، كم). */
  private static String withoutConjunction(String w) {
    for (String conjunction : CONJUNCTIONS) {
      if (w.startsWith(conjunction)) {
        String rest = w.substring(conjunction.length());
        String asks = INTERROGATIVES.get(rest);
        if (WHEN.equals(asks) || HOW_MANY.equals(asks)) {
          return rest;
        }
      }
    }
    return w;
  }

  /** الاثنين with the article is the weekday (وصل الاثنين), not the number two. */
  private static boolean isMonday(String w) {
    return w.endsWith(MONDAY);
  }

  private static boolean hasDigit(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (Character.isDigit(w.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static String withoutArticle(String w) {
    return w.startsWith("ال") && w.length() > 3 ? w.substring(2) : w;
  }

  private static String withoutPrefix(String w) {
    for (String prefix : PREFIXES) {
      if (w.startsWith(prefix) && w.length() - prefix.length() >= 2) {
        return w.substring(prefix.length());
      }
    }
    return w;
  }
}
