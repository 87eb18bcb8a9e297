package org.naba.search;

/**
 * The weights and parameters of {@link UnitSchema}'s ranking. A weight of 0 leaves a field or a
 * signal out of the query (and the field out of the index). {@link #DEFAULT} is what Naba runs;
 * {@code org.naba.tools.eval.Ablation} measures what each part gives.
 *
 * @param text weight of the unit's light-stemmed words
 * @param exact weight of the unit's normalised, unstemmed words
 * @param skeleton weight of the consonant skeletons of the unit's stems (spelling variants)
 * @param root weight of the approximate roots of the unit's stems ({@link
 *     org.naba.text.ArabicRoot}: one word across its derivations)
 * @param ngram weight of the character n-grams of the unit's normalised words
 * @param context weight of the stemmed words of the rest of the paragraph that holds the unit
 * @param title weight of the stemmed words of the article's title
 * @param proximity weight of sloppy phrase matches of adjacent question words in the unit
 * @param proximitySlop the slop of those phrase matches
 * @param answerType score added when the unit offers the kind of answer the question asks for (a
 *     number for كم, a date for متى)
 * @param k1 BM25 k1 of the unit fields
 * @param b BM25 b of the unit fields
 * @param contextK1 BM25 k1 of the context and title fields
 * @param contextB BM25 b of the context and title fields
 * @param frame factor on the weight of the question's frame words ({@link
 *     org.naba.text.ArabicQuestionFrame}: اسم, عدد, نوع …) in the query and the reranker
 */
public record SearchTuning(
    float text,
    float exact,
    float skeleton,
    float root,
    float ngram,
    float context,
    float title,
    float proximity,
    int proximitySlop,
    float answerType,
    float k1,
    float b,
    float contextK1,
    float contextB,
    float frame) {

  /** What Naba runs (chosen on the three QA sets, with and without news distractors). */
  public static final SearchTuning DEFAULT =
      new SearchTuning(
          1.0f, 0.2f, 0.2f, 0.5f, 0f, 0.5f, 0.1f, 0f, 2, 2f, 0.8f, 0.5f, 1.2f, 0.75f, 0.3f);

  /** Only the unit's stemmed words, scored by BM25 with Lucene's default parameters. */
  public static final SearchTuning TEXT_ONLY =
      new SearchTuning(1.0f, 0f, 0f, 0f, 0f, 0f, 0f, 0f, 2, 0f, 1.2f, 0.75f, 1.2f, 0.75f, 1f);

  public SearchTuning {
    float[] nonNegative = {
      text,
      exact,
      skeleton,
      root,
      ngram,
      context,
      title,
      proximity,
      answerType,
      k1,
      contextK1,
      frame
    };
    for (float w : nonNegative) {
      if (w < 0 || Float.isNaN(w) || Float.isInfinite(w)) {
        throw new IllegalArgumentException("weights and k1 must be finite and >= 0, got " + w);
      }
    }
    if (b < 0 || b > 1 || contextB < 0 || contextB > 1) {
      throw new IllegalArgumentException(
          "b and contextB must be in [0, 1], got " + b + " and " + contextB);
    }
    if (proximitySlop < 0) {
      throw new IllegalArgumentException("proximitySlop must be >= 0, got " + proximitySlop);
    }
  }

  public SearchTuning withExact(float w) {
    return new SearchTuning(
        text,
        w,
        skeleton,
        root,
        ngram,
        context,
        title,
        proximity,
        proximitySlop,
        answerType,
        k1,
        b,
        contextK1,
        contextB,
        frame);
  }

  public SearchTuning withSkeleton(float w) {
    return new SearchTuning(
        text,
        exact,
        w,
        root,
        ngram,
        context,
        title,
        proximity,
        proximitySlop,
        answerType,
        k1,
        b,
        contextK1,
        contextB,
        frame);
  }

  public SearchTuning withRoot(float w) {
    return new SearchTuning(
        text,
        exact,
        skeleton,
        w,
        ngram,
        context,
        title,
        proximity,
        proximitySlop,
        answerType,
        k1,
        b,
        contextK1,
        contextB,
        frame);
  }

  public SearchTuning withNgram(float w) {
    return new SearchTuning(
        text,
        exact,
        skeleton,
        root,
        w,
        context,
        title,
        proximity,
        proximitySlop,
        answerType,
        k1,
        b,
        contextK1,
        contextB,
        frame);
  }

  public SearchTuning withContext(float w) {
    return new SearchTuning(
        text,
        exact,
        skeleton,
        root,
        ngram,
        w,
        title,
        proximity,
        proximitySlop,
        answerType,
        k1,
        b,
        contextK1,
        contextB,
        frame);
  }

  public SearchTuning withTitle(float w) {
    return new SearchTuning(
        text,
        exact,
        skeleton,
        root,
        ngram,
        context,
        w,
        proximity,
        proximitySlop,
        answerType,
        k1,
        b,
        contextK1,
        contextB,
        frame);
  }

  public SearchTuning withProximity(float w, int slop) {
    return new SearchTuning(
        text,
        exact,
        skeleton,
        root,
        ngram,
        context,
        title,
        w,
        slop,
        answerType,
        k1,
        b,
        contextK1,
        contextB,
        frame);
  }

  public SearchTuning withAnswerType(float w) {
    return new SearchTuning(
        text,
        exact,
        skeleton,
        root,
        ngram,
        context,
        title,
        proximity,
        proximitySlop,
        w,
        k1,
        b,
        contextK1,
        contextB,
        frame);
  }

  public SearchTuning withFrame(float w) {
    return new SearchTuning(
        text,
        exact,
        skeleton,
        root,
        ngram,
        context,
        title,
        proximity,
        proximitySlop,
        answerType,
        k1,
        b,
        contextK1,
        contextB,
        w);
  }

  public SearchTuning withBm25(float k1, float b, float contextK1, float contextB) {
    return new SearchTuning(
        text,
        exact,
        skeleton,
        root,
        ngram,
        context,
        title,
        proximity,
        proximitySlop,
        answerType,
        k1,
        b,
        contextK1,
        contextB,
        frame);
  }
}
