package org.naba.answer;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.naba.text.AnalysedText;
import org.naba.text.AnswerType;
import org.naba.text.ArabicLightStemmer;
import org.naba.text.ArabicNormalizer;
import org.naba.text.ArabicRoot;
import org.naba.text.Lexicon;

/**
 * Whether a text can answer a question of a given type: a "when" question needs a time expression,
 * a "how many" question a quantity; and whether it states the count of what a "how many" question
 * counts.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>{@link QuestionReader.Type#HOW_MANY}: the text has a digit or a number word ({@link
 *       AnswerType#NUMBER}), or says that the count is not known: a negation (لا، ليس، غير) and a
 *       word for a count (عدد، احصائية، أرقام) in the same text ("لا توجد احصائية دقيقة لعدد …").
 *   <li>{@link QuestionReader.Type#WHEN}: the text has a digit, a month ({@link AnswerType#TIME}),
 *       a weekday, or a relative time word (اليوم، أمس، غداً، الماضي، المقبل …).
 *   <li>A number or time the question gives itself does not answer it: "بكم عقد طيارات اف 16" is
 *       not answered by "16 مقاتلة طراز إف 16", nor "كم بلغ التضخم في سبتمبر 2018" by a text whose
 *       only number is 2018.
 *   <li>Every other type: any text.
 *   <li>A text gives a cause ({@link #givesCause}), as a "why" question wants, when it has a causal
 *       connective: بسبب، سبب، على خلفية، إثر، احتجاجاً، رداً، لأن، بهدف، من أجل، بدعوى، نتيجة،
 *       لذلك، لذا (with or without a leading و).
 *   <li>What a "how many" question counts ({@link #countedRoot}) is the root ({@link ArabicRoot},
 *       of three letters or more) of the word after كم، بكم، شكد، كام or قديش (with و or ف too),
 *       past a word for a count (كم عدد المصابين → صوب) or a verb of amount (lexicon {@code
 *       count-verbs}: كم بلغت غرامة المطعم → غرم), or, for a unit of time, the unit (lexicon {@code
 *       time-units}: سنة and عام both count years). A text states that count ({@link #statesCount})
 *       when a number ({@link AnswerType#NUMBER}) stands right before or after a word of that root
 *       or unit: كم جنديا → "مقتل 3 جنود"، كم مدينة → "سبع مدن"، كم سنة → "37 عاما".
 *   <li>What a "who" or "which" question asks about ({@link #focusRoot}) is the root of the first
 *       word after its interrogative (function words and اسم left out; not a bare past verb: من
 *       فاز): من هو مبتكر الروبوت → بكر، في أي بنك → بنك.
 * </ul>
 */
final class AnswerKinds {

  private static final Set<String> TIME_WORDS = Lexicon.words("time-words");

  private AnswerKinds() {}

  /**
   * Whether {@code text} can answer a question of {@code type} that itself gives the numbers and
   * times {@code given} ({@link #givenValues}): those do not answer it.
   */
  static boolean gives(QuestionReader.Type type, AnalysedText text, Set<String> given) {
    return switch (type) {
      case HOW_MANY -> hasNew(text, given, AnswerType::isNumber) || saysCountUnknown(text);
      case WHEN -> hasNew(text, given, AnswerType::isTime) || hasTimeWord(text);
      default -> true;
    };
  }

  /**
   * The numbers and times a question gives itself, as {@link AnswerType#valueKey}s: "بكم عقد طيارات
   * اف 16" gives 16, "كم بلغ التضخم في سبتمبر 2018" سبتمبر and 2018.
   */
  static Set<String> givenValues(String question) {
    Set<String> values = new HashSet<>();
    for (String w : ArabicNormalizer.words(question)) {
      if (AnswerType.isNumber(w) || AnswerType.isTime(w)) {
        values.add(AnswerType.valueKey(w));
      }
    }
    return values;
  }

