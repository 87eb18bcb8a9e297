package org.naba.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.util.BytesRef;
import org.naba.text.AnswerType;
import org.naba.text.ArabicRoot;
import org.naba.text.ArabicSkeleton;

/**
 * The second ranking stage: rescores the first stage's best units by a weighted sum of {@link
 * Feature}s read from the index (which question words a unit, its context and its title hold, at
 * the level of stems, roots and skeletons; how well its article ranks; whether it offers the kind
 * of answer asked for). The weights ({@link Reranking}) were learned on the QA sets, each set's
 * figure checked with weights learned on the other two ({@code org.naba.eval.RerankerTraining}).
 *
 * <p>Coverage features are IDF-weighted shares of the question's distinct stems: {@code sum(idf of
 * the question terms the field holds) / sum(idf of all question terms)}, in [0, 1]. They are read
 * from the postings of the candidate units, so no stored text is analysed again.
 */
public final class Reranker {

  /** What the second stage weighs. */
  public enum Feature {
    /** The first stage's score over the best first-stage score of the question. */
    FIRST_STAGE,
    /** Coverage of the question's stems by the unit's stems. */
    TEXT_COVERAGE,
    /** Coverage of the question's roots by the unit's roots (IDF of the roots). */
    ROOT_COVERAGE,
    /** Coverage of the question's stem skeletons by the unit's skeletons. */
    SKELETON_COVERAGE,
    /** Coverage of the question's stems by the unit and its context of nearby sentences. */
    CONTEXT_COVERAGE,
    /** Coverage of the question's stems by the article's title. */
    TITLE_COVERAGE,
    /** The best first-stage score among the candidates of the unit's article, over the best. */
    ARTICLE_BEST,
    /** 1 when the question asks for a number or a time and the unit offers one. */
    TYPE_MATCH,
    /** 1 when the question asks for a number or a time and the unit offers none. */
    TYPE_MISS
  }

  private final UnitSchema schema;
  private final Reranking reranking;

  Reranker(UnitSchema schema, Reranking reranking) {
    this.schema = schema;
    this.reranking = reranking;
  }

