package org.naba.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.naba.search.SearchTuning;
import org.naba.search.UnitSchema;
import org.naba.text.SentenceSegmenter;

/**
 * Measures what each part of Naba's ranking gives: runs the evaluation once per named {@link
 * SearchTuning} on each set and prints one row per tuning and set. A developer tool: {@code java
 * -cp ... org.naba.eval.Ablation SET.json...}.
 */
public final class Ablation {

  private Ablation() {}

  /**
   * The tunings measured: each of the first adds one part to the one before it, ending at {@link
   * SearchTuning#DEFAULT}; the last few vary the default.
   */
  public static Map<String, SearchTuning> steps() {
    SearchTuning d = SearchTuning.DEFAULT;
    SearchTuning t = SearchTuning.TEXT_ONLY;
    Map<String, SearchTuning> steps = new LinkedHashMap<>();
    steps.put("naba analysis, text only", t);
    t = t.withBm25(d.k1(), d.b(), d.contextK1(), d.contextB());
    steps.put("+ BM25 k1/b for short units", t);
    t = t.withExact(d.exact());
    steps.put("+ exact field", t);
    t = t.withSkeleton(d.skeleton());
    steps.put("+ skeleton field", t);
    t = t.withNgram(d.ngram());
    steps.put("+ character n-gram field", t);
    t = t.withContext(d.context());
    steps.put("+ paragraph field", t);
    t = t.withTitle(d.title());
    steps.put("+ title field", t);
    t = t.withAnswerType(d.answerType());
    steps.put("+ answer type (= default)", t);
    steps.put("default + proximity 0.3/slop 2", d.withProximity(0.3f, 2));
    steps.put("default, paragraph weight 1.0", d.withContext(1.0f));
    steps.put("default, Lucene BM25 k1/b", d.withBm25(1.2f, 0.75f, 1.2f, 0.75f));
    return steps;
  }

  public static void main(String[] args) {
    Map<String, SearchTuning> steps = steps();
    List<String> rows = new ArrayList<>();
    rows.add(
        String.format(
            Locale.ROOT,
            "%-32s %-18s %6s %6s %6s %7s",
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
      for (Map.Entry<String, SearchTuning> step : steps.entrySet()) {
        SquadEvaluation evaluation =
            new SquadEvaluation(
                () -> RetrievalSystem.naba(new UnitSchema(step.getValue())),
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
        "%-32s %-18s %6.3f %6.3f %6.3f %7.2f",
        step,
        set,
        m.recallAt1(),
        m.recallAt5(),
        m.mrrAt10(),
        r.latency().medianMillis());
  }
}
