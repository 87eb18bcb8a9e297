package org.naba.search.analysis;

import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.naba.text.ArabicStopwords;

/** Drops normalised tokens that {@link ArabicStopwords#isStopword} names. */
public final class ArabicStopFilter extends FilteringTokenFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  public ArabicStopFilter(TokenStream input) {
    super(input);
  }

  @Override
  protected boolean accept() {
    return !ArabicStopwords.isStopword(term.toString());
  }
}
