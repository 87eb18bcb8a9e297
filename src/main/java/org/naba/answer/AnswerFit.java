package org.naba.answer;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.naba.text.AnalysedText;
import org.naba.text.ArabicLightStemmer;
import org.naba.text.Lexicon;

/**
 * How well the form of a candidate fits what one question asks, as a factor of its ranking score;
 * made once a question.
 *
 * <p>Rules (the factors multiply):
 *
 * <ul>
 *   <li>A candidate that says what one of the question's topic words is (the word followed by هو or
 *       هي: "جهاز مكافحة الإرهاب هو جهاز أمني", "السبب هو أن …"): × {@value #DEFINITION_BOOST}; it
 *       answers a question on what something is (ما هو X، ما طبيعة X) and often the others, but not
 *       one on who (من هو X asks for a name).
 *   <li>On a "why" question, a candidate with a causal connective ({@link AnswerKinds#givesCause}):
 *       × {@value #CAUSE_BOOST}.
 *   <li>On a "how many" question, a candidate that states the count of what it counts (a number
 *       next to a word of its root: كم جنديا → "مقتل 3 جنود"; {@link AnswerKinds#statesCount}): ×
 *       {@value #COUNT_BOOST}.
 *   <li>On a question about what someone said, a passage that reports no speech (no قال، أكد …): ×
 *       {@value #UNREPORTED_PASSAGE}; the question wants a statement, not the events around it.
 *   <li>On a question who or which someone or something is (من هو مبتكر X، مين مخرج X، شو اسم
 *       الأخطبوط، في أي بنك), a candidate with a word of the root of the noun asked about (مبتكر →
 *       "ووفقاً لمبتكرها، هيروشي إيشيغورو"): × {@value #FOCUS_BOOST} ({@link #focusFactor}). The
 *       sentence that names the answer usually names it by that noun ("المخرج ممدوح سالم"); one
 *       that only restates the question's event usually does not.
 * </ul>
 */
final class AnswerFit {

  static final double DEFINITION_BOOST = 2;
  static final double CAUSE_BOOST = 2;
  static final double COUNT_BOOST = 8;
  static final double UNREPORTED_PASSAGE = 0.25;
  static final double FOCUS_BOOST = 3;

  private static final Set<String> COPULAS = Lexicon.words("copulas");

  private final QuestionReader.Type type;
  private final Set<String> topicStems = new HashSet<>();
  private final Optional<String> counted;
  private final Optional<String> focus;

  AnswerFit(String question, QuestionReader.Reading reading) {
    this.type = reading.type();
    for (String w : reading.topicWords()) {
      topicStems.add(ArabicLightStemmer.stem(w));
    }
    this.counted =
        type == QuestionReader.Type.HOW_MANY ? AnswerKinds.countedRoot(question) : Optional.empty();
    this.focus =
        type == QuestionReader.Type.STATEMENT ? Optional.empty() : AnswerKinds.focusRoot(question);
  }

  double factor(AnalysedText text, Answer.Kind kind) {
    double factor = type != QuestionReader.Type.WHO && defines(text) ? DEFINITION_BOOST : 1;
    if (type == QuestionReader.Type.WHY && AnswerKinds.givesCause(text)) {
      factor *= CAUSE_BOOST;
    }
    if (counted.isPresent() && AnswerKinds.statesCount(text, counted.get())) {
      factor *= COUNT_BOOST;
    }
    if (type == QuestionReader.Type.STATEMENT
        && kind == Answer.Kind.PASSAGE
        && !QuestionReader.reports(text)) {
      factor *= UNREPORTED_PASSAGE;
    }
    return factor;
  }

  /**
   * {@value #FOCUS_BOOST} when {@code text} has a word of the root of what a "who" or "which"
   * question asks about ({@link AnswerKinds#focusRoot}), else 1. Apart from {@link #factor}: the
   * confidence model reads that factor as it was trained, and this one is for ranking only.
   */
  double focusFactor(AnalysedText text) {
    return focus.isPresent() && AnswerKinds.hasRoot(text, focus.get()) ? FOCUS_BOOST : 1;
  }

  /** Whether {@code text} has a topic word of the question followed by هو or هي. */
  boolean defines(AnalysedText text) {
    String norm = text.normalized();
    if (COPULAS.stream().noneMatch(norm::contains)) {
      return false; // most candidates: no need to split them into words
    }
    List<String> words = text.words();
    for (int i = 0; i + 1 < words.size(); i++) {
      if (COPULAS.contains(words.get(i + 1)) && topicStems.contains(text.stem(i))) {
        return true;
      }
    }
    return false;
  }
}
