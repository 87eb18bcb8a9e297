package org.naba.eval;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.Query;
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
      public void close() {
        schema.close();
      }
    };
  }
}
