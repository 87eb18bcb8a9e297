package org.naba.search.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.naba.search.analysis.NabaArabicAnalyzer.Form;
import org.naba.text.Paragraphs;
import org.naba.text.SentenceSegmenter;
import org.naba.text.Span;

/**
 * The tokens each {@link Form} of {@link NabaArabicAnalyzer} gives for a sample of real news
 * sentences, recorded once in {@value #RESOURCE} and checked by {@link
 * NabaArabicAnalyzerGoldenTest}.
 *
 * <p>The sample is drawn from the ANT corpus v2.1 ({@code ../shared/data/news/ant-all.jsonl.gz},
 * ANT citation licence): one sentence of every {@value #EVERY}th article, plus the first {@value
 * #PER_SPECIAL} sentences that hold each kind of character the normaliser treats apart
 * (presentation forms, invisible marks, tatweel, diacritics, Persian letters, Eastern digits, Latin
 * letters). Record the file again only when the analysis is meant to change: {@code java -cp
 * target/naba.jar:target/test-classes org.naba.search.analysis.GoldenTokens
 * ../shared/data/news/ant-all.jsonl.gz src/test/resources/search/analysis/golden-tokens.jsonl.gz}.
 */
final class GoldenTokens {

  static final String RESOURCE = "/search/analysis/golden-tokens.jsonl.gz";

  static final int EVERY = 150;
  static final int PER_SPECIAL = 10;

  private static final ObjectMapper JSON = new ObjectMapper();

  private GoldenTokens() {}

  /** One token as an analyzer gives it: its term, position increment and offsets. */
  record Token(String term, int increment, int start, int end) {}

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

  /** The recorded sentences, each with its tokens per form. */
  static List<JsonNode> recorded() throws IOException {
    List<JsonNode> out = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(GoldenTokens.class.getResourceAsStream(RESOURCE)),
                StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        out.add(JSON.readTree(line));
      }
    }
    return out;
  }

  /** The tokens recorded for one sentence and form. */
  static List<Token> recorded(JsonNode sentence, Form form) {
    List<Token> out = new ArrayList<>();
    for (JsonNode t : sentence.get(form.name())) {
      out.add(new Token(t.get(0).asText(), t.get(1).asInt(), t.get(2).asInt(), t.get(3).asInt()));
    }
    return out;
  }

  public static void main(String[] args) throws IOException {
    List<String> sentences = sample(Path.of(args[0]));
    try (BufferedWriter out =
        new BufferedWriter(
            new OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(Path.of(args[1]))),
                StandardCharsets.UTF_8))) {
      for (String sentence : sentences) {
        ObjectNode line = JSON.createObjectNode();
        line.put("text", sentence);
        for (Form form : Form.values()) {
          ArrayNode tokens = line.putArray(form.name());
          try (Analyzer analyzer = new NabaArabicAnalyzer(form)) {
            for (Token t : tokens(analyzer, sentence)) {
              tokens.addArray().add(t.term()).add(t.increment()).add(t.start()).add(t.end());
            }
          }
        }
        out.write(JSON.writeValueAsString(line));
        out.write('\n');
      }
    }
    System.out.println(sentences.size() + " sentences written to " + args[1]);
  }

  private static List<String> sample(Path corpus) throws IOException {
    SentenceSegmenter segmenter = new SentenceSegmenter();
    List<String> out = new ArrayList<>();
    Map<Special, List<String>> special = new EnumMap<>(Special.class);
    for (Special kind : Special.values()) {
      special.put(kind, new ArrayList<>());
    }
    List<String> oddTerms = new ArrayList<>();
    Analyzer exact = new NabaArabicAnalyzer(Form.EXACT);
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(corpus)), StandardCharsets.UTF_8))) {
      String line;
      int article = 0;
      while ((line = in.readLine()) != null) {
        String body = JSON.readTree(line).path("text").asText("");
        List<String> sentences = new ArrayList<>();
        for (Span paragraph : Paragraphs.split(body)) {
          for (Span s : segmenter.split(body, paragraph)) {
            sentences.add(s.of(body));
          }
        }
        if (sentences.isEmpty()) {
          continue;
        }
        if (article++ % EVERY == 0) {
          out.add(sentences.get(article % sentences.size()));
        }
        for (String s : sentences) {
          for (Special kind : Special.values()) {
            List<String> found = special.get(kind);
            if (found.size() < PER_SPECIAL && kind.in(s) && !found.contains(s)) {
              found.add(s);
            }
          }
          if (oddTerms.size() < PER_SPECIAL
              && tokens(exact, s).stream()
                  .anyMatch(t -> t.term().isEmpty() || t.term().indexOf(' ') >= 0)) {
            oddTerms.add(s);
          }
        }
      }
    }
    exact.close();
    for (List<String> found : special.values()) {
      found.stream().filter(s -> !out.contains(s)).forEach(out::add);
    }
    oddTerms.stream().filter(s -> !out.contains(s)).forEach(out::add);
    return out;
  }

  /** Characters that the normaliser or the tokenizer treats apart. */
  private enum Special {
    PRESENTATION_FORMS(c -> (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFE)),
    INVISIBLE_MARKS(
        c ->
            (c >= 0x200B && c <= 0x200F)
                || (c >= 0x202A && c <= 0x202E)
                || c == 0x2060
                || c == 0x061C
                || c == 0x00AD
                || c == 0xFEFF),
    TATWEEL(c -> c == 0x0640),
    DIACRITICS(c -> c >= 0x064B && c <= 0x065F || c == 0x0670),
    PERSIAN_LETTERS(c -> c == 0x06CC || c == 0x06A9 || c == 0x06C0 || c == 0x06D5 || c == 0x06BE),
    EASTERN_DIGITS(c -> (c >= 0x0660 && c <= 0x0669) || (c >= 0x06F0 && c <= 0x06F9)),
    LATIN(c -> (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'));

    private final IntPredicate holds;

    Special(IntPredicate holds) {
      this.holds = holds;
    }

    boolean in(String sentence) {
      return sentence.chars().anyMatch(holds);
    }
  }
}
