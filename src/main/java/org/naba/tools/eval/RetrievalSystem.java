package org.naba.tools.eval;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.Similarity;
import org.naba.search.Unit;
import org.naba.search.UnitSchema;

/** A way to index units and query them: what an evaluation compares. */
public interface RetrievalSystem extends AutoCloseable {

  String name();

  Analyzer analyzer();

  Similarity similarity();

  Document toDocument(Unit unit);

  Query query(String question);

  /** The best {@code k} units for {@code question}; by default the top of {@link #query}. */
  default TopDocs search(IndexSearcher searcher, String question, int k) throws IOException {
    return searcher.search(query(question), k);
  }

  @Override
  void close();

  /** Naba's retrieval, exactly as the index runs it. */
  static RetrievalSystem naba(UnitSchema schema) {
    return new RetrievalSystem() {
      @Override
      public String name() {
        return "naba";
      }

      @Override
      public Analyzer analyzer() {
        return schema.analyzer();
      }

      @Override
      public Similarity similarity() {
        return schema.similarity();
      }

      @Override
      public Document toDocument(Unit unit) {
        return schema.toDocument(unit);
      }

      @Override
      public Query query(String question) {
        return schema.query(question);
      }

      @Override
      public TopDocs search(IndexSearcher searcher, String question, int k) throws IOException {
        return schema.search(searcher, question, k);
      }

      @Override
      public void close() {
        schema.close();
      }
    };
  }
}
