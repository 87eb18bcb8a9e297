package org.naba.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * How units become Lucene documents and questions become queries: the fields, their analysis and
 * weights. The index and the evaluation both go through this class, so what is measured is what
 * runs.
 */
public final class UnitSchema implements AutoCloseable {

  public static final String ARTICLE_SEQ = "article_seq";
  public static final String ARTICLE_ID = "article_id";
  public static final String KIND = "kind";
  public static final String ORDINAL = "ordinal";
  public static final String START = "start";
  public static final String END = "end";
  public static final String TEXT = "text";
  public static final String SPEAKER = "speaker";

  private final Analyzer analyzer = new ArabicAnalyzer();

  public Analyzer analyzer() {
    return analyzer;
  }

  public Similarity similarity() {
    return new BM25Similarity();
  }

  public Document toDocument(Unit unit) {
    Document doc = new Document();
    doc.add(new LongPoint(ARTICLE_SEQ, unit.articleSeq()));
    doc.add(new StoredField(ARTICLE_SEQ, unit.articleSeq()));
    doc.add(new StringField(ARTICLE_ID, unit.articleId(), Field.Store.YES));
    doc.add(new StringField(KIND, unit.kind().name(), Field.Store.YES));
    doc.add(new StoredField(ORDINAL, unit.ordinal()));
    doc.add(new IntPoint(START, unit.start()));
    doc.add(new StoredField(START, unit.start()));
    doc.add(new StoredField(END, unit.end()));
    doc.add(new TextField(TEXT, unit.text(), Field.Store.NO));
    if (unit.speaker() != null) {
      doc.add(new TextField(SPEAKER, unit.speaker(), Field.Store.NO));
    }
    return doc;
  }

  /** A disjunction of the question's analysed terms over the text field. */
  public Query query(String question) {
    BooleanQuery.Builder builder = new BooleanQuery.Builder();
    for (String term : terms(TEXT, question)) {
      builder.add(new TermQuery(new Term(TEXT, term)), BooleanClause.Occur.SHOULD);
    }
    return builder.build();
  }

  private Set<String> terms(String field, String text) {
    Set<String> terms = new LinkedHashSet<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        terms.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return terms;
  }

  /** Reads a stored field back as a long. */
  public static long storedLong(Document doc, String field) {
    IndexableField f = doc.getField(field);
    return f.numericValue().longValue();
  }

  @Override
  public void close() {
    analyzer.close();
  }
}
