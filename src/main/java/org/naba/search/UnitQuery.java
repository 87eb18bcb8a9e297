package org.naba.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.naba.text.AnswerType;
import org.naba.text.ArabicQuestionFrame;
import org.naba.text.ArabicRoot;
import org.naba.text.ArabicSkeleton;

/**
 * The query a question becomes, the first ranking stage: a weighted disjunction ({@link
 * SearchTuning} weights) of its stems over the unit, the paragraph, the title and the speaker; its
 * exact words, skeletons, roots and 4-grams over the unit; a constant bonus for units offering the
 * {@link AnswerType} asked for; and, when proximity is weighted, adjacent stems as sloppy phrases.
 *
 * <p>Question and function words are dropped, so a question of nothing else matches nothing. The
 * question's frame words ({@link ArabicQuestionFrame}: اسم, عدد, نوع …) weigh {@link
 * SearchTuning#frame()} of the others.
 */
final class UnitQuery {

  /** Weight of the question's stems over the quote's speaker field. */
  static final float SPEAKER_WEIGHT = 1.0f;

  private final SearchTuning tuning;
  private final UnitFields fields;

  UnitQuery(SearchTuning tuning, UnitFields fields) {
    this.tuning = tuning;
    this.fields = fields;
  }

  Query of(String question) {
    List<String> stems = fields.stems(question);
    BooleanQuery.Builder builder = new BooleanQuery.Builder();
    addTerms(builder, UnitFields.TEXT, stems, tuning.text(), ArabicQuestionFrame::isFrameStem);
    if (tuning.exact() > 0) {
      addTerms(
          builder,
          UnitFields.TEXT_EXACT,
          fields.exactWords(question),
          tuning.exact(),
          ArabicQuestionFrame::isFrameWord);
    }
    if (tuning.skeleton() > 0) {
      addDerivedTerms(
          builder, UnitFields.TEXT_SKELETON, stems, ArabicSkeleton::of, tuning.skeleton());
    }
    if (tuning.root() > 0) {
      addDerivedTerms(builder, UnitFields.TEXT_ROOT, stems, ArabicRoot::of, tuning.root());
    }
    if (tuning.ngram() > 0) {
      addTerms(builder, UnitFields.TEXT_NGRAM, fields.ngrams(question), tuning.ngram(), t -> false);
    }
    addTerms(
        builder, UnitFields.CONTEXT, stems, tuning.context(), ArabicQuestionFrame::isFrameStem);
    addTerms(builder, UnitFields.TITLE, stems, tuning.title(), ArabicQuestionFrame::isFrameStem);
    // A speaker the question names ("ماذا قال النعمان") lifts that speaker's quotes; SQuAD units
    // have no speaker, so this weight is set on news, not by the evaluation.
    addTerms(builder, UnitFields.SPEAKER, stems, SPEAKER_WEIGHT, ArabicQuestionFrame::isFrameStem);
    if (tuning.proximity() > 0) {
      List<String> distinct = new ArrayList<>(new LinkedHashSet<>(stems));
      for (int i = 0; i + 1 < distinct.size(); i++) {
        Query pair =
            new PhraseQuery(
                tuning.proximitySlop(), UnitFields.TEXT, distinct.get(i), distinct.get(i + 1));
        builder.add(new BoostQuery(pair, tuning.proximity()), BooleanClause.Occur.SHOULD);
      }
    }
    if (tuning.answerType() > 0 && !stems.isEmpty()) {
      for (AnswerType type : AnswerType.asked(question)) {
        Query offers =
            new ConstantScoreQuery(new TermQuery(new Term(UnitFields.ANSWER_TYPES, type.name())));
        builder.add(new BoostQuery(offers, tuning.answerType()), BooleanClause.Occur.SHOULD);
      }
    }
    return builder.build();
  }

  /** The question's distinct stems, question and function words dropped. */
  List<String> questionStems(String question) {
    return new ArrayList<>(new LinkedHashSet<>(fields.stems(question)));
  }

  /** The weight factor of a question stem: {@link SearchTuning#frame()} for a frame word. */
  float stemFactor(String stem) {
    return ArabicQuestionFrame.isFrameStem(stem) ? tuning.frame() : 1f;
  }

  /**
   * Adds {@code terms} over {@code field} at {@code weight}, a term that {@code frame} picks at
   * {@code weight * }{@link SearchTuning#frame()} (left out at 0). Each term is a clause of the
   * top-level query, not of a query per field: the score is the same sum, but Lucene's MaxScore can
   * then skip the documents that only a term of low weight could match.
   */
  private void addTerms(
      BooleanQuery.Builder builder,
      String field,
      List<String> terms,
      float weight,
      Predicate<String> frame) {
    if (weight <= 0) {
      return;
    }
    for (String term : new LinkedHashSet<>(terms)) {
      float boost = weight * (frame.test(term) ? tuning.frame() : 1f);
      if (boost <= 0) {
        continue;
      }
      Query q = new TermQuery(new Term(field, term));
      builder.add(boost == 1f ? q : new BoostQuery(q, boost), BooleanClause.Occur.SHOULD);
    }
  }

  /**
   * Adds the {@code derive}d forms of {@code stems} over {@code field}, frame words weighed less.
   */
  private void addDerivedTerms(
      BooleanQuery.Builder builder,
      String field,
      List<String> stems,
      UnaryOperator<String> derive,
      float weight) {
    Map<String, Boolean> frame = new LinkedHashMap<>();
    for (String s : stems) {
      frame.merge(derive.apply(s), ArabicQuestionFrame.isFrameStem(s), Boolean::logicalAnd);
    }
    addTerms(builder, field, new ArrayList<>(frame.keySet()), weight, frame::get);
  }
}
