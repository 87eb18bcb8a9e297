package org.naba.tools.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.naba.search.Reranking;
import org.naba.search.SearchTuning;
import org.naba.search.UnitSchema;
import org.naba.text.SentenceSegmenter;

/**
 * Measures what each part of Naba's ranking gives: runs the evaluation once per named {@link
 * SearchTuning} on each set and prints one row per tuning and set. A developer tool: {@code java
 * -cp ... org.naba.tools.eval.Ablation SET.json...}.
 */
public final class Ablation {

  private Ablation() {}

  /** One configuration measured: a first stage and a second stage. */
  public record Step(SearchTuning tuning, Reranking reranking) {}

  /**
   * The configurations measured: each of the first adds one part to the one before it, ending at
   * the default ({@link SearchTuning#DEFAULT} with {@link Reranking#DEFAULT}); the last few vary
   * the default.
   */
  public static Map<String, Step> steps() {
    SearchTuning d = SearchTuning.DEFAULT;
    SearchTuning t = SearchTuning.TEXT_ONLY;
    Reranking none = Reranking.NONE;
    Map<String, Step> steps = new LinkedHashMap<>();
    steps.put("naba analysis, text only", new Step(t, none));
    t = t.withBm25(d.k1(), d.b(), d.contextK1(), d.contextB());
    steps.put("+ BM25 k1/b for short units", new Step(t, none));
    t = t.withExact(d.exact());
    steps.put("+ exact field", new Step(t, none));
    t = t.withSkeleton(d.skeleton());
    steps.put("+ skeleton field", new Step(t, none));
    t = t.withNgram(d.ngram());
    steps.put("+ character n-gram field", new Step(t, none));
    t = t.withContext(d.context());
    steps.put("+ paragraph field", new Step(t, none));
    t = t.withTitle(d.title());
    steps.put("+ title field", new Step(t, none));
    t = t.withAnswerType(d.answerType());
    steps.put("+ answer type", new Step(t, none));
    t = t.withRoot(d.root());
    steps.put("+ root field", new Step(t, none));
    t = t.withFrame(d.frame());
    steps.put("+ question frame words weighed less", new Step(t, none));
    steps.put("+ reranker (= default)", new Step(t, Reranking.DEFAULT));
    steps.put("default, frame words at full weight", new Step(d.withFrame(1f), Reranking.DEFAULT));
    steps.put(
        "default + proximity 0.3/slop 2", new Step(d.withProximity(0.3f, 2), Reranking.DEFAULT));
    steps.put("default, paragraph weight 1.0", new Step(d.withContext(1.0f), Reranking.DEFAULT));
    steps.put(
        "default, Lucene BM25 k1/b",
        new Step(d.withBm25(1.2f, 0.75f, 1.2f, 0.75f), Reranking.DEFAULT));
    return steps;
  }

  public static void main(String[] args) {
    Map<String, Step> steps = steps();
    List<String> rows = new ArrayList<>();
    rows.add(
        String.format(
            Locale.ROOT,
            "%-38s %-18s %6s %6s %6s %7s",
            "step",
            "set",
            "R@1",
            "R@5",
            "MRR10",
            "p50ms"));
    SentenceSegmenter segmenter = new SentenceSegmenter();
    for (String arg : args) {
      SquadSet set = SquadSet.load(Path.of(arg), segmenter);
      boolean first = true;
      for (Map.Entry<String, Step> step : steps.entrySet()) {
        SquadEvaluation evaluation =
            new SquadEvaluation(
                () ->
                    RetrievalSystem.naba(
                        new UnitSchema(step.getValue().tuning(), step.getValue().reranking())),
                BaselineSystem::new,
                segmenter);
        EvalReport report = evaluation.evaluate(set, null);
        if (first) {
          rows.add(row("baseline", set.name(), report.baseline()));
          first = false;
        }
        rows.add(row(step.getKey(), set.name(), report.naba()));
        System.err.println(rows.get(rows.size() - 1));
      }
    }
    rows.forEach(System.out::println);
  }

  private static String row(String step, String set, SystemResult r) {
    Metrics m = r.metrics();
    return String.format(
        Locale.ROOT,
        "%-38s %-18s %6.3f %6.3f %6.3f %7.2f",
        step,
        set,
        m.recallAt1(),
        m.recallAt5(),
        m.mrrAt10(),
        r.latency().medianMillis());
  }
}
