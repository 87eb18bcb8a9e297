package org.naba.search.analysis;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.naba.text.ArabicStopwords;

/**
 * Drops normalised tokens that {@link ArabicStopwords#isStopword} names, looked up in the term
 * buffer.
 */
public final class ArabicStopFilter extends StopFilter {

  /** The function and question words of {@link ArabicStopwords}. */
  static final CharArraySet WORDS = words();

  public ArabicStopFilter(TokenStream input) {
    super(input, WORDS);
  }

  private static CharArraySet words() {
    CharArraySet words = new CharArraySet(ArabicStopwords.FUNCTION_WORDS, false);
    words.addAll(ArabicStopwords.QUESTION_WORDS);
    return CharArraySet.unmodifiableSet(words);
  }
}
