package org.naba.tools.quotes;

import java.util.List;

/**
 * Figures of an evaluation against gold quotations.
 *
 * @param gold number of gold quotes
 * @param predicted number of predicted quotes
 * @param matched number of one-to-one matches (span overlap at least the threshold)
 * @param speakersRight matched quotes whose speaker is right
 * @param errors one readable line per missed, spurious or misattributed quote
 */
public record QuoteScores(
    int gold, int predicted, int matched, int speakersRight, List<String> errors) {

  public QuoteScores {
    errors = List.copyOf(errors);
  }

  /** Matched / predicted (1 when nothing was predicted). */
  public double precision() {
    return predicted == 0 ? 1.0 : (double) matched / predicted;
  }

  /** Matched / gold (1 when there is no gold quote). */
  public double recall() {
    return gold == 0 ? 1.0 : (double) matched / gold;
  }

  /** Right speakers / matched (1 when nothing matched). */
  public double speakerAccuracy() {
    return matched == 0 ? 1.0 : (double) speakersRight / matched;
  }

  public String summary() {
    return String.format(
        "precision %.3f (%d/%d), recall %.3f (%d/%d), speaker accuracy %.3f (%d/%d)",
        precision(),
        matched,
        predicted,
        recall(),
        matched,
        gold,
        speakerAccuracy(),
        speakersRight,
        matched);
  }
}
