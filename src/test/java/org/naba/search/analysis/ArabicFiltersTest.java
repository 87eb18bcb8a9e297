package org.naba.search.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** Each filter is a thin adapter: it applies its text rule to every token. */
class ArabicFiltersTest {

  private static List<String> filter(String text, UnaryOperator<TokenStream> chain)
      throws IOException {
    Tokenizer tokenizer = new WhitespaceTokenizer();
    tokenizer.setReader(new StringReader(text));
    List<String> out = new ArrayList<>();
    try (TokenStream ts = chain.apply(tokenizer)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out;
  }

  @Test
  void normalizationFilterNormalisesEachToken() throws IOException {
    assertEquals(List.of("احمد", "مدرسه"), filter("أحمد مدرسة", ArabicNormalizationFilter::new));
  }

  @Test
  void stopFilterDropsQuestionWords() throws IOException {
    assertEquals(List.of("حرب"), filter("ماذا حرب", ArabicStopFilter::new));
  }

  @Test
  void lightStemFilterStemsEachToken() throws IOException {
    assertEquals(List.of("تنسيق", "كتاب"), filter("تنسيقنا الكتاب", ArabicLightStemFilter::new));
  }

  @Test
  void skeletonFilterReducesEachToken() throws IOException {
    assertEquals(List.of("كردستن"), filter("كوردستان", ArabicSkeletonFilter::new));
  }
}
