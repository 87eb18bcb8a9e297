package org.naba.search.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;
import org.naba.search.analysis.NabaArabicAnalyzer.Form;

class NabaArabicAnalyzerTest {

  private static List<String> tokens(Form form, String text) throws IOException {
    try (Analyzer analyzer = new NabaArabicAnalyzer(form)) {
      return TokenStreams.terms(analyzer.tokenStream("f", text));
    }
  }

  @Test
  void stemChainDropsQuestionWordsAndStemsTheRest() throws IOException {
    assertEquals(List.of("تنسيق", "كردستان"), tokens(Form.STEM, "ماذا عن تنسيقنا مع كردستان؟"));
  }

  @Test
  void stemChainKeepsNuman() throws IOException {
    assertEquals(List.of("نعمان"), tokens(Form.STEM, "النعمان"));
  }

  @Test
  void exactChainNormalisesWithoutStemming() throws IOException {
    assertEquals(List.of("الحكومه", "العراقيه"), tokens(Form.EXACT, "الحكومةُ العراقيّة"));
  }

  @Test
  void exactChainLowercasesLatinWords() throws IOException {
    assertEquals(List.of("nato", "حلف"), tokens(Form.EXACT, "NATO حلف"));
  }

  @Test
  void skeletonChainMatchesKurdistanSpellings() throws IOException {
    assertEquals(tokens(Form.SKELETON, "كردستان"), tokens(Form.SKELETON, "كوردستان"));
  }

  @Test
  void ngramChainKeepsTheWordAndItsGrams() throws IOException {
    List<String> grams = tokens(Form.NGRAM, "كردستان");
    assertEquals(true, grams.contains("كردستان"));
    assertEquals(true, grams.contains("ردست"));
  }

  @Test
  void stopWordsLeavePositionGaps() throws IOException {
    List<Integer> increments = new ArrayList<>();
    try (Analyzer analyzer = new NabaArabicAnalyzer(Form.STEM);
        TokenStream ts = analyzer.tokenStream("f", "وصل الوزير إلى بغداد")) {
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        increments.add(inc.getPositionIncrement());
      }
      ts.end();
    }
    assertEquals(List.of(1, 1, 2), increments);
  }
}
