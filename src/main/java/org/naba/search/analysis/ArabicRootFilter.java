package org.naba.search.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.naba.text.ArabicRoot;

/** Replaces each token by its approximate {@link ArabicRoot}, in its term buffer. */
public final class ArabicRootFilter extends TokenFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  public ArabicRootFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    term.setLength(ArabicRoot.of(term.buffer(), term.length()));
    return true;
  }
}
