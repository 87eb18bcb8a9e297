package org.naba.search.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.naba.text.ArabicNormalizer;

/** Applies {@link ArabicNormalizer} to each token, in its term buffer. */
public final class ArabicNormalizationFilter extends TokenFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  public ArabicNormalizationFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (ArabicNormalizer.hasPresentationForm(term.buffer(), term.length())) {
      // rare: a ligature decomposes into more characters than it takes (ﻻ into لا)
      String normalized = ArabicNormalizer.normalize(term.toString());
      term.setEmpty().append(normalized);
    } else {
      term.setLength(ArabicNormalizer.normalize(term.buffer(), term.length()));
    }
    return true;
  }
}