  /**
   * The question's top {@code k} units: the first stage's top {@link Reranking#depth()} (at least
   * {@code k}) rescored, best first. Scores are {@code best first-stage score * exp(s - s_top)} for
   * the weighted feature sum {@code s}, so they stay positive and the top keeps the first stage's
   * scale.
   */
  public TopDocs search(IndexSearcher searcher, String question, int k) throws IOException {
    TopDocs first = searcher.search(schema.query(question), Math.max(k, reranking.depth()));
    ScoreDoc[] docs = first.scoreDocs;
    if (docs.length == 0) {
      return first;
    }
    double[][] features = features(searcher, question, docs);
    float[] w = reranking.weights();
    double[] s = new double[docs.length];
    double best = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < docs.length; i++) {
      for (int f = 0; f < w.length; f++) {
        s[i] += w[f] * features[i][f];
      }
      best = Math.max(best, s[i]);
    }
    Integer[] order = new Integer[docs.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -s[i]).thenComparing(i -> i));
    float top = docs[0].score;
    ScoreDoc[] out = new ScoreDoc[Math.min(k, docs.length)];
    for (int r = 0; r < out.length; r++) {
      int i = order[r];
      out[r] = new ScoreDoc(docs[i].doc, (float) (top * Math.exp(s[i] - best)), docs[i].shardIndex);
    }
    return new TopDocs(new TotalHits(out.length, TotalHits.Relation.EQUAL_TO), out);
  }

  /** The {@link Feature} values of each of {@code docs} (first-stage hits, best first). */
  public double[][] features(IndexSearcher searcher, String question, ScoreDoc[] docs)
      throws IOException {
    IndexReader reader = searcher.getIndexReader();
    int n = Math.max(1, reader.numDocs());
    Map<String, Double> stems = new LinkedHashMap<>();
    for (String stem : schema.questionStems(question)) {
      double factor = schema.stemFactor(stem);
      if (factor > 0) {
        stems.put(stem, factor * idf(n, reader.docFreq(new Term(UnitSchema.TEXT, stem))));
      }
    }
    Map<String, Double> roots = new LinkedHashMap<>();
    Map<String, Double> skeletons = new LinkedHashMap<>();
    for (Map.Entry<String, Double> e : stems.entrySet()) {
      String root = ArabicRoot.of(e.getKey());
      double factor = schema.stemFactor(e.getKey());
      roots.putIfAbsent(
          root, factor * idf(n, reader.docFreq(new Term(UnitSchema.TEXT_ROOT, root))));
      skeletons.merge(ArabicSkeleton.of(e.getKey()), e.getValue(), Math::max);
    }
    Set<AnswerType> asked = AnswerType.asked(question);

    Candidates c = new Candidates(reader, docs);
    double[] text = c.coverage(UnitSchema.TEXT, stems);
    double[][] out = new double[docs.length][Feature.values().length];
    double[] root = c.coverage(UnitSchema.TEXT_ROOT, roots);
    double[] skeleton = c.coverage(UnitSchema.TEXT_SKELETON, skeletons);
    double[] title = c.coverage(UnitSchema.TITLE, stems);
    boolean[][] near = c.holdsEither(UnitSchema.TEXT, UnitSchema.CONTEXT, stems.keySet());
    double[] inContext = new double[docs.length];
    double total = stems.values().stream().mapToDouble(Double::doubleValue).sum();
    int t = 0;
    for (double idf : stems.values()) {
      for (int i = 0; i < docs.length; i++) {
        if (near[t][i]) {
          inContext[i] += idf / total;
        }
      }
      t++;
    }
    boolean[] offers = new boolean[docs.length];
    for (AnswerType type : asked) {
      boolean[] has = c.holds(UnitSchema.ANSWER_TYPES, type.name());
      for (int i = 0; i < docs.length; i++) {
        offers[i] |= has[i];
      }
    }
    double best = docs[0].score;
    Map<Long, Double> articleBest = new HashMap<>();
    long[] article = c.articles();
    for (int i = 0; i < docs.length; i++) {
      articleBest.merge(article[i], (double) docs[i].score, Math::max);
    }
    for (int i = 0; i < docs.length; i++) {
      double[] f = out[i];
      f[Feature.FIRST_STAGE.ordinal()] = docs[i].score / best;
      f[Feature.TEXT_COVERAGE.ordinal()] = text[i];
      f[Feature.ROOT_COVERAGE.ordinal()] = root[i];
      f[Feature.SKELETON_COVERAGE.ordinal()] = skeleton[i];
      f[Feature.CONTEXT_COVERAGE.ordinal()] = inContext[i];
      f[Feature.TITLE_COVERAGE.ordinal()] = title[i];
      f[Feature.ARTICLE_BEST.ordinal()] = articleBest.get(article[i]) / best;
      f[Feature.TYPE_MATCH.ordinal()] = !asked.isEmpty() && offers[i] ? 1 : 0;
      f[Feature.TYPE_MISS.ordinal()] = !asked.isEmpty() && !offers[i] ? 1 : 0;
    }
    return out;
  }

  /** BM25's inverse document frequency. */
  static double idf(int docs, int docFreq) {
    return Math.log(1 + (docs - docFreq + 0.5) / (docFreq + 0.5));
  }

  /** The candidate units, grouped by index segment, for reading their postings. */
  private static final class Candidates {
    private final IndexReader reader;
    private final ScoreDoc[] docs;
    private final List<LeafReaderContext> leaves;
    private final int[] leafOf;

    Candidates(IndexReader reader, ScoreDoc[] docs) {
      this.reader = reader;
      this.docs = docs;
      this.leaves = reader.leaves();
      this.leafOf = new int[docs.length];
      for (int i = 0; i < docs.length; i++) {
        leafOf[i] = ReaderUtil.subIndex(docs[i].doc, leaves);
      }
    }

    long[] articles() throws IOException {
      long[] out = new long[docs.length];
      StoredFields stored = reader.storedFields();
      Set<String> fields = Set.of(UnitSchema.ARTICLE_SEQ);
      for (int i = 0; i < docs.length; i++) {
        out[i] =
            stored
                .document(docs[i].doc, fields)
                .getField(UnitSchema.ARTICLE_SEQ)
                .numericValue()
                .longValue();
      }
      return out;
    }

    /** Per candidate: whether {@code field} holds {@code term}. */
    boolean[] holds(String field, String term) throws IOException {
      boolean[] out = new boolean[docs.length];
      BytesRef bytes = new BytesRef(term);
      for (int leaf = 0; leaf < leaves.size(); leaf++) {
        LeafReaderContext ctx = leaves.get(leaf);
        Terms terms = ctx.reader().terms(field);
        if (terms == null) {
          continue;
        }
        TermsEnum te = terms.iterator();
        if (!te.seekExact(bytes)) {
          continue;
        }
        PostingsEnum postings = te.postings(null, PostingsEnum.NONE);
        int[] order = sortedCandidates(leaf);
        for (int i : order) {
          int local = docs[i].doc - ctx.docBase;
          int at = postings.docID() >= local ? postings.docID() : postings.advance(local);
          if (at == DocIdSetIterator.NO_MORE_DOCS) {
            break;
          }
          out[i] = at == local;
        }
      }
      return out;
    }

    /** Per candidate: the IDF-weighted share of {@code weighted}'s terms {@code field} holds. */
    double[] coverage(String field, Map<String, Double> weighted) throws IOException {
      double total = weighted.values().stream().mapToDouble(Double::doubleValue).sum();
      double[] out = new double[docs.length];
      if (total == 0) {
        return out;
      }
      for (Map.Entry<String, Double> e : weighted.entrySet()) {
        boolean[] has = holds(field, e.getKey());
        for (int i = 0; i < out.length; i++) {
          if (has[i]) {
            out[i] += e.getValue() / total;
          }
        }
      }
      return out;
    }

    /**
     * Per term of {@code terms} and per candidate: whether field {@code a} or {@code b} holds it.
     */
    boolean[][] holdsEither(String a, String b, Set<String> terms) throws IOException {
      boolean[][] out = new boolean[terms.size()][];
      int t = 0;
      for (String term : terms) {
        boolean[] inA = holds(a, term);
        boolean[] inB = holds(b, term);
        for (int i = 0; i < inA.length; i++) {
          inA[i] |= inB[i];
        }
        out[t++] = inA;
      }
      return out;
    }

    private int[] sortedCandidates(int leaf) {
      List<Integer> in = new ArrayList<>();
      for (int i = 0; i < docs.length; i++) {
        if (leafOf[i] == leaf) {
          in.add(i);
        }
      }
      in.sort(Comparator.comparingInt(i -> docs[i].doc));
      return in.stream().mapToInt(Integer::intValue).toArray();
    }
  }
}
