package org.naba.quotes;

/**
 * The quote extractor's reporting verbs ({@link SpeechCues}) for readers outside it: قال، أكد، شدد،
 * أعرب، لفت، بيّن … in every form the extractor reads (وشددت، يؤكد، وأضافوا).
 */
public final class ReportingVerbs {

  private ReportingVerbs() {}

  /** Whether {@code norm} (a normalised word) is a reporting verb in one of its forms. */
  public static boolean is(String norm) {
    return SpeechCues.lookup(norm).map(c -> c.kind() == SpeechCues.Kind.VERB).orElse(false);
  }
}
