package org.naba.opensearch;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.apache.lucene.util.Version;
import org.junit.Test;
import org.naba.search.analysis.NabaArabicAnalyzer;
import org.naba.search.analysis.NabaArabicAnalyzer.Form;

/**
 * Naba's analysis chain, compiled here against OpenSearch's Lucene, gives for every recorded
 * sentence and form the very tokens (terms, positions, offsets) that the main build records under
 * its own Lucene.
 */
public class GoldenTokensTests {

  @Test
  public void everyFormGivesTheMainBuildsTokensUnderOpenSearchsLucene() throws Exception {
    assertEquals("OpenSearch 3.9.0's Lucene", 10, Version.LATEST.major);
    List<GoldenTokens.Sentence> sentences = GoldenTokens.recorded();
    assertTrue("sentences recorded", sentences.size() > 200);
    int checked = 0;
    for (Form form : Form.values()) {
      try (NabaArabicAnalyzer analyzer = new NabaArabicAnalyzer(form)) {
        for (GoldenTokens.Sentence s : sentences) {
          assertEquals(
              form + " of " + s.text(), s.tokens(form), GoldenTokens.tokens(analyzer, s.text()));
          checked++;
        }
      }
    }
    assertEquals(sentences.size() * Form.values().length, checked);
  }
}
