package org.naba.tools.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.naba.search.Paraphrases;
import org.naba.search.Reranker;
import org.naba.search.Reranking;
import org.naba.search.SearchTuning;
import org.naba.search.Unit;
import org.naba.search.UnitSchema;
import org.naba.text.ArabicNormalizer;
import org.naba.text.SentenceSegmenter;

/**
 * What the learned paraphrases ({@link Paraphrases}) give, against today's ranking, in one run:
 * each set is indexed once (alone, then among the distractors), and for each first stage (today's,
 * and the query expanded by the substitutes at each {@code --alpha}) its top {@link
 * Reranking#depth()} are scored by the first stage alone, by {@link Reranking#DEFAULT}, and by
 * weights learned on the other sets ({@link RerankerTraining}'s leave-one-set-out fit) without and
 * with {@link Reranker.Feature#PARAPHRASE_COVERAGE}. A developer tool:
 *
 * <pre>
 * java -Xmx10g -cp target/naba.jar org.naba.tools.eval.ParaphraseEvaluation SET.json... \
 *     [--distractors FILE] [--alpha 0.5,1]
 * </pre>
 */
public final class ParaphraseEvaluation {

  private ParaphraseEvaluation() {}

  public static void main(String[] args) {
    SentenceSegmenter segmenter = new SentenceSegmenter();
    Path distractors = null;
    List<Float> alphas = new ArrayList<>(List.of(0f));
    List<SquadSet> sets = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--distractors")) {
        distractors = Path.of(args[++i]);
      } else if (args[i].equals("--alpha")) {
        for (String a : args[++i].split(",")) {
          alphas.add(Float.parseFloat(a.strip()));
        }
      } else {
        sets.add(SquadSet.load(Path.of(args[i]), segmenter));
      }
    }
    System.out.println(
        "paraphrase table: "
            + Paraphrases.bundled().stems()
            + " stems; "
            + String.join(" | ", Paraphrases.bundled().header()));
    List<Path> conditions = new ArrayList<>();
    conditions.add(null);
    if (distractors != null) {
      conditions.add(distractors);
    }
    // [variant][condition][set]
    List<List<List<List<RerankerTraining.Question>>>> data = new ArrayList<>();
    alphas.forEach(a -> data.add(new ArrayList<>()));
    for (Path condition : conditions) {
      alphas.forEach(a -> data.get(alphas.indexOf(a)).add(new ArrayList<>()));
      for (SquadSet set : sets) {
        long start = System.nanoTime();
        List<List<RerankerTraining.Question>> byVariant =
            candidates(set, condition, alphas, segmenter);
        for (int v = 0; v < alphas.size(); v++) {
          data.get(v).get(data.get(v).size() - 1).add(byVariant.get(v));
        }
        System.out.printf(
            Locale.ROOT,
            "indexed and searched %s %s in %.0f s%n",
            set.name(),
            condition == null ? "alone" : "with distractors",
            (System.nanoTime() - start) / 1e9);
        System.out.flush();
      }
    }
    int paraphrase = Reranker.Feature.PARAPHRASE_COVERAGE.ordinal();
    double[] defaults = new double[Reranker.Feature.values().length];
    float[] dw = Reranking.DEFAULT.weights();
    for (int j = 0; j < dw.length; j++) {
      defaults[j] = dw[j];
    }
    defaults[paraphrase] = 0;
    System.out.println(
        "R@1/R@5/MRR@10. first: first stage alone; default: Reranking.DEFAULT (today's weights);"
            + " loso9 / loso10: weights learned on the other sets (alone and with distractors),"
            + " without / with PARAPHRASE_COVERAGE");
    for (int v = 0; v < alphas.size(); v++) {
      List<List<List<RerankerTraining.Question>>> variant = data.get(v);
      List<List<List<RerankerTraining.Question>>> nine = new ArrayList<>();
      for (List<List<RerankerTraining.Question>> c : variant) {
        List<List<RerankerTraining.Question>> cs = new ArrayList<>();
        c.forEach(s -> cs.add(zeroed(s, paraphrase)));
        nine.add(cs);
      }
      for (int held = 0; held < sets.size(); held++) {
        double[] w9 = RerankerTraining.fit(others(nine, held));
        double[] w10 = RerankerTraining.fit(others(variant, held));
        for (int c = 0; c < conditions.size(); c++) {
          List<RerankerTraining.Question> test = variant.get(c).get(held);
          List<RerankerTraining.Question> test9 = nine.get(c).get(held);
          System.out.printf(
              Locale.ROOT,
              "expand %.2f  %-18s %-16s first %s  default %s  loso9 %s  loso10 %s  w10[para] %.2f%n",
              alphas.get(v),
              sets.get(held).name(),
              c == 0 ? "alone" : "with distractors",
              format(RerankerTraining.evaluate(test9, RerankerTraining.firstStage())),
              format(RerankerTraining.evaluate(test9, defaults)),
              format(RerankerTraining.evaluate(test9, w9)),
              format(RerankerTraining.evaluate(test, w10)),
              w10[paraphrase]);
        }
      }
      List<RerankerTraining.Question> all = new ArrayList<>();
      variant.forEach(c -> c.forEach(all::addAll));
      System.out.printf(
          Locale.ROOT,
          "expand %.2f  learned on all sets, 10 features: %s%n",
          alphas.get(v),
          java.util.Arrays.toString(RerankerTraining.fit(all)));
    }
  }

  private static List<RerankerTraining.Question> others(
      List<List<List<RerankerTraining.Question>>> conditions, int held) {
    List<RerankerTraining.Question> out = new ArrayList<>();
    for (List<List<RerankerTraining.Question>> c : conditions) {
      for (int s = 0; s < c.size(); s++) {
        if (s != held) {
          out.addAll(c.get(s));
        }
      }
    }
    return out;
  }

  private static List<RerankerTraining.Question> zeroed(
      List<RerankerTraining.Question> questions, int feature) {
    List<RerankerTraining.Question> out = new ArrayList<>(questions.size());
    for (RerankerTraining.Question q : questions) {
      double[][] x = new double[q.features().length][];
      for (int i = 0; i < x.length; i++) {
        x[i] = q.features()[i].clone();
        x[i][feature] = 0;
      }
      out.add(new RerankerTraining.Question(x, q.answers()));
    }
    return out;
  }

  /** Per variant (expansion weight), each question's candidates, the set indexed once. */
  private static List<List<RerankerTraining.Question>> candidates(
      SquadSet set, Path distractors, List<Float> alphas, SentenceSegmenter segmenter) {
    int depth = Reranking.DEFAULT.depth();
    List<String> texts = new ArrayList<>();
    List<UnitSchema> schemas = new ArrayList<>();
    for (float a : alphas) {
      schemas.add(new UnitSchema(SearchTuning.DEFAULT, Reranking.NONE, Paraphrases.bundled(), a));
    }
    List<List<RerankerTraining.Question>> out = new ArrayList<>();
    try (RetrievalSystem system = RetrievalSystem.naba(schemas.get(0));
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
      for (UnitSchema schema : schemas) {
        List<RerankerTraining.Question> questions = new ArrayList<>();
        for (SquadQuestion q : set.questions()) {
          RerankerTraining.FirstStage first =
              RerankerTraining.FirstStage.of(schema, index, q, depth);
          int[] numbers = first.numbers();
          boolean[] answering = new boolean[numbers.length];
          for (int i = 0; i < numbers.length; i++) {
            answering[i] = AnswerCheck.answers(texts.get(numbers[i]), first.normalizedAnswers());
          }
          questions.add(new RerankerTraining.Question(first.features(), answering));
        }
        out.add(questions);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      schemas.forEach(UnitSchema::close);
    }
    return out;
  }

  private static String format(Metrics m) {
    return String.format(Locale.ROOT, "%.3f/%.3f/%.3f", m.recallAt1(), m.recallAt5(), m.mrrAt10());
  }
}
