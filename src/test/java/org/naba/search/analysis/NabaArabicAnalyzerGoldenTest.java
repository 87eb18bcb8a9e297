package org.naba.search.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.naba.search.analysis.NabaArabicAnalyzer.Form;

/**
 * Every form of the analysis chain gives, on real news sentences, the tokens, position increments
 * and offsets recorded in {@link GoldenTokens#RESOURCE}: a change to a filter that alters what is
 * indexed cannot pass unnoticed.
 */
class NabaArabicAnalyzerGoldenTest {

  @ParameterizedTest
  @EnumSource(Form.class)
  void eachFormGivesTheRecordedTokensAndPositionsOnRealSentences(Form form) throws IOException {
    List<JsonNode> sentences = GoldenTokens.recorded();
    assertTrue(sentences.size() > 200, "the sample holds " + sentences.size() + " sentences");
    try (Analyzer analyzer = new NabaArabicAnalyzer(form)) {
      for (JsonNode sentence : sentences) {
        String text = sentence.get("text").asText();
        assertEquals(
            GoldenTokens.recorded(sentence, form), GoldenTokens.tokens(analyzer, text), text);
      }
    }
  }
}
