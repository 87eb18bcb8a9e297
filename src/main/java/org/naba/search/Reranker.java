package org.naba.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.naba.text.AnswerType;
import org.naba.text.ArabicRoot;
import org.naba.text.ArabicSkeleton;

/**
 * The second ranking stage: rescores the first stage's best units by a weighted sum of {@link
 * Feature}s read from the index (which question words a unit, its context and its title hold, at
 * the level of stems, roots and skeletons; how well the passage around it ranks; whether it offers
 * the kind of answer asked for). The weights ({@link Reranking}) were learned on the QA sets, alone
 * and among news sentences, each set's figure checked with weights learned on the other two ({@code
 * org.naba.tools.eval.RerankerTraining}, docs/RETRIEVAL.md).
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
    /**
     * The best first-stage score among the unit and the candidates near it (same article, same
     * kind, at most {@value #NEIGHBOURHOOD} units away), over the best: a passage that answers
     * lifts all its sentences, without one article taking every place.
     */
    NEIGHBOURHOOD_BEST,
    /** 1 when the question asks for a number or a time and the unit offers one. */
    TYPE_MATCH,
    /** 1 when the question asks for a number or a time and the unit offers none. */
    TYPE_MISS
  }

  /** How many units on each side count as the unit's neighbourhood. */
  static final int NEIGHBOURHOOD = 2;

  /** Most inverse document frequencies kept for one index reader before the cache starts over. */
  static final int MAX_CACHED_IDF = 200_000;

  private final UnitQuery query;
  private final Reranking reranking;

  /** The IDFs of one reader's terms, dropped when the searcher moves to a newer reader. */
  private record IdfCache(IndexReader.CacheKey key, Map<String, Double> idf) {}

  private volatile IdfCache idfCache;

  Reranker(UnitQuery query, Reranking reranking) {
    this.query = query;
    this.reranking = reranking;
  }

  /**
   * The question's top {@code k} units: the first stage's top {@link Reranking#depth()} rescored,
   * best first, then (when {@code k} is larger) the first stage's next units in its order, scored
   * no higher than the last rescored one ({@link #rank}).
   */
  public TopDocs search(IndexSearcher searcher, String question, int k) throws IOException {
    return search(searcher, question, k, null);
  }

  /** The same, among the units {@code filter} matches (all when it is {@code null}). */
  public TopDocs search(IndexSearcher searcher, String question, int k, Query filter)
      throws IOException {
    TopDocs first =
        searcher.search(
            UnitSchema.filtered(query.of(question), filter), Math.max(k, reranking.depth()));
    if (first.scoreDocs.length == 0) {
      return first;
    }
    ScoreDoc[] all = first.scoreDocs;
    ScoreDoc[] top = Arrays.copyOf(all, Math.min(reranking.depth(), all.length));
    IndexReader reader = searcher.getIndexReader();
    int n = Math.max(1, reader.numDocs());
    float[] scores = new float[all.length];
    for (int i = 0; i < all.length; i++) {
      scores[i] = all[i].score;
    }
    Ranked ranked =
        rank(
            new Candidates(reader, top),
            (field, term) -> idf(reader, n, field, term),
            question,
            scores,
            k);
    ScoreDoc[] out = new ScoreDoc[ranked.order().length];
    for (int r = 0; r < out.length; r++) {
      ScoreDoc d = all[ranked.order()[r]];
      out[r] = new ScoreDoc(d.doc, ranked.scores()[r], d.shardIndex);
    }
    return new TopDocs(new TotalHits(out.length, TotalHits.Relation.EQUAL_TO), out);
  }

  /** A term's inverse document frequency in one field of the units searched. */
  interface Idf {
    double of(String field, String term) throws IOException;
  }

  /**
   * The final order of first-stage hits: indices into the first stage's list, best first, with
   * their new scores.
   */
  record Ranked(int[] order, float[] scores) {}

  /**
   * Reranks the first stage's hits ({@code first}: their scores, best first), of which {@code top}
   * holds the first {@link Reranking#depth()} or fewer: those are rescored, best first, and the
   * rest follow in first-stage order up to {@code k}, scored no higher than the last rescored one.
   * A sentence scores {@code best first-stage score of the sentences * exp(s - s_top)} for the
   * weighted feature sum {@code s}, so scores stay positive and on the first stage's scale. Quotes
   * keep their first-stage score: the weights were learned on sentences, and the answerer ranks
   * quotes by their speaker (a quote's neighbours and title are all its article's, which let one
   * article take every place). The embedded index and OpenSearch both rank through here.
   */
  Ranked rank(CandidateTerms top, Idf idf, String question, float[] first, int k)
      throws IOException {
    int depth = top.size();
    double[][] features = features(top, idf, question, Arrays.copyOf(first, depth));
    CandidateTerms.Position[] position = top.positions();
    float[] w = reranking.weights();
    double[] s = new double[depth];
    double best = Double.NEGATIVE_INFINITY;
    float topScore = 0;
    for (int i = 0; i < depth; i++) {
      if (!position[i].isSentence()) {
        continue;
      }
      for (int f = 0; f < w.length; f++) {
        s[i] += w[f] * features[i][f];
      }
      best = Math.max(best, s[i]);
      topScore = Math.max(topScore, first[i]);
    }
    float[] score = new float[depth];
    for (int i = 0; i < depth; i++) {
      score[i] = position[i].isSentence() ? (float) (topScore * Math.exp(s[i] - best)) : first[i];
    }
    Integer[] order = new Integer[depth];
    for (int i = 0; i < depth; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -score[i]).thenComparing(i -> i));
    int size = Math.min(k, first.length);
    int[] outOrder = new int[size];
    float[] outScore = new float[size];
    for (int r = 0; r < size; r++) {
      if (r < depth) {
        outOrder[r] = order[r];
        outScore[r] = score[order[r]];
      } else {
        outOrder[r] = r;
        outScore[r] = Math.min(first[r], score[order[depth - 1]]);
      }
    }
    return new Ranked(outOrder, outScore);
  }

  /** The {@link Feature} values of each of {@code docs} (first-stage hits, best first). */
  public double[][] features(IndexSearcher searcher, String question, ScoreDoc[] docs)
      throws IOException {
    IndexReader reader = searcher.getIndexReader();
    int n = Math.max(1, reader.numDocs());
    float[] scores = new float[docs.length];
    for (int i = 0; i < docs.length; i++) {
      scores[i] = docs[i].score;
    }
    return features(
        new Candidates(reader, docs),
        (field, term) -> idf(reader, n, field, term),
        question,
        scores);
  }

  double[][] features(CandidateTerms c, Idf idf, String question, float[] scores)
      throws IOException {
    Map<String, Double> stems = new LinkedHashMap<>();
    for (String stem : query.questionStems(question)) {
      double factor = query.stemFactor(stem);
      if (factor > 0) {
        stems.put(stem, factor * idf.of(UnitFields.TEXT, stem));
      }
    }
    Map<String, Double> roots = new LinkedHashMap<>();
    Map<String, Double> skeletons = new LinkedHashMap<>();
    for (Map.Entry<String, Double> e : stems.entrySet()) {
      String root = ArabicRoot.of(e.getKey());
      double factor = query.stemFactor(e.getKey());
      roots.putIfAbsent(root, factor * idf.of(UnitFields.TEXT_ROOT, root));
      skeletons.merge(ArabicSkeleton.of(e.getKey()), e.getValue(), Math::max);
    }
    Set<AnswerType> asked = AnswerType.asked(question);
    int size = scores.length;
    double[] text = c.coverage(UnitFields.TEXT, stems);
    double[][] out = new double[size][Feature.values().length];
    double[] root = c.coverage(UnitFields.TEXT_ROOT, roots);
    double[] skeleton = c.coverage(UnitFields.TEXT_SKELETON, skeletons);
    double[] title = c.coverage(UnitFields.TITLE, stems);
    boolean[][] near = c.holdsAny(List.of(UnitFields.TEXT, UnitFields.CONTEXT), stems.keySet());
    double[] inContext = new double[size];
    double total = stems.values().stream().mapToDouble(Double::doubleValue).sum();
    int t = 0;
    for (double weight : stems.values()) {
      for (int i = 0; i < size; i++) {
        if (near[t][i]) {
          inContext[i] += weight / total;
        }
      }
      t++;
    }
    boolean[] offers = new boolean[size];
    for (AnswerType type : asked) {
      boolean[] has = c.holds(UnitFields.ANSWER_TYPES, type.name());
      for (int i = 0; i < size; i++) {
        offers[i] |= has[i];
      }
    }
    double best = scores[0];
    CandidateTerms.Position[] position = c.positions();
    double[] neighbourhoodBest = new double[size];
    for (int i = 0; i < size; i++) {
      for (int j = 0; j < size; j++) {
        if (position[i].near(position[j])) {
          neighbourhoodBest[i] = Math.max(neighbourhoodBest[i], scores[j]);
        }
      }
    }
    for (int i = 0; i < size; i++) {
      double[] f = out[i];
      f[Feature.FIRST_STAGE.ordinal()] = scores[i] / best;
      f[Feature.TEXT_COVERAGE.ordinal()] = text[i];
      f[Feature.ROOT_COVERAGE.ordinal()] = root[i];
      f[Feature.SKELETON_COVERAGE.ordinal()] = skeleton[i];
      f[Feature.CONTEXT_COVERAGE.ordinal()] = inContext[i];
      f[Feature.TITLE_COVERAGE.ordinal()] = title[i];
      f[Feature.NEIGHBOURHOOD_BEST.ordinal()] = neighbourhoodBest[i] / best;
      f[Feature.TYPE_MATCH.ordinal()] = !asked.isEmpty() && offers[i] ? 1 : 0;
      f[Feature.TYPE_MISS.ordinal()] = !asked.isEmpty() && !offers[i] ? 1 : 0;
    }
    return out;
  }

  /** The question's terms whose IDF {@link #rank} reads: its stems' and their roots' fields. */
  Map<String, List<String>> idfTerms(String question) {
    List<String> stems = new ArrayList<>();
    List<String> roots = new ArrayList<>();
    for (String stem : query.questionStems(question)) {
      if (query.stemFactor(stem) > 0) {
        stems.add(stem);
        roots.add(ArabicRoot.of(stem));
      }
    }
    return Map.of(UnitFields.TEXT, stems, UnitFields.TEXT_ROOT, roots);
  }

  /** BM25's inverse document frequency. */
  private double idf(IndexReader reader, int docs, String field, String term) throws IOException {
    IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
    if (helper == null) {
      return idf(docs, reader.docFreq(new Term(field, term)));
    }
    IdfCache cache = idfCache;
    if (cache == null || cache.key() != helper.getKey() || cache.idf().size() > MAX_CACHED_IDF) {
      cache = new IdfCache(helper.getKey(), new ConcurrentHashMap<>());
      idfCache = cache;
    }
    String key = field + '\u0000' + term;
    Double known = cache.idf().get(key);
    if (known == null) {
      known = idf(docs, reader.docFreq(new Term(field, term)));
      cache.idf().put(key, known);
    }
    return known;
  }

  /**
   * BM25's inverse document frequency of a term in {@code docFreq} of {@code docs} units: the
   * weight {@link UnitIndex#weigh} gives.
   */
  public static double idf(int docs, int docFreq) {
    return Math.log(1 + (docs - docFreq + 0.5) / (docFreq + 0.5));
  }
}