  private static boolean hasNew(AnalysedText text, Set<String> given, Predicate<String> kind) {
    for (String w : text.words()) {
      if (kind.test(w) && !given.contains(AnswerType.valueKey(w))) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> NEGATIONS = Lexicon.words("negations");

  private static final Set<String> COUNT_WORDS = Lexicon.words("count-words");

  private static boolean saysCountUnknown(AnalysedText text) {
    boolean negated = false;
    boolean count = false;
    for (String w : text.words()) {
      negated |= NEGATIONS.contains(w);
      count |= COUNT_WORDS.contains(w);
    }
    return negated && count;
  }

  private static final Set<String> CAUSES = Lexicon.words("cause-words");

  /** Whether {@code text} has a causal connective (بسبب، على خلفية، لأن، لذلك …). */
  static boolean givesCause(AnalysedText text) {
    for (String w : text.words()) {
      if (CAUSES.contains(w)
          || w.length() > 3 && w.startsWith("و") && CAUSES.contains(w.substring(1))) {
        return true;
      }
    }
    return false;
  }

  /** The unit of time each form of a unit's noun names (سنة، عاما → YEAR). */
  private static final Map<String, String> TIME_UNITS = Lexicon.table("time-units");

  /** Words for a count that stand between كم and what it counts (كم عدد …). */
  private static final Set<String> COUNT_NOUNS = Lexicon.words("count-nouns");

  /** Verbs of amount that stand between كم and what it counts (كم بلغت غرامة …). */
  private static final Set<String> COUNT_VERBS = Lexicon.words("count-verbs");

  private static final int MIN_ROOT = 3;

  /** The root of what a "how many" question counts, if it names it. */
  static Optional<String> countedRoot(String question) {
    List<String> words = ArabicNormalizer.words(question);
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (QuestionReader.interrogative(w) != QuestionReader.Type.HOW_MANY) {
        continue;
      }
      int next = i + 1;
      while (next < words.size()
          && (COUNT_NOUNS.contains(words.get(next)) || COUNT_VERBS.contains(words.get(next)))) {
        next++;
      }
      if (next == words.size()) {
        return Optional.empty();
      }
      String unit = TIME_UNITS.get(words.get(next));
      if (unit != null) {
        return Optional.of(unit);
      }
      String root = rootOf(words.get(next));
      return root.length() >= MIN_ROOT ? Optional.of(root) : Optional.empty();
    }
    return Optional.empty();
  }

  /**
   * Whether {@code text} has a number right before or after a word of the root or unit of time
   * {@code counted}.
   */
  static boolean statesCount(AnalysedText text, String counted) {
    List<String> words = text.words();
    for (int i = 0; i < words.size(); i++) {
      if (!AnswerType.isNumber(words.get(i))) {
        continue;
      }
      if (i > 0 && counts(text, i - 1, counted)
          || i + 1 < words.size() && counts(text, i + 1, counted)) {
        return true;
      }
    }
    return false;
  }

  private static boolean counts(AnalysedText text, int word, String counted) {
    return counted.equals(text.root(word))
        || counted.equals(TIME_UNITS.get(text.words().get(word)));
  }

  /** Words between an interrogative and what it asks about (هو، هي، اللي …). */
  private static final Set<String> FUNCTION_WORDS = Lexicon.words("question-function-words");

  /** Letters of a bare past-tense verb (فاز، قتل، أسس), which a "who" question asks about. */
  private static final int PAST_VERB = 3;

  /** The word that makes a "what" question ask for a name: شو اسم X asks who or which X is. */
  private static final String NAME = "اسم";

  /**
   * The root of what a "who" or "which" question asks about: the first word after its first
   * interrogative, function words and اسم left out (من هو مبتكر X → بكر، مين مخرج X → خرج، في أي
   * بنك → بنك، شو اسم الأخطبوط → خطب); none for another question, a root under three letters, or a
   * bare past verb after من (من فاز بسباق …: every sentence about any winner has فاز).
   */
  static Optional<String> focusRoot(String question) {
    List<String> words = ArabicNormalizer.words(question);
    for (int i = 0; i < words.size(); i++) {
      QuestionReader.Type type = QuestionReader.interrogative(words.get(i));
      if (type == null) {
        continue;
      }
      boolean naming = false;
      for (String w : words.subList(i + 1, words.size())) {
        if (FUNCTION_WORDS.contains(w)) {
          continue;
        }
        if (w.equals(NAME)) {
          naming = true;
          continue;
        }
        if (type != QuestionReader.Type.WHO && type != QuestionReader.Type.WHICH && !naming
            || type == QuestionReader.Type.WHO && w.length() == PAST_VERB) {
          return Optional.empty(); // من فاز asks who did it: فاز is in any sentence of winners
        }
        String root = rootOf(w);
        return root.length() >= MIN_ROOT ? Optional.of(root) : Optional.empty();
      }
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** Whether {@code text} has a word of the root {@code root}. */
  static boolean hasRoot(AnalysedText text, String root) {
    for (int i = 0; i < text.words().size(); i++) {
      if (root.equals(text.root(i))) {
        return true;
      }
    }
    return false;
  }

  private static String rootOf(String word) {
    return ArabicRoot.of(ArabicLightStemmer.stem(word));
  }

  private static boolean hasTimeWord(AnalysedText text) {
    for (String w : text.words()) {
      String bare = w.startsWith("و") && w.length() > 3 ? w.substring(1) : w;
      if (TIME_WORDS.contains(w) || TIME_WORDS.contains(bare)) {
        return true;
      }
    }
    return false;
  }
}
