package org.naba.stories;

import java.time.Duration;

/**
 * The parameters of story clustering.
 *
 * @param window how long a story stays open after its first article, and how far apart two articles
 *     of one story may be
 * @param joinAt for the hand-set rule ({@link StoryLinker#rule}) only: the similarity from which an
 *     article joins a story (the learned {@link StoryModel} carries its own probability)
 * @param titleWeight how many body words one title word counts for
 * @param leadWords how many of the body's first words take part
 * @param nearDuplicateAt the estimated shingle Jaccard from which two articles are one text
 * @param speakerBonus added to the similarity when the two articles quote a common speaker
 * @param quoteBonus added when they share a quote (two shingles of {@link Fingerprint#QUOTE_WIDTH}
 *     words)
 * @param centroidWeight for the hand-set rule only: how much the cosine with a story's summed stems
 *     counts
 * @param mergeAt the cosine of two story groups' summed stems from which they become one ({@link
 *     StoryGroup}); above 1, groups never merge
 * @param mergeSpan the longest time from the first to the last article of two groups that merge
 */
public record StoryTuning(
    Duration window,
    double joinAt,
    double titleWeight,
    int leadWords,
    double nearDuplicateAt,
    double speakerBonus,
    double quoteBonus,
    double centroidWeight,
    double mergeAt,
    Duration mergeSpan) {

  public StoryTuning {
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("window must be positive, was " + window);
    }
    if (joinAt <= 0 || leadWords < 0 || titleWeight < 0) {
      throw new IllegalArgumentException(
          "joinAt must be positive, leadWords and titleWeight not negative");
    }
    if (mergeSpan.isNegative()) {
      throw new IllegalArgumentException("mergeSpan must not be negative, was " + mergeSpan);
    }
  }

  /**
   * The defaults: the window, the stems and the bonuses tuned on the odd half of the May gold
   * stories for the hand-set rule and kept for the learned model; the merge of groups on the whole
   * May week (docs/RETRIEVAL.md, "Stories").
   */
  public static StoryTuning defaults() {
    return new StoryTuning(
        Duration.ofHours(72), 0.225, 3, 60, 0.5, 0.05, 0.10, 1.3, 0.35, Duration.ofHours(96));
  }

  /** The same tuning with another bar for the hand-set rule. */
  public StoryTuning withJoinAt(double value) {
    return new StoryTuning(
        window,
        value,
        titleWeight,
        leadWords,
        nearDuplicateAt,
        speakerBonus,
        quoteBonus,
        centroidWeight,
        mergeAt,
        mergeSpan);
  }

  /** The same tuning with another merge of groups. */
  public StoryTuning withMerge(double at, Duration span) {
    return new StoryTuning(
        window,
        joinAt,
        titleWeight,
        leadWords,
        nearDuplicateAt,
        speakerBonus,
        quoteBonus,
        centroidWeight,
        at,
        span);
  }
}
