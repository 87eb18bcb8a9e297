package org.naba.tools.eval;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.naba.search.Hit;
import org.naba.search.OpenSearchIndex;
import org.naba.search.Unit;
import org.naba.search.UnitSchema;

/**
 * The evaluation's units in a throwaway index of an OpenSearch cluster, searched through the
 * product's {@link OpenSearchIndex} (its query, its reranking over the hits' stored fields): what
 * {@code search.backend=opensearch} runs. The index is deleted when this is closed.
 */
final class OpenSearchEvalIndex implements EvalIndex {

  private static final int BATCH = 2_000;

  private final UnitSchema schema;
  private final OpenSearchIndex index;
  private final List<Unit> pending = new ArrayList<>();
  private final Map<String, Integer> numbers = new HashMap<>();

  OpenSearchEvalIndex(URI url, UnitSchema schema) {
    this.schema = schema;
    this.index = OpenSearchIndex.open(url, "naba-eval-" + System.nanoTime(), 1, schema);
  }

  @Override
  public String name() {
    return "naba-opensearch";
  }

  @Override
  public void add(Unit unit, int number) {
    numbers.put(key(unit.articleSeq(), unit.kind(), unit.ordinal()), number);
    pending.add(unit);
    if (pending.size() >= BATCH) {
      flush();
    }
  }

  private void flush() {
    index.add(pending);
    pending.clear();
  }

  @Override
  public void open() {
    flush();
    index.refresh();
  }

  @Override
  public int[] search(String question, int k) {
    List<Hit> hits = index.search(question, k);
    int[] out = new int[hits.size()];
    for (int i = 0; i < out.length; i++) {
      Hit h = hits.get(i);
      out[i] = numbers.get(key(h.articleSeq(), h.kind(), h.ordinal()));
    }
    return out;
  }

  private static String key(long seq, Unit.Kind kind, int ordinal) {
    return seq + "/" + kind + "/" + ordinal;
  }

  @Override
  public void close() {
    try {
      index.drop();
    } finally {
      index.close();
      schema.close();
    }
  }
}
