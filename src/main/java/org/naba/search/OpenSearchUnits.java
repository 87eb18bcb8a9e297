package org.naba.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hc.core5.http.HttpHost;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.Result;
import org.opensearch.client.opensearch._types.SearchType;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch._types.aggregations.FiltersBucket;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.BulkResponse;
import org.opensearch.client.opensearch.core.SearchRequest;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.bulk.BulkOperation;
import org.opensearch.client.opensearch.core.bulk.BulkResponseItem;
import org.opensearch.client.opensearch.core.search.Hit;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5Transport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;

/**
 * The requests Naba makes of an OpenSearch cluster, through the official Java client over HTTP:
 * create an index, bulk-index units under their deterministic ids, search (first stage and the
 * terms' document frequencies in one request), find the newest units, count, swap an alias. Every
 * failure becomes an {@link UncheckedIOException} naming the cluster.
 */
final class OpenSearchUnits implements AutoCloseable {

  /** What a search reads back of each hit: every stored field of {@link StoredUnit}. */
  record Found(List<StoredUnit> units, List<Float> scores, Map<String, Long> docFreqs, long docs) {}

  /** Most articles in one search for replaced units (OpenSearch takes 1,024 clauses). */
  private static final int DELETE_CHUNK = 400;

  /** Most replaced units deleted in one bulk request. */
  private static final int DELETE_PAGE = 5_000;

  private final URI url;
  private final ApacheHttpClient5Transport transport;
  private final OpenSearchClient client;

  OpenSearchUnits(URI url) {
    this.url = url;
    HttpHost host = new HttpHost(url.getScheme(), url.getHost(), url.getPort());
    this.transport =
        ApacheHttpClient5TransportBuilder.builder(host).setMapper(new JacksonJsonpMapper()).build();
    this.client = new OpenSearchClient(transport);
  }

  /** Creates the concrete index {@code name} (with {@code alias} pointing at it, when not null). */
  void create(String name, String alias, String body) {
    String json = body;
    if (alias != null) {
      json = json.substring(0, json.length() - 1) + ",\"aliases\":{\"" + alias + "\":{}}}";
    }
    String sent = json;
    call(
        "create index " + name,
        () -> {
          try (Response r =
              client
                  .generic()
                  .execute(
                      Requests.builder().method("PUT").endpoint("/" + name).json(sent).build())) {
            if (r.getStatus() >= 300) {
              String reason = r.getBody().map(b -> b.bodyAsString()).orElse(r.getReason());
              if (reason.contains("naba_")) {
                throw new IOException(
                    "the cluster lacks the naba-opensearch plugin (opensearch-plugin/, README"
                        + " \"Scaling out\"): "
                        + reason);
              }
              throw new IOException("HTTP " + r.getStatus() + ": " + reason);
            }
          }
          return null;
        });
  }

  /** The concrete indices {@code alias} points at (empty when it does not exist). */
  List<String> indicesOf(String alias) {
    return call(
        "read alias " + alias,
        () -> {
          if (!client.indices().existsAlias(a -> a.name(alias)).value()) {
            return List.of();
          }
          return new ArrayList<>(client.indices().getAlias(a -> a.name(alias)).result().keySet());
        });
  }

  /** The {@code _meta} of the index {@code alias} points at. */
  Map<String, JsonData> meta(String alias) {
    return call(
        "read the mapping of " + alias,
        () -> {
          var mappings = client.indices().getMapping(m -> m.index(alias)).result();
          for (var record : mappings.values()) {
            return record.mappings().meta();
          }
          return Map.of();
        });
  }

  void putMeta(String index, long lastSeq, String format) {
    call(
        "write the watermark of " + index,
        () ->
            client
                .indices()
                .putMapping(
                    m ->
                        m.index(index)
                            .meta(OpenSearchMapping.META_LAST_SEQ, JsonData.of(lastSeq))
                            .meta(OpenSearchMapping.META_FORMAT, JsonData.of(format))));
  }

  /**
   * Indexes {@code units} under their ids (an existing one is overwritten) and returns the ids of
   * the articles whose units replaced earlier ones. Throws unless OpenSearch took every one.
   */
  Set<String> index(String index, List<StoredUnit> units) {
    if (units.isEmpty()) {
      return Set.of();
    }
    List<BulkOperation> ops = new ArrayList<>(units.size());
    for (StoredUnit u : units) {
      ops.add(BulkOperation.of(o -> o.index(i -> i.index(index).id(u.id()).document(u))));
    }
    BulkResponse response =
        call("index " + units.size() + " units", () -> client.bulk(b -> b.operations(ops)));
    Set<String> replaced = new java.util.HashSet<>();
    for (int i = 0; i < response.items().size(); i++) {
      BulkResponseItem item = response.items().get(i);
      if (item.error() != null) {
        throw new UncheckedIOException(
            new IOException(
                "OpenSearch at "
                    + url
                    + " refused unit "
                    + item.id()
                    + ": "
                    + item.error().type()
                    + ": "
                    + item.error().reason()));
      }
      if (!Result.Created.jsonValue().equals(item.result())) {
        replaced.add(units.get(i).articleId());
      }
    }
    return replaced;
  }

