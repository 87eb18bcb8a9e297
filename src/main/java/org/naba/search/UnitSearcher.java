package org.naba.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.naba.search.UnitIndex.WeightedTerm;

/**
 * Searches an index of units through a {@link SearcherManager}: each call acquires the newest
 * searcher it holds, which scores with the schema's similarity, and releases it. Over a writer it
 * sees what the writer has added once {@link #refresh()}ed; over a directory, what has been
 * committed.
 */
final class UnitSearcher implements AutoCloseable {

  private final UnitSchema schema;
  private final SearcherManager searchers;

  private UnitSearcher(UnitSchema schema, SearcherManager searchers) {
    this.schema = schema;
    this.searchers = searchers;
  }

  /** A searcher over what {@code writer} has added. */
  static UnitSearcher over(IndexWriter writer, UnitSchema schema) throws IOException {
    return new UnitSearcher(schema, new SearcherManager(writer, new SimilarSearchers(schema)));
  }

  /** A searcher over what has been committed to {@code directory}. */
  static UnitSearcher over(Directory directory, UnitSchema schema) throws IOException {
    return new UnitSearcher(schema, new SearcherManager(directory, new SimilarSearchers(schema)));
  }

  /** Moves to the newest view of the index, when there is one. */
  void refresh() throws IOException {
    searchers.maybeRefresh();
  }

  /** The best {@code limit} units for {@code question}, best first. */
  List<Hit> search(String question, int limit) {
    return search(question, limit, null);
  }

  /** The same, among the units of articles published in {@code days} (any day when null). */
  List<Hit> search(String question, int limit, UnitIndex.Days days) {
    return read(
        searcher -> hits(searcher, schema.search(searcher, question, limit, filter(days))),
        "cannot search the index");
  }

  /**
   * The {@code limit} newest units whose {@code field} holds every one of {@code terms}, from
   * articles published in {@code days} (any day when null), newest first; undated units last.
   */
  List<Hit> newest(
      java.util.Collection<String> terms, String field, int limit, UnitIndex.Days days) {
    if (terms.isEmpty()) {
      return List.of();
    }
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    for (String stem : terms) {
      all.add(new TermQuery(new Term(field, stem)), BooleanClause.Occur.FILTER);
    }
    Query query = UnitSchema.filtered(all.build(), filter(days));
    Sort newestFirst =
        new Sort(new SortedNumericSortField(UnitFields.PUBLISHED, SortField.Type.LONG, true));
    return read(
        searcher -> hits(searcher, searcher.search(query, limit, newestFirst)),
        "cannot search the index");
  }

  private static Query filter(UnitIndex.Days days) {
    return days == null
        ? null
        : LongField.newRangeQuery(UnitFields.PUBLISHED, days.from(), days.to());
  }

  private static List<Hit> hits(IndexSearcher searcher, TopDocs top) throws IOException {
    StoredFields stored = searcher.storedFields();
    List<Hit> hits = new ArrayList<>(top.scoreDocs.length);
    for (ScoreDoc sd : top.scoreDocs) {
      Document doc = stored.document(sd.doc);
      hits.add(
          new Hit(
              UnitFields.storedLong(doc, UnitFields.ARTICLE_SEQ),
              Unit.Kind.valueOf(doc.get(UnitFields.KIND)),
              (int) UnitFields.storedLong(doc, UnitFields.ORDINAL),
              (int) UnitFields.storedLong(doc, UnitFields.START),
              (int) UnitFields.storedLong(doc, UnitFields.END),
              Float.isNaN(sd.score) ? 0 : sd.score));
    }
    return hits;
  }

  /** Each of {@code terms} with its BM25 inverse document frequency over the units' text. */
  List<WeightedTerm> weigh(Iterable<String> terms) {
    return read(
        searcher -> {
          IndexReader reader = searcher.getIndexReader();
          int n = Math.max(1, reader.numDocs());
          List<WeightedTerm> out = new ArrayList<>();
          for (String term : terms) {
            int df = reader.docFreq(new Term(UnitFields.TEXT, term));
            out.add(new WeightedTerm(term, Reranker.idf(n, df)));
          }
          return out;
        },
        "cannot read the index");
  }

  /** Number of units searchable now. */
  int unitCount() {
    return read(searcher -> searcher.getIndexReader().numDocs(), "cannot read the index");
  }

  private interface Read<T> {
    T from(IndexSearcher searcher) throws IOException;
  }

  private <T> T read(Read<T> read, String failure) {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        return read.from(searcher);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(failure + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() throws IOException {
    searchers.close();
  }

  /** Gives every searcher the schema's similarity, so scoring matches indexing. */
  private static final class SimilarSearchers extends SearcherFactory {
    private final UnitSchema schema;

    SimilarSearchers(UnitSchema schema) {
      this.schema = schema;
    }

    @Override
    public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
      IndexSearcher searcher = new IndexSearcher(reader);
      searcher.setSimilarity(schema.similarity());
      return searcher;
    }
  }
}
