package org.naba.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.naba.search.analysis.NabaArabicAnalyzer;
import org.naba.search.analysis.NabaArabicAnalyzer.Form;

/**
 * The fields a unit is indexed under, and the analysis of each.
 *
 * <p>A unit's text is indexed several ways: its words light-stemmed ({@link #TEXT}), normalised but
 * unstemmed ({@link #TEXT_EXACT}), reduced to the consonant skeletons of the stems ({@link
 * #TEXT_SKELETON}) or to their approximate roots ({@link #TEXT_ROOT}), and cut into character
 * 4-grams ({@link #TEXT_NGRAM}). The stemmed words of the sentences around it in its paragraph
 * ({@link #CONTEXT}), of its article's title ({@link #TITLE}) and of its speaker ({@link #SPEAKER})
 * are indexed too, and the kinds of answer it offers as keywords ({@link #ANSWER_TYPES}). The
 * stored fields say where the unit is: its article ({@link #ARTICLE_SEQ}, {@link #ARTICLE_ID}), its
 * {@link #KIND}, its {@link #ORDINAL} among its article's units of that kind, and its offsets
 * ({@link #START}, {@link #END}).
 */
public final class UnitFields implements AutoCloseable {

  public static final String ARTICLE_SEQ = "article_seq";
  public static final String ARTICLE_ID = "article_id";
  public static final String KIND = "kind";
  public static final String ORDINAL = "ordinal";
  public static final String START = "start";
  public static final String END = "end";
  public static final String TEXT = "text";
  public static final String TEXT_EXACT = "text_exact";
  public static final String TEXT_SKELETON = "text_skeleton";
  public static final String TEXT_ROOT = "text_root";
  public static final String TEXT_NGRAM = "text_ngram";
  public static final String CONTEXT = "context";
  public static final String TITLE = "title";
  public static final String SPEAKER = "speaker";
  public static final String ANSWER_TYPES = "answer_types";

  /** The article's day of publication (epoch day): a point to filter on, a value to sort by. */
  public static final String PUBLISHED = "published";

  /**
   * A text field scored by BM25 alone. Only {@link #TEXT} keeps positions (for the proximity
   * clauses); without them the other fields index faster and take less space.
   */
  static final FieldType FREQS_ONLY = freqsOnly();

  private final Analyzer stem = new NabaArabicAnalyzer(Form.STEM);
  private final Analyzer exact = new NabaArabicAnalyzer(Form.EXACT);
  private final Analyzer skeleton = new NabaArabicAnalyzer(Form.SKELETON);
  private final Analyzer root = new NabaArabicAnalyzer(Form.ROOT);
  private final Analyzer ngram = new NabaArabicAnalyzer(Form.NGRAM);
  private final Analyzer analyzer =
      new PerFieldAnalyzerWrapper(
          stem,
          Map.of(TEXT_EXACT, exact, TEXT_SKELETON, skeleton, TEXT_ROOT, root, TEXT_NGRAM, ngram));

  /**
   * The analyzer of each field, for the index writer: {@link Form#EXACT}, {@link Form#SKELETON},
   * {@link Form#ROOT} and {@link Form#NGRAM} for the fields of those names, {@link Form#STEM} for
   * the others.
   */
  public Analyzer analyzer() {
    return analyzer;
  }

  /** The stems of {@code text} as {@link #TEXT} analyses it, in order, repeats kept. */
  List<String> stems(String text) {
    return terms(stem, text);
  }

  /** The normalised words of {@code text} as {@link #TEXT_EXACT} analyses it. */
  List<String> exactWords(String text) {
    return terms(exact, text);
  }

  /** The character n-grams of {@code text} as {@link #TEXT_NGRAM} analyses it. */
  List<String> ngrams(String text) {
    return terms(ngram, text);
  }

  /** The terms of {@code text} as {@code field}'s analysis gives them: what the index holds. */
  List<String> terms(String field, String text) {
    return terms(analyzer, field, text);
  }

  /** The terms {@code analyzer} gives for {@code text}, in order, repeats kept, empty ones not. */
  private static List<String> terms(Analyzer analyzer, String text) {
    return terms(analyzer, TEXT, text);
  }

  private static List<String> terms(Analyzer analyzer, String field, String text) {
    List<String> terms = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (term.length() > 0) {
          terms.add(term.toString());
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return terms;
  }

  /** Reads a stored field back as a long. */
  public static long storedLong(Document doc, String field) {
    return doc.getField(field).numericValue().longValue();
  }

  private static FieldType freqsOnly() {
    FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    type.freeze();
    return type;
  }

  @Override
  public void close() {
    analyzer.close();
    stem.close();
    exact.close();
    skeleton.close();
    root.close();
    ngram.close();
  }
}