  /**
   * Deletes the units of each article in {@code current} older than its current sequence number:
   * found by a search, deleted by id in bulk (core APIs; delete-by-query is a module that a cluster
   * may lack).
   */
  void deleteOlder(String index, Map<String, Long> current) {
    List<Map.Entry<String, Long>> entries = new ArrayList<>(current.entrySet());
    for (int from = 0; from < entries.size(); from += DELETE_CHUNK) {
      List<Query> older = new ArrayList<>();
      for (var e : entries.subList(from, Math.min(entries.size(), from + DELETE_CHUNK))) {
        older.add(
            Query.of(
                q ->
                    q.bool(
                        b ->
                            b.filter(term(UnitFields.ARTICLE_ID, e.getKey()))
                                .filter(
                                    f ->
                                        f.range(
                                            r ->
                                                r.field(UnitFields.ARTICLE_SEQ)
                                                    .lt(JsonData.of(e.getValue())))))));
      }
      List<String> ids;
      do {
        refresh(index); // the search sees what earlier requests wrote
        SearchResponse<Void> found =
            call(
                "find replaced units",
                () ->
                    client.search(
                        s ->
                            s.index(index)
                                .query(q -> q.bool(b -> b.should(older)))
                                .size(DELETE_PAGE)
                                .source(c -> c.fetch(false)),
                        Void.class));
        ids = found.hits().hits().stream().map(Hit::id).toList();
        if (!ids.isEmpty()) {
          List<BulkOperation> deletes = new ArrayList<>();
          for (String id : ids) {
            deletes.add(BulkOperation.of(o -> o.delete(d -> d.index(index).id(id))));
          }
          BulkResponse response =
              call("delete replaced units", () -> client.bulk(b -> b.operations(deletes)));
          if (response.errors()) {
            throw new UncheckedIOException(
                new IOException("OpenSearch at " + url + " refused to delete replaced units"));
          }
        }
      } while (ids.size() == DELETE_PAGE);
    }
  }

  void refresh(String index) {
    call("refresh " + index, () -> client.indices().refresh(r -> r.index(index)));
  }

  /**
   * The best {@code size} units for {@code query}, scored with the whole index's statistics
   * (dfs_query_then_fetch), and the document frequency of each of {@code terms} (field to terms)
   * over the whole index with the number of units, in the same request.
   */
  Found search(String index, Query query, int size, Map<String, List<String>> terms) {
    Map<String, Query> filters = new LinkedHashMap<>();
    terms.forEach(
        (field, list) -> list.forEach(t -> filters.put(field + "\u0000" + t, term(field, t))));
    SearchRequest.Builder request =
        new SearchRequest.Builder()
            .index(index)
            .searchType(SearchType.DfsQueryThenFetch)
            .query(query)
            .size(size)
            .trackTotalHits(t -> t.enabled(false));
    if (!filters.isEmpty()) {
      request.aggregations(
          "all",
          a ->
              a.global(g -> g)
                  .aggregations("df", f -> f.filters(x -> x.filters(b -> b.keyed(filters)))));
    }
    SearchResponse<StoredUnit> response =
        call("search " + index, () -> client.search(request.build(), StoredUnit.class));
    List<StoredUnit> units = new ArrayList<>();
    List<Float> scores = new ArrayList<>();
    for (Hit<StoredUnit> hit : response.hits().hits()) {
      units.add(hit.source());
      scores.add(hit.score() == null ? 0f : hit.score().floatValue());
    }
    Map<String, Long> docFreqs = new LinkedHashMap<>();
    long docs = 0;
    if (!filters.isEmpty()) {
      var all = response.aggregations().get("all").global();
      docs = all.docCount();
      Map<String, FiltersBucket> buckets = all.aggregations().get("df").filters().buckets().keyed();
      buckets.forEach((k, v) -> docFreqs.put(k, v.docCount()));
    }
    return new Found(units, scores, docFreqs, docs);
  }

  /** The {@code size} newest units {@code filter} matches, undated ones last. */
  List<StoredUnit> newest(String index, Query filter, int size) {
    SearchResponse<StoredUnit> response =
        call(
            "search " + index,
            () ->
                client.search(
                    s ->
                        s.index(index)
                            .query(filter)
                            .size(size)
                            .trackTotalHits(t -> t.enabled(false))
                            .sort(
                                o ->
                                    o.field(
                                        f ->
                                            f.field(UnitFields.PUBLISHED)
                                                .order(SortOrder.Desc)
                                                .missing(FieldValue.of("_last")))),
                    StoredUnit.class));
    return response.hits().hits().stream().map(Hit::source).toList();
  }

  long count(String index) {
    return call("count " + index, () -> client.count(c -> c.index(index)).count());
  }

  /** Points {@code alias} at {@code index} alone, in one request, and deletes {@code old}. */
  void swap(String alias, String index, List<String> old) {
    call(
        "swap alias " + alias,
        () ->
            client
                .indices()
                .updateAliases(
                    u -> {
                      for (String o : old) {
                        u.actions(a -> a.remove(r -> r.index(o).alias(alias)));
                      }
                      return u.actions(a -> a.add(x -> x.index(index).alias(alias)));
                    }));
    for (String o : old) {
      call("delete index " + o, () -> client.indices().delete(d -> d.index(o)));
    }
  }

  void delete(String index) {
    call("delete index " + index, () -> client.indices().delete(d -> d.index(index)));
  }

  static Query term(String field, String value) {
    return Query.of(q -> q.term(t -> t.field(field).value(FieldValue.of(value))));
  }

  private interface Call<T> {
    T run() throws IOException;
  }

  private <T> T call(String what, Call<T> call) {
    try {
      return call.run();
    } catch (IOException | RuntimeException e) {
      // the client's own failures (refused, unreadable answers) come unchecked
      throw new UncheckedIOException(
          new IOException("OpenSearch at " + url + ": cannot " + what + ": " + e.getMessage(), e));
    }
  }

  @Override
  public void close() {
    try {
      transport.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the OpenSearch client: " + e.getMessage(), e);
    }
  }
}
