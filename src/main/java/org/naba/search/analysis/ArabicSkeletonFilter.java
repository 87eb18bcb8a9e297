package org.naba.search.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.naba.text.ArabicSkeleton;

/** Replaces each token by its {@link ArabicSkeleton}, in its term buffer. */
public final class ArabicSkeletonFilter extends TokenFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  public ArabicSkeletonFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    term.setLength(ArabicSkeleton.of(term.buffer(), term.length()));
    return true;
  }
}
