package org.naba.text;

import java.util.List;
import java.util.Set;

/**
 * A text analysed once, for the rules that read it: its {@link ArabicNormalizer} form and words,
 * and, worked out on first use and kept, each word's light stem ({@link ArabicLightStemmer}), its
 * root ({@link ArabicRoot}) and the answer types the text offers ({@link AnswerType#offered}).
 *
 * <p>An answer candidate is read by several rules (the kind of answer it gives, the form of what it
 * says, whether it reports speech); each reads this view instead of normalising and splitting the
 * text again. Not thread-safe: one view serves one question's ranking.
 */
public final class AnalysedText {

  private final String text;
  private String normalized;
  private List<String> words;
  private String[] stems;
  private String[] roots;
  private Set<AnswerType> offered;

  private AnalysedText(String text) {
    this.text = text;
  }

  /** The view of {@code text}; nothing is analysed until asked for. */
  public static AnalysedText of(String text) {
    return new AnalysedText(text);
  }

  /** The text as given. */
  public String text() {
    return text;
  }

  /** {@link ArabicNormalizer#normalize} of the text. */
  public String normalized() {
    if (normalized == null) {
      normalized = ArabicNormalizer.normalize(text);
    }
    return normalized;
  }

  /** {@link ArabicNormalizer#words} of the text. */
  public List<String> words() {
    if (words == null) {
      words = ArabicNormalizer.splitNormalized(normalized());
    }
    return words;
  }

  /** The light stem of word {@code i}. */
  public String stem(int i) {
    if (stems == null) {
      stems = new String[words().size()];
    }
    if (stems[i] == null) {
      stems[i] = ArabicLightStemmer.stem(words.get(i));
    }
    return stems[i];
  }

  /** The root of word {@code i}: {@link ArabicRoot#of} its light stem. */
  public String root(int i) {
    if (roots == null) {
      roots = new String[words().size()];
    }
    if (roots[i] == null) {
      roots[i] = ArabicRoot.of(stem(i));
    }
    return roots[i];
  }

  /** The answer types the text offers ({@link AnswerType#offered}). */
  public Set<AnswerType> offered() {
    if (offered == null) {
      offered = AnswerType.offered(this);
    }
    return offered;
  }
}
