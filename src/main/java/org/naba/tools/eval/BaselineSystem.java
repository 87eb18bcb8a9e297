package org.naba.tools.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.naba.search.Unit;

/**
 * The plain-Lucene baseline (what Anserini runs for Arabic): one text field analysed by Lucene's
 * {@link ArabicAnalyzer}, BM25 with default parameters, the question as a disjunction of its
 * analysed terms.
 */
public final class BaselineSystem implements RetrievalSystem {

  static final String FIELD = "contents";

  private final Analyzer analyzer = new ArabicAnalyzer();
  private final Similarity similarity = new BM25Similarity();

  @Override
  public String name() {
    return "lucene-arabic-bm25";
  }

  @Override
  public Analyzer analyzer() {
    return analyzer;
  }

  @Override
  public Similarity similarity() {
    return similarity;
  }

  @Override
  public Document toDocument(Unit unit) {
    Document doc = new Document();
    doc.add(new TextField(FIELD, unit.text(), Field.Store.NO));
    return doc;
  }

  @Override
  public Query query(String question) {
    BooleanQuery.Builder builder = new BooleanQuery.Builder();
    try (TokenStream ts = analyzer.tokenStream(FIELD, question)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        builder.add(new TermQuery(new Term(FIELD, term.toString())), BooleanClause.Occur.SHOULD);
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return builder.build();
  }

  @Override
  public void close() {
    analyzer.close();
  }
}
