package org.naba.answer;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.naba.text.AnalysedText;
import org.naba.text.ArabicLightStemmer;
import org.naba.text.ArabicNormalizer;
import org.naba.text.Lexicon;
import org.naba.text.PlaceNames;

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
 *       "ووفقاً لمبتكرها، هيروشي إيشيغورو"): × {@value #FOCUS_BOOST} ({@link #rankingFactor}, as
 *       the two below). The sentence that names the answer usually names it by that noun ("المخرج
 *       ممدوح سالم"); one that only restates the question's event usually does not.
 *   <li>On a question where (أين، وين), a candidate that names a place of the gazetteer ({@link
 *       PlaceNames}) that the question does not: × {@value #PLACE_BOOST} ("… قبالة شواطئ جنوب
 *       أفريقيا" for "أين هاجمت سمكة القرش …").
 *   <li>On a question that names a year (في أغسطس 2015), a candidate that names years but not that
 *       one: × {@value #OTHER_YEAR}; it tells of another time ("وفي 2011 لم يشاهد المناظرة … سوى
 *       ثلاثة ملايين شخص").
 * </ul>
 */
final class AnswerFit {

  static final double DEFINITION_BOOST = 2;
  static final double CAUSE_BOOST = 2;
  static final double COUNT_BOOST = 8;
  static final double UNREPORTED_PASSAGE = 0.25;
  static final double FOCUS_BOOST = 3;
  static final double OTHER_YEAR = 0.25;
  static final double PLACE_BOOST = 2;

  /** A year of four digits, 1900–2099, not inside a longer number. */
  private static final Pattern YEAR = Pattern.compile("(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])");

  private static final Set<String> COPULAS = Lexicon.words("copulas");

  private final QuestionReader.Type type;
  private final Set<String> topicStems = new HashSet<>();
  private final Optional<String> counted;
  private final Optional<String> focus;
  private final Set<String> years;
  private final PlaceNames places;
  private final Set<PlaceNames.Place> askedPlaces;

  /**
   * The fit for {@code question}, read as {@code reading}; {@code whole} is the question with its
   * time phrase, whose year counts.
   */
  AnswerFit(String question, String whole, QuestionReader.Reading reading, PlaceNames places) {
    this.type = reading.type();
    for (String w : reading.topicWords()) {
      topicStems.add(ArabicLightStemmer.stem(w));
    }
    this.counted =
        type == QuestionReader.Type.HOW_MANY ? AnswerKinds.countedRoot(question) : Optional.empty();
    this.focus =
        type == QuestionReader.Type.STATEMENT ? Optional.empty() : AnswerKinds.focusRoot(question);
    this.years = years(ArabicNormalizer.normalize(whole));
    this.places = places;
    this.askedPlaces = type == QuestionReader.Type.WHERE ? places.in(whole) : Set.of();
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
   * The factors for ranking only, apart from {@link #factor}: the confidence model reads that
   * factor as it was trained. {@value #FOCUS_BOOST} when {@code text} has a word of the root of
   * what a "who" or "which" question asks about ({@link AnswerKinds#focusRoot}); {@value
   * #PLACE_BOOST} when it names another place than a "where" question; {@value #OTHER_YEAR} when it
   * names years but not the question's.
   */
  double rankingFactor(AnalysedText text) {
    double factor = focus.isPresent() && AnswerKinds.hasRoot(text, focus.get()) ? FOCUS_BOOST : 1;
    if (type == QuestionReader.Type.WHERE && namesAnotherPlace(text)) {
      factor *= PLACE_BOOST;
    }
    if (!years.isEmpty()) {
      Set<String> own = years(text.normalized());
      if (!own.isEmpty() && Collections.disjoint(own, years)) {
        factor *= OTHER_YEAR; // "أغسطس 2015" asked, "وفي 2011 لم يشاهد المناظرة …" answered
      }
    }
    return factor;
  }

  /**
   * Whether {@code text} names a place of the gazetteer that the question does not name, past its
   * first word: a place that opens a sentence is what it is about ("الولايات المتحدة تثني …"), not
   * where.
   */
  private boolean namesAnotherPlace(AnalysedText text) {
    List<String> words = text.words();
    for (PlaceNames.Place place :
        places.in(words.subList(Math.min(1, words.size()), words.size()))) {
      if (!askedPlaces.contains(place)) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> years(String normalized) {
    Set<String> found = new HashSet<>();
    Matcher m = YEAR.matcher(normalized);
    while (m.find()) {
      found.add(m.group());
    }
    return found;
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
