package org.naba.opensearch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.naba.search.analysis.NabaArabicAnalyzer.Form;
import org.opensearch.common.xcontent.XContentHelper;
import org.opensearch.common.xcontent.json.JsonXContent;

/**
 * The tokens Naba's main build (its own Lucene) records for 289 real news sentences in every {@link
 * Form}: {@code src/test/resources/search/analysis/golden-tokens.jsonl.gz} of the main project,
 * written by its {@code GoldenTokens} and checked there by {@code NabaArabicAnalyzerGoldenTest}.
 * Here they are checked against OpenSearch's Lucene.
 */
final class GoldenTokens {

  static final Path FILE = Path.of("../src/test/resources/search/analysis/golden-tokens.jsonl.gz");

  private GoldenTokens() {}

  /** One token: its term, position increment and offsets. */
  record Token(String term, int increment, int start, int end) {}

  /** One recorded sentence and its tokens per form. */
  record Sentence(String text, Map<String, Object> forms) {
    List<Token> tokens(Form form) {
      List<Token> out = new ArrayList<>();
      for (Object o : (List<?>) forms.get(form.name())) {
        List<?> t = (List<?>) o;
        out.add(
            new Token(
                (String) t.get(0),
                ((Number) t.get(1)).intValue(),
                ((Number) t.get(2)).intValue(),
                ((Number) t.get(3)).intValue()));
      }
      return out;
    }
  }

  static List<Sentence> recorded() throws IOException {
    List<Sentence> out = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(FILE)), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        Map<String, Object> map =
            XContentHelper.convertToMap(JsonXContent.jsonXContent, line, false);
        out.add(new Sentence((String) map.get("text"), map));
      }
    }
    return out;
  }

  /** The tokens of {@code text} through {@code analyzer}. */
  static List<Token> tokens(Analyzer analyzer, String text) {
    List<Token> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("f", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(
            new Token(
                term.toString(),
                inc.getPositionIncrement(),
                offset.startOffset(),
                offset.endOffset()));
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
