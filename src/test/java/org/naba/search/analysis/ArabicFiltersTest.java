package org.naba.search.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.junit.jupiter.api.Test;
import org.naba.text.ArabicStopwords;

/** Each filter is a thin adapter: it applies its text rule to every token, in its term buffer. */
class ArabicFiltersTest {

  private static final CharArraySet KEEP = new CharArraySet(List.of("تنسيقنا"), false);

  private static List<String> filter(String text, UnaryOperator<TokenStream> chain)
      throws IOException {
    Tokenizer tokenizer = new WhitespaceTokenizer();
    tokenizer.setReader(new StringReader(text));
    return TokenStreams.terms(chain.apply(tokenizer));
  }

  @Test
  void normalizationFilterNormalisesEachToken() throws IOException {
    assertEquals(List.of("احمد", "مدرسه"), filter("أحمد مدرسة", ArabicNormalizationFilter::new));
  }

  @Test
  void normalizationFilterDecomposesALigatureIntoMoreCharactersThanItTakes() throws IOException {
    assertEquals(List.of("لا", "بيت"), filter("ﻻ ﺑﻴﺖ", ArabicNormalizationFilter::new));
  }

  @Test
  void normalizationFilterLeavesAnEmptyTermOfATatweel() throws IOException {
    assertEquals(List.of("", "كتاب"), filter("ـ كــتاب", ArabicNormalizationFilter::new));
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
  void stopFilterDropsEveryFunctionAndQuestionWord() throws IOException {
    Set<String> words = new TreeSet<>(ArabicStopwords.FUNCTION_WORDS);
    words.addAll(ArabicStopwords.QUESTION_WORDS);
    assertTrue(words.stream().allMatch(ArabicStopwords::isStopword));
    assertEquals(List.of(), filter(String.join(" ", words), ArabicStopFilter::new));
  }

  @Test
  void lightStemFilterLeavesKeywords() throws IOException {
    assertEquals(
        List.of("تنسيقنا"),
        filter("تنسيقنا", ts -> new ArabicLightStemFilter(new SetKeywordMarkerFilter(ts, KEEP))));
  }

  @Test
  void skeletonFilterReducesEachToken() throws IOException {
    assertEquals(List.of("كردستن"), filter("كوردستان", ArabicSkeletonFilter::new));
  }

  @Test
  void rootFilterReducesEachToken() throws IOException {
    assertEquals(List.of("خدم", "حدث"), filter("استخدام متحدث", ArabicRootFilter::new));
  }
}
