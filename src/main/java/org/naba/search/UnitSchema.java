package org.naba.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.Similarity;

/**
 * Naba's retrieval of units, wired once for a {@link SearchTuning} and a {@link Reranking}: the
 * fields and their analysis ({@link UnitFields}), the scoring ({@link UnitSimilarity}), the
 * document a unit becomes ({@link UnitDocuments}), the query a question becomes ({@link UnitQuery})
 * and the second ranking stage ({@link Reranker}). The index and the evaluation both go through
 * this class, so what is measured is what runs; what each part gives on the QA sets is measured by
 * {@code org.naba.tools.eval.Ablation}.
 */
public final class UnitSchema implements AutoCloseable {

  private final SearchTuning tuning;
  private final Reranking reranking;
  private final UnitFields fields = new UnitFields();
  private final Similarity similarity;
  private final UnitDocuments documents;
  private final UnitQuery query;
  private final Reranker reranker;

  public UnitSchema() {
    this(SearchTuning.DEFAULT, Reranking.DEFAULT);
  }

  /** A schema with {@code tuning} and no second ranking stage. */
  public UnitSchema(SearchTuning tuning) {
    this(tuning, Reranking.NONE);
  }

  public UnitSchema(SearchTuning tuning, Reranking reranking) {
    this.tuning = tuning;
    this.reranking = reranking;
    this.similarity = new UnitSimilarity(tuning);
    this.documents = new UnitDocuments(tuning);
    this.query = new UnitQuery(tuning, fields);
    this.reranker = new Reranker(query, reranking);
  }

  public SearchTuning tuning() {
    return tuning;
  }

  public Reranking reranking() {
    return reranking;
  }

  /** The second ranking stage of this schema (its {@link Reranking}). */
  public Reranker reranker() {
    return reranker;
  }

  /** The fields of a unit and their analysis. */
  UnitFields fields() {
    return fields;
  }

  /** The per-field analyzer to index the documents of {@link #toDocuments} with. */
  public Analyzer analyzer() {
    return fields.analyzer();
  }

  /** The similarity to index and search with. */
  public Similarity similarity() {
    return similarity;
  }

  public Document toDocument(Unit unit) {
    return documents.of(unit);
  }

  /** The documents of units of one article ({@link UnitDocuments#of(List)}). */
  public List<Document> toDocuments(List<Unit> units) {
    return documents.of(units);
  }

  /** The first stage's query for {@code question} ({@link UnitQuery}). */
  public Query query(String question) {
    return query.of(question);
  }

  /**
   * The best {@code k} units for {@code question}: the first stage ({@link #query}), reranked by
   * {@link Reranker} when {@link Reranking#enabled()}. The index and the evaluation both search
   * through here.
   */
  public TopDocs search(IndexSearcher searcher, String question, int k) throws IOException {
    return search(searcher, question, k, null);
  }

  /** The same, among the units {@code filter} matches (all when it is {@code null}). */
  public TopDocs search(IndexSearcher searcher, String question, int k, Query filter)
      throws IOException {
    if (!reranking.enabled()) {
      return searcher.search(filtered(query(question), filter), k);
    }
    return reranker.search(searcher, question, k, filter);
  }

  /** {@code query} among the units {@code filter} matches, scored by {@code query} alone. */
  static Query filtered(Query query, Query filter) {
    if (filter == null) {
      return query;
    }
    return new BooleanQuery.Builder()
        .add(query, BooleanClause.Occur.MUST)
        .add(filter, BooleanClause.Occur.FILTER)
        .build();
  }

  @Override
  public void close() {
    fields.close();
  }
}
