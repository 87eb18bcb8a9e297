package org.naba.tools.eval;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.naba.search.Unit;
import org.naba.search.UnitSchema;
import org.naba.text.ArabicNormalizer;
import org.naba.text.SentenceSegmenter;

/**
 * Measures retrieval on a SQuAD-format set, Naba against the baseline, in one run on the same
 * units: every paragraph is split into sentences, all sentences of the set (and, optionally, of a
 * news corpus as distractors) are indexed in memory by each system, every question is asked, and a
 * retrieved unit is a hit when its normalised text contains a normalised answer string ({@link
 * AnswerCheck}). Reports R@1, R@5 and MRR@10 and per-question search time.
 */
public final class SquadEvaluation {

  static final int DEPTH = 10;

  /** Questions asked once, unmeasured, before the measured pass, so timings skip JIT warm-up. */
  static final int WARM_UP_QUESTIONS = 200;

  private final Supplier<EvalIndex> naba;
  private final Supplier<EvalIndex> baseline;
  private final SentenceSegmenter segmenter;

  /**
   * @param naba makes the system under test (a fresh one per run)
   * @param baseline makes the system to compare with
   * @param segmenter splits paragraphs into sentences
   */
  public SquadEvaluation(
      Supplier<RetrievalSystem> naba,
      Supplier<RetrievalSystem> baseline,
      SentenceSegmenter segmenter) {
    this(
        segmenter,
        () -> InMemoryIndex.owning(naba.get()),
        () -> InMemoryIndex.owning(baseline.get()));
  }

  private SquadEvaluation(
      SentenceSegmenter segmenter, Supplier<EvalIndex> naba, Supplier<EvalIndex> baseline) {
    this.naba = naba;
    this.baseline = baseline;
    this.segmenter = segmenter;
  }

  /**
   * Naba's production schema over the OpenSearch cluster at {@code url} (in a throwaway index,
   * deleted after) against the same schema in the embedded index: the two backends compared.
   */
  public static SquadEvaluation openSearchAgainstEmbedded(URI url) {
    return new SquadEvaluation(
        new SentenceSegmenter(),
        () -> new OpenSearchEvalIndex(url, new UnitSchema()),
        () -> InMemoryIndex.owning(RetrievalSystem.naba(new UnitSchema())));
  }

  /** Naba's production schema against the plain-Lucene baseline. */
  public static SquadEvaluation standard() {
    return new SquadEvaluation(
        () -> RetrievalSystem.naba(new UnitSchema()), BaselineSystem::new, new SentenceSegmenter());
  }

  /** Evaluates {@code dataset} with {@link #standard()} systems, with or without distractors. */
  public static EvalReport run(Path dataset, Optional<Path> distractors) {
    SquadEvaluation evaluation = standard();
    return distractors
        .map(d -> evaluation.evaluate(dataset, d))
        .orElseGet(() -> evaluation.evaluate(dataset));
  }

  public EvalReport evaluate(Path dataset) {
    return evaluate(SquadSet.load(dataset, segmenter), null);
  }

  public EvalReport evaluate(Path dataset, Path distractors) {
    return evaluate(SquadSet.load(dataset, segmenter), distractors);
  }

  /** Evaluates an already loaded set; {@code distractors} may be null. */
  public EvalReport evaluate(SquadSet set, Path distractors) {
    long started = System.nanoTime();
    List<String> normalizedTexts = new ArrayList<>(set.units().size());
    try (EvalIndex nabaIndex = naba.get();
        EvalIndex baselineIndex = baseline.get()) {
      long words = 0;
      long maxSeq = 0;
      for (Unit unit : set.units()) {
        int number = normalizedTexts.size();
        normalizedTexts.add(ArabicNormalizer.normalize(unit.text()));
        nabaIndex.add(unit, number);
        baselineIndex.add(unit, number);
        words += wordCount(unit.text());
        maxSeq = Math.max(maxSeq, unit.articleSeq());
      }
      long distractorUnits = 0;
      if (distractors != null) {
        distractorUnits =
            new NewsDistractors(segmenter)
                .stream(
                    distractors,
                    maxSeq + 1,
                    unit -> {
                      int number = normalizedTexts.size();
                      normalizedTexts.add(ArabicNormalizer.normalize(unit.text()));
                      nabaIndex.add(unit, number);
                      baselineIndex.add(unit, number);
                    });
      }
      nabaIndex.open();
      baselineIndex.open();
      SystemResult nabaResult = ask(nabaIndex.name(), nabaIndex, set.questions(), normalizedTexts);
      SystemResult baselineResult =
          ask(baselineIndex.name(), baselineIndex, set.questions(), normalizedTexts);
      double meanWords = set.units().isEmpty() ? 0 : (double) words / set.units().size();
      return new EvalReport(
          set.name(),
          distractors == null ? null : distractors.getFileName().toString(),
          set.questions().size(),
          set.units().size(),
          distractorUnits,
          Math.round(meanWords * 100) / 100.0,
          nabaResult,
          baselineResult,
          Math.round((System.nanoTime() - started) / 1e7) / 100.0);
    }
  }

  private static SystemResult ask(
      String name, EvalIndex index, List<SquadQuestion> questions, List<String> texts) {
    for (int q = 0; q < Math.min(WARM_UP_QUESTIONS, questions.size()); q++) {
      index.search(questions.get(q).text(), DEPTH);
    }
    Metrics.Accumulator metrics = new Metrics.Accumulator();
    long[] nanos = new long[questions.size()];
    for (int q = 0; q < questions.size(); q++) {
      SquadQuestion question = questions.get(q);
      long t0 = System.nanoTime();
      int[] hits = index.search(question.text(), DEPTH);
      nanos[q] = System.nanoTime() - t0;
      List<String> answers = AnswerCheck.normalizedAnswers(question.answers());
      int firstHit = 0;
      for (int rank = 0; rank < hits.length; rank++) {
        if (AnswerCheck.answers(texts.get(hits[rank]), answers)) {
          firstHit = rank + 1;
          break;
        }
      }
      metrics.add(firstHit);
    }
    return new SystemResult(name, metrics.metrics(), Latency.of(nanos));
  }

  static int wordCount(String text) {
    int count = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !inWord) {
        count++;
      }
      inWord = !space;
    }
    return count;
  }
}
