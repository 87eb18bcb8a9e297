package org.naba.answer;

import java.util.Set;
import org.naba.text.AnswerType;
import org.naba.text.ArabicNormalizer;

/**
 * Whether a text can answer a question of a given type: a "when" question needs a time expression,
 * a "how many" question a quantity.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>{@link QuestionReader.Type#HOW_MANY}: the text has a digit or a number word ({@link
 *       AnswerType#NUMBER}), or says that the count is not known: a negation (لا، ليس، غير) and a
 *       word for a count (عدد، احصائية، أرقام) in the same text ("لا توجد احصائية دقيقة لعدد …").
 *   <li>{@link QuestionReader.Type#WHEN}: the text has a digit, a month ({@link AnswerType#TIME}),
 *       a weekday, or a relative time word (اليوم، أمس، غداً، الماضي، المقبل …).
 *   <li>Every other type: any text.
 * </ul>
 */
final class AnswerKinds {

  private static final Set<String> TIME_WORDS =
      Set.of(
          "السبت",
          "الاحد",
          "الاثنين",
          "الثلاثاء",
          "الاربعاء",
          "الخميس",
          "الجمعه",
          "اليوم",
          "امس",
          "غدا",
          "الليله",
          "صباح",
          "مساء",
          "الماضي",
          "الماضيه",
          "المقبل",
          "المقبله",
          "القادم",
          "القادمه",
          "الحالي",
          "الجاري",
          "حاليا",
          "مؤخرا",
          "موخرا",
          "عام",
          "العام",
          "سنه",
          "السنه",
          "شهر",
          "الشهر",
          "اسبوع",
          "الاسبوع",
          "ساعات",
          "ايام",
          "الايام",
          "اسابيع");

  private AnswerKinds() {}

  static boolean gives(QuestionReader.Type type, String text) {
    return switch (type) {
      case HOW_MANY ->
          AnswerType.offered(text).contains(AnswerType.NUMBER) || saysCountUnknown(text);
      case WHEN -> AnswerType.offered(text).contains(AnswerType.TIME) || hasTimeWord(text);
      default -> true;
    };
  }

  private static final Set<String> NEGATIONS = Set.of("لا", "ليس", "ليست", "غير", "لم");

  private static final Set<String> COUNT_WORDS =
      Set.of(
          "عدد", "لعدد", "العدد", "احصائيه", "احصاييه", "احصاءات", "احصائيات", "ارقام", "الارقام");

  private static boolean saysCountUnknown(String text) {
    boolean negated = false;
    boolean count = false;
    for (String w : ArabicNormalizer.words(text)) {
      negated |= NEGATIONS.contains(w);
      count |= COUNT_WORDS.contains(w);
    }
    return negated && count;
  }

  private static boolean hasTimeWord(String text) {
    for (String w : ArabicNormalizer.words(text)) {
      String bare = w.startsWith("و") && w.length() > 3 ? w.substring(1) : w;
      if (TIME_WORDS.contains(w) || TIME_WORDS.contains(bare)) {
        return true;
      }
    }
    return false;
  }
}
