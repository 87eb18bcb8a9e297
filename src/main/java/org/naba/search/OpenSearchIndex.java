package org.naba.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.naba.store.Store;
import org.naba.store.StoredArticle;
import org.naba.text.SentenceSegmenter;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The units in an OpenSearch cluster ({@code search.backend=opensearch}): the counterpart of {@link
 * SentenceIndex}, ranked alike. The cluster analyses with the naba-opensearch plugin (the same
 * chain), scores the first stage ({@link UnitQuery}, sent clause for clause by {@link
 * OpenSearchQuery}) with the whole index's BM25 statistics, and returns the candidates' stored
 * fields; {@link Reranker} reranks them here ({@link StoredCandidates}).
 *
 * <p>{@code search.index} names an alias over one concrete index, so that {@link #rebuild} can
 * build a new one beside it and swap it in at once. Each unit has a deterministic id (article,
 * kind, ordinal): indexing an article again overwrites its units, and the units an earlier version
 * had beyond the new ones are deleted after. The last article indexed and the index's format live
 * in the mapping's {@code _meta}. On PostgreSQL the store's outbox feeds it: a batch's rows are
 * deleted only after OpenSearch took every unit of it.
 */
public final class OpenSearchIndex implements UnitIndex {

  private static final Logger log = LoggerFactory.getLogger(OpenSearchIndex.class);
  private static final int BATCH = 500;

  private final OpenSearchUnits cluster;
  private final String alias;
  private final int shards;
  private final UnitSchema schema;
  private final SentenceSegmenter segmenter = new SentenceSegmenter();
  private long indexedSeq;
  private boolean stale;

  private OpenSearchIndex(OpenSearchUnits cluster, String alias, int shards, UnitSchema schema) {
    this.cluster = cluster;
    this.alias = alias;
    this.shards = shards;
    this.schema = schema;
  }

  /**
   * Opens the index {@code alias} at {@code url}, creating it (and the concrete index behind it)
   * when it does not exist. An index of another format stays searchable until the first {@link
   * #catchUp} has built its replacement.
   */
  public static OpenSearchIndex open(URI url, String alias, int shards, UnitSchema schema) {
    OpenSearchUnits cluster = new OpenSearchUnits(url);
    try {
      OpenSearchIndex index = new OpenSearchIndex(cluster, alias, shards, schema);
      if (cluster.indicesOf(alias).isEmpty()) {
        log.info("OpenSearch index {} is missing at {}; creating it", alias, url);
        cluster.create(index.newName(), alias, index.mapping());
      } else {
        Map<String, JsonData> meta = cluster.meta(alias);
        index.indexedSeq = number(meta.get(OpenSearchMapping.META_LAST_SEQ));
        JsonData format = meta.get(OpenSearchMapping.META_FORMAT);
        if (format == null || !format.to(String.class).equals(format(schema))) {
          log.info(
              "OpenSearch index {} has another format; rebuilding it beside the old one", alias);
          index.stale = true;
        }
      }
      return index;
    } catch (RuntimeException e) {
      cluster.close();
      throw e;
    }
  }

  private static long number(JsonData value) {
    return value == null ? 0 : value.to(Long.class);
  }

  static String format(UnitSchema schema) {
    return SentenceIndex.format(schema);
  }

  private String mapping() {
    return OpenSearchMapping.of(schema.tuning(), shards, format(schema));
  }

  private String newName() {
    return alias + "-" + System.currentTimeMillis();
  }

  @Override
  public synchronized long indexedSeq() {
    return indexedSeq;
  }

  @Override
  public synchronized int catchUp(Store store) {
    if (stale) {
      return rebuild(store);
    }
    if (store.hasOutbox() && store.registerIndexer(consumer()) && indexedSeq > 0) {
      log.info("OpenSearch index {} is new to the store's outbox; rebuilding it", alias);
      return rebuild(store);
    }
    Set<Long> loaded = new HashSet<>();
    if (!store.hasOutbox() || indexedSeq == 0) {
      // as SentenceIndex: a watermark is exact on SQLite; on PostgreSQL it only fills an empty
      // index
      List<StoredArticle> batch;
      while (!(batch = store.after(indexedSeq, BATCH)).isEmpty()) {
        write(alias, batch);
        indexedSeq = batch.get(batch.size() - 1).seq();
        cluster.putMeta(alias, indexedSeq, format(schema));
        batch.forEach(a -> loaded.add(a.seq()));
      }
    }
    int count = loaded.size();
    if (store.hasOutbox()) {
      count += drainOutbox(store, loaded);
    }
    cluster.refresh(alias);
    return count;
  }

  private int drainOutbox(Store store, Set<Long> loaded) {
    int count = 0;
    int taken;
    do {
      int[] indexed = {0};
      try {
        taken =
            store.drainOutbox(
                consumer(),
                BATCH,
                articles -> {
                  List<StoredArticle> fresh =
                      articles.stream().filter(a -> !loaded.contains(a.seq())).toList();
                  try {
                    write(alias, fresh); // throws unless OpenSearch took every unit
                  } catch (UncheckedIOException e) {
                    throw e.getCause();
                  }
                  for (StoredArticle a : fresh) {
                    indexedSeq = Math.max(indexedSeq, a.seq());
                  }
                  indexed[0] = fresh.size();
                });
      } catch (IOException e) {
        throw new UncheckedIOException("cannot index articles: " + e.getMessage(), e);
      }
      count += indexed[0];
    } while (taken > 0);
    cluster.putMeta(alias, indexedSeq, format(schema));
    return count;
  }

  /** Indexes the articles' units, then deletes what earlier versions had beyond them. */
  private void write(String index, List<StoredArticle> articles) {
    List<StoredUnit> units = new ArrayList<>();
    Map<String, Long> seqOf = new LinkedHashMap<>();
    Set<String> empty = new HashSet<>();
    for (StoredArticle article : articles) {
      List<Unit> of = ArticleUnits.of(article);
      units.addAll(StoredUnit.of(of, schema.tuning(), segmenter));
      seqOf.put(article.article().id(), article.seq());
      if (of.isEmpty()) {
        empty.add(article.article().id());
      }
    }
    Set<String> replaced = new HashSet<>(cluster.index(index, units));
    replaced.addAll(empty);
    Map<String, Long> older = new LinkedHashMap<>();
    for (String id : replaced) {
      older.put(id, seqOf.get(id));
    }
    if (!older.isEmpty()) {
      cluster.deleteOlder(index, older);
    }
  }

  /**
   * The index's name among the outbox's consumers: one for the OpenSearch index, whichever replica
   * writes it, so each article is indexed into it once.
   */
  String consumer() {
    return "opensearch-" + alias;
  }

  @Override
  public synchronized int rebuild(Store store) {
    if (store.hasOutbox()) {
      store.registerIndexer(consumer()); // before reading: what commits after then has its row
    }
    List<String> old = cluster.indicesOf(alias);
    String next = newName();
    cluster.create(next, null, mapping());
    long seq = 0;
    int count = 0;
    try {
      List<StoredArticle> batch;
      while (!(batch = store.after(seq, BATCH)).isEmpty()) {
        write(next, batch);
        seq = batch.get(batch.size() - 1).seq();
        count += batch.size();
      }
      cluster.putMeta(next, seq, format(schema));
      cluster.refresh(next);
      cluster.swap(alias, next, old);
    } catch (RuntimeException e) {
      // the alias still names the old index; what was built beside it goes
      try {
        cluster.delete(next);
      } catch (RuntimeException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
    indexedSeq = seq;
    stale = false;
    return count + catchUp(store);
  }

  @Override
  public List<Hit> search(String question, int limit, Days days) {
    Query query = OpenSearchQuery.of(schema.query(question), days);
    Reranking reranking = schema.reranking();
    if (!reranking.enabled()) {
      OpenSearchUnits.Found found = cluster.search(alias, query, limit, Map.of());
      List<Hit> hits = new ArrayList<>();
      for (int i = 0; i < found.units().size(); i++) {
        hits.add(found.units().get(i).toHit(found.scores().get(i)));
      }
      return hits;
    }
    Reranker reranker = schema.reranker();
    Map<String, List<String>> idfTerms = reranker.idfTerms(question);
    OpenSearchUnits.Found found =
        cluster.search(alias, query, Math.max(limit, reranking.depth()), idfTerms);
    if (found.units().isEmpty()) {
      return List.of();
    }
    float[] first = new float[found.scores().size()];
    for (int i = 0; i < first.length; i++) {
      first[i] = found.scores().get(i);
    }
    List<StoredUnit> top =
        found.units().subList(0, Math.min(reranking.depth(), found.units().size()));
    int n = (int) Math.max(1, found.docs());
    Map<String, Long> df = found.docFreqs();
    try {
      Reranker.Ranked ranked =
          reranker.rank(
              new StoredCandidates(top, schema.fields(), schema.tuning()),
              (field, term) ->
                  Reranker.idf(n, df.getOrDefault(field + "\u0000" + term, 0L).intValue()),
              question,
              first,
              limit);
      List<Hit> hits = new ArrayList<>(ranked.order().length);
      for (int r = 0; r < ranked.order().length; r++) {
        hits.add(found.units().get(ranked.order()[r]).toHit(ranked.scores()[r]));
      }
      return hits;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot rerank: " + e.getMessage(), e);
    }
  }

  @Override
  public List<Hit> newest(Collection<String> terms, Scope scope, int limit, Days days) {
    if (terms.isEmpty()) {
      return List.of();
    }
    List<Query> all = new ArrayList<>();
    for (String term : terms) {
      all.add(OpenSearchUnits.term(scope.field(), term));
    }
    if (days != null) {
      all.add(
          Query.of(
              q ->
                  q.range(
                      r ->
                          r.field(UnitFields.PUBLISHED)
                              .gte(JsonData.of(days.from()))
                              .lte(JsonData.of(days.to())))));
    }
    Query filter = Query.of(q -> q.bool(b -> b.filter(all)));
    return cluster.newest(alias, filter, limit).stream().map(u -> u.toHit(0)).toList();
  }

  @Override
  public List<WeightedTerm> weigh(String question) {
    List<String> terms = new ArrayList<>(terms(question));
    if (terms.isEmpty()) {
      return List.of();
    }
    OpenSearchUnits.Found found =
        cluster.search(
            alias, Query.of(q -> q.matchNone(m -> m)), 0, Map.of(UnitFields.TEXT, terms));
    int n = (int) Math.max(1, found.docs());
    List<WeightedTerm> out = new ArrayList<>();
    for (String term : terms) {
      long df = found.docFreqs().getOrDefault(UnitFields.TEXT + "\u0000" + term, 0L);
      out.add(new WeightedTerm(term, Reranker.idf(n, (int) df)));
    }
    return out;
  }

  @Override
  public Set<String> terms(String text) {
    return new LinkedHashSet<>(schema.fields().stems(text));
  }

  @Override
  public int unitCount() {
    return (int) cluster.count(alias);
  }

  /**
   * Indexes {@code units} as they are (the evaluation's units, which no store holds) and makes them
   * searchable.
   */
  public void add(List<Unit> units) {
    cluster.index(alias, StoredUnit.of(units, schema.tuning(), segmenter));
  }

  /** Makes what was indexed searchable. */
  public void refresh() {
    cluster.refresh(alias);
  }

  /** Deletes the index (the evaluation's throwaway ones). */
  public void drop() {
    for (String index : cluster.indicesOf(alias)) {
      cluster.delete(index);
    }
  }

  @Override
  public void close() {
    cluster.close();
  }
}
