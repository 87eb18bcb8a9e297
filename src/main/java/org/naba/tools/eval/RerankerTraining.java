package org.naba.tools.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.naba.search.Reranker;
import org.naba.search.Reranking;
import org.naba.search.SearchTuning;
import org.naba.search.Unit;
import org.naba.search.UnitSchema;
import org.naba.text.ArabicNormalizer;
import org.naba.text.SentenceSegmenter;

/**
 * Learns the {@link Reranking} weights from SQuAD-format sets and shows what they give with no set
 * scored by weights learned on it: for each set, the weights are learned on the other sets (leave
 * one set out) and that set's R@1, R@5 and MRR@10 after reranking are printed beside the first
 * stage's; then the weights learned on all sets are printed, to round into {@link
 * Reranking#DEFAULT}. A developer tool: {@code java -cp target/naba.jar
 * org.naba.tools.eval.RerankerTraining SET.json SET.json... [--distractors FILE] [--without
 * FEATURE,FEATURE...]}; {@code --without} leaves features out of the fit (their values set to 0),
 * to measure what each adds.
 *
 * <p>The model is linear; it is fitted by gradient descent (Adam) on the listwise softmax loss over
 * each question's first-stage units, a unit being relevant when it holds an answer ({@link
 * AnswerCheck}), with features scaled to unit variance and a small L2 penalty. Questions none of
 * whose candidates answer teach nothing and are left out of the fit, not of the figures.
 */
public final class RerankerTraining {

  static final int ITERATIONS = 400;
  static final double LEARNING_RATE = 0.05;
  static final double L2 = 1e-3;

  /** One question's candidates: their features and whether each answers. */
  record Question(double[][] features, boolean[] answers) {}

  private RerankerTraining() {}

