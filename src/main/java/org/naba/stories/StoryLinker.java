package org.naba.stories;

import java.util.List;

/**
 * How similar an article is to an open story, from the {@link #FEATURES} the clusterer measures
 * between them; the article joins its most similar story when the score reaches {@link #joinAt()}.
 */
public interface StoryLinker {

  /**
   * The features, in order (the "best" ones over the story's candidate articles: those sharing a
   * rare stem or a MinHash band with the article):
   *
   * <ul>
   *   <li>{@code best}: the best pair score with one of the story's articles: the cosine of
   *       title-and-opening stems, plus {@link StoryTuning#speakerBonus()} for a common speaker and
   *       {@link StoryTuning#quoteBonus()} for a common quote (1 for a near-duplicate text);
   *   <li>{@code centroid}: the cosine with the story's summed stems;
   *   <li>{@code mean}: the mean cosine with the story's held articles (average linkage; an article
   *       that shares no rare stem or band with it counts 0);
   *   <li>{@code title}, {@code lead}: the best cosine of the title stems alone, of the opening's;
   *   <li>{@code minhash}: the best estimated shingle Jaccard of the bodies;
   *   <li>{@code speaker}, {@code quote}: 1 when an article of the story quotes a common speaker,
   *       shares a quote (two 4-word shingles);
   *   <li>{@code entity}: the best cosine of named-entity stems (speakers' names, and the words the
   *       held articles' speakers are named by);
   *   <li>{@code entity_story}: the share of the article's entity weight the story names;
   *   <li>{@code gap}: the time to the story's nearest article, in windows;
   *   <li>{@code age}: the time since the story's first article, in windows;
   *   <li>{@code same_outlet}: 1 when the most similar article is of the same outlet;
   *   <li>{@code size}: the log of one plus the story's article count.
   * </ul>
   */
  List<String> FEATURES =
      List.of(
          "best",
          "centroid",
          "mean",
          "title",
          "lead",
          "minhash",
          "speaker",
          "quote",
          "entity",
          "entity_story",
          "gap",
          "age",
          "same_outlet",
          "size");

  /** The score of an article against a story, given their {@link #FEATURES}. */
  double score(double[] features);

  /** The score from which an article joins the story. */
  double joinAt();

  /**
   * Whether the score depends on {@code feature}: a feature it does not use may be left at 0 (the
   * clusterer saves the per-article products of {@code title}, {@code lead} and {@code entity}).
   * The hand-set rule says yes to all, so that training sees every feature.
   */
  default boolean uses(String feature) {
    return true;
  }

  /**
   * The hand-set rule: the larger of the best pair score and {@code tuning.centroidWeight()} times
   * the centroid cosine, joining from {@code tuning.joinAt()}.
   */
  static StoryLinker rule(StoryTuning tuning) {
    return new StoryLinker() {
      @Override
      public double score(double[] f) {
        return Math.max(f[0], tuning.centroidWeight() * f[1]);
      }

      @Override
      public double joinAt() {
        return tuning.joinAt();
      }
    };
  }
}