  public static void main(String[] args) {
    int depth = Reranking.DEFAULT.depth();
    SentenceSegmenter segmenter = new SentenceSegmenter();
    Path distractors = null;
    List<Reranker.Feature> without = new ArrayList<>();
    List<SquadSet> loaded = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--distractors")) {
        distractors = Path.of(args[++i]);
      } else if (args[i].equals("--without")) {
        for (String name : args[++i].split(",")) {
          try {
            without.add(Reranker.Feature.valueOf(name.strip()));
          } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--without: no feature named " + name, e);
          }
        }
      } else {
        loaded.add(SquadSet.load(Path.of(args[i]), segmenter));
      }
    }
    List<String> names = loaded.stream().map(SquadSet::name).toList();
    // one list of candidates per set, and per set with the distractors when given: the weights are
    // learned on both, so that one default serves the small sets and the large news index alike
    List<List<List<Question>>> conditions = new ArrayList<>();
    conditions.add(candidates(loaded, null, SearchTuning.DEFAULT, depth, segmenter));
    if (distractors != null) {
      conditions.add(candidates(loaded, distractors, SearchTuning.DEFAULT, depth, segmenter));
    }
    for (List<List<Question>> condition : conditions) {
      for (List<Question> set : condition) {
        for (Question q : set) {
          for (double[] x : q.features()) {
            without.forEach(f -> x[f.ordinal()] = 0);
          }
        }
      }
    }
    for (int held = 0; held < loaded.size(); held++) {
      List<Question> train = new ArrayList<>();
      for (List<List<Question>> condition : conditions) {
        for (int o = 0; o < loaded.size(); o++) {
          if (o != held) {
            train.addAll(condition.get(o));
          }
        }
      }
      double[] w = fit(train);
      for (int c = 0; c < conditions.size(); c++) {
        List<Question> test = conditions.get(c).get(held);
        System.out.printf(
            Locale.ROOT,
            "%-18s %-16s first stage %s   reranked (learned on the others) %s   weights %s%n",
            names.get(held),
            c == 0 ? "alone" : "with distractors",
            format(evaluate(test, firstStage())),
            format(evaluate(test, w)),
            format(w));
      }
    }
    List<Question> all = new ArrayList<>();
    for (List<List<Question>> condition : conditions) {
      condition.forEach(all::addAll);
    }
    System.out.println("learned on all sets: " + format(fit(all)));
    System.out.println("features: " + Arrays.toString(Reranker.Feature.values()));
  }

  /**
   * Each question's first-stage top {@code depth} with the reranker's features, per set: each set
   * is indexed on its own (with the distractor corpus when not null), as {@code naba eval} does.
   */
  static List<List<Question>> candidates(
      List<SquadSet> sets,
      Path distractors,
      SearchTuning tuning,
      int depth,
      SentenceSegmenter segmenter) {
    List<List<Question>> out = new ArrayList<>();
    for (SquadSet set : sets) {
      out.add(candidates(set, distractors, tuning, depth, segmenter));
    }
    return out;
  }

  /**
   * The first stage's top {@code depth} for a question: the units' numbers in {@code index}, the
   * reranker's features of each, and the question's answers normalised for {@link AnswerCheck}.
   */
  record FirstStage(
      ScoreDoc[] docs, int[] numbers, double[][] features, List<String> normalizedAnswers) {

    static FirstStage of(UnitSchema schema, InMemoryIndex index, SquadQuestion q, int depth)
        throws IOException {
      TopDocs top = index.searcher().search(schema.query(q.text()), depth);
      ScoreDoc[] docs = top.scoreDocs;
      double[][] features =
          docs.length == 0
              ? new double[0][]
              : schema.reranker().features(index.searcher(), q.text(), docs);
      return new FirstStage(
          docs, index.numbers(top), features, AnswerCheck.normalizedAnswers(q.answers()));
    }
  }

  static List<Question> candidates(
      SquadSet set, Path distractors, SearchTuning tuning, int depth, SentenceSegmenter segmenter) {
    List<String> texts = new ArrayList<>();
    List<Question> questions = new ArrayList<>();
    try (UnitSchema schema = new UnitSchema(tuning, Reranking.NONE);
        RetrievalSystem system = RetrievalSystem.naba(schema);
        InMemoryIndex index = new InMemoryIndex(system)) {
      long next = 0;
      for (Unit unit : set.units()) {
        index.add(unit, texts.size());
        texts.add(ArabicNormalizer.normalize(unit.text()));
        next = Math.max(next, unit.articleSeq() + 1);
      }
      if (distractors != null) {
        new NewsDistractors(segmenter)
            .stream(
                distractors,
                next,
                unit -> {
                  index.add(unit, texts.size());
                  texts.add(ArabicNormalizer.normalize(unit.text()));
                });
      }
      index.open();
      for (SquadQuestion q : set.questions()) {
        FirstStage first = FirstStage.of(schema, index, q, depth);
        int[] numbers = first.numbers();
        boolean[] answering = new boolean[numbers.length];
        for (int i = 0; i < numbers.length; i++) {
          answering[i] = AnswerCheck.answers(texts.get(numbers[i]), first.normalizedAnswers());
        }
        questions.add(new Question(first.features(), answering));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return questions;
  }

  /** Weights that keep the first stage's order (all weight on its score). */
  static double[] firstStage() {
    double[] w = new double[Reranker.Feature.values().length];
    w[Reranker.Feature.FIRST_STAGE.ordinal()] = 1;
    return w;
  }

  /** R@1, R@5 and MRR@10 of {@code questions} ranked by {@code w}. */
  static Metrics evaluate(List<Question> questions, double[] w) {
    Metrics.Accumulator acc = new Metrics.Accumulator();
    for (Question q : questions) {
      int n = q.answers().length;
      double[] s = new double[n];
      for (int i = 0; i < n; i++) {
        s[i] = dot(w, q.features()[i]);
      }
      Integer[] order = new Integer[n];
      for (int i = 0; i < n; i++) {
        order[i] = i;
      }
      Arrays.sort(
          order, (a, b) -> a.equals(b) ? 0 : s[a] != s[b] ? Double.compare(s[b], s[a]) : a - b);
      int first = 0;
      for (int r = 0; r < n; r++) {
        if (q.answers()[order[r]]) {
          first = r + 1;
          break;
        }
      }
      acc.add(first);
    }
    return acc.metrics();
  }

  /** Fits the linear weights (in the features' own scale) on {@code questions}. */
  static double[] fit(List<Question> questions) {
    int f = Reranker.Feature.values().length;
    List<Question> useful = questions.stream().filter(RerankerTraining::teaches).toList();
    double[] mean = new double[f];
    double[] sd = new double[f];
    long rows = 0;
    for (Question q : useful) {
      for (double[] x : q.features()) {
        for (int j = 0; j < f; j++) {
          mean[j] += x[j];
        }
        rows++;
      }
    }
    for (int j = 0; j < f; j++) {
      mean[j] /= Math.max(1, rows);
    }
    for (Question q : useful) {
      for (double[] x : q.features()) {
        for (int j = 0; j < f; j++) {
          sd[j] += (x[j] - mean[j]) * (x[j] - mean[j]);
        }
      }
    }
    for (int j = 0; j < f; j++) {
      sd[j] = Math.sqrt(sd[j] / Math.max(1, rows)) + 1e-9;
    }
    double[] w = new double[f];
    double[] m = new double[f];
    double[] v = new double[f];
    for (int t = 1; t <= ITERATIONS; t++) {
      double[] grad = new double[f];
      for (Question q : useful) {
        int n = q.answers().length;
        double[] z = new double[n];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
          for (int j = 0; j < f; j++) {
            z[i] += w[j] * (q.features()[i][j] - mean[j]) / sd[j];
          }
          max = Math.max(max, z[i]);
        }
        double sum = 0;
        int relevant = 0;
        for (int i = 0; i < n; i++) {
          z[i] = Math.exp(z[i] - max);
          sum += z[i];
          relevant += q.answers()[i] ? 1 : 0;
        }
        for (int i = 0; i < n; i++) {
          double p = z[i] / sum - (q.answers()[i] ? 1.0 / relevant : 0);
          for (int j = 0; j < f; j++) {
            grad[j] += p * (q.features()[i][j] - mean[j]) / sd[j];
          }
        }
      }
      for (int j = 0; j < f; j++) {
        double g = grad[j] / useful.size() + L2 * w[j];
        m[j] = 0.9 * m[j] + 0.1 * g;
        v[j] = 0.999 * v[j] + 0.001 * g * g;
        double mHat = m[j] / (1 - Math.pow(0.9, t));
        double vHat = v[j] / (1 - Math.pow(0.999, t));
        w[j] -= LEARNING_RATE * mHat / (Math.sqrt(vHat) + 1e-8);
      }
    }
    double[] raw = new double[f];
    double scale = 0;
    for (int j = 0; j < f; j++) {
      raw[j] = w[j] / sd[j];
    }
    // in the first stage's units: the weight of FIRST_STAGE becomes 1
    scale = raw[Reranker.Feature.FIRST_STAGE.ordinal()];
    if (scale > 0) {
      for (int j = 0; j < f; j++) {
        raw[j] /= scale;
      }
    }
    return raw;
  }

  private static boolean teaches(Question q) {
    boolean any = false;
    boolean all = true;
    for (boolean a : q.answers()) {
      any |= a;
      all &= a;
    }
    return any && !all;
  }

  private static double dot(double[] w, double[] x) {
    double s = 0;
    for (int j = 0; j < w.length; j++) {
      s += w[j] * x[j];
    }
    return s;
  }

  private static String format(Metrics m) {
    return String.format(Locale.ROOT, "%.3f/%.3f/%.3f", m.recallAt1(), m.recallAt5(), m.mrrAt10());
  }

  private static String format(double[] w) {
    StringBuilder out = new StringBuilder("{");
    for (int j = 0; j < w.length; j++) {
      out.append(j == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.2ff", w[j]));
    }
    return out.append("}").toString();
  }
}
