package org.naba.tools.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.naba.cli.DataOption;
import org.naba.cli.Naba;
import org.naba.cli.NabaCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code naba eval}: measures Naba's retrieval against the plain-Lucene baseline on SQuAD-format
 * sets, in one run on the same units. Prints one JSON object per set with {@code --json}, a table
 * otherwise. Exit code 2 when a named file is missing, 1 when one cannot be read or parsed.
 *
 * <pre>
 * naba eval --dataset ../shared/data/qa/xquad-ar.json --dataset ../shared/data/qa/arcd-train.json
 * naba eval --dataset ../shared/data/qa/xquad-ar.json --distractors ../shared/data/news/ant-all.jsonl.gz --json
 * </pre>
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description =
        "Measure retrieval (R@1, R@5, MRR@10) on SQuAD-format Arabic QA sets,"
            + " Naba against a plain-Lucene baseline.")
public final class EvalCommand implements Callable<Integer> {

  static final int EXIT_OK = 0;
  static final int EXIT_FAILURE = 1;
  static final int EXIT_USAGE = 2;

  @Spec CommandSpec spec;
  @ParentCommand NabaCommand parent;
  @Mixin DataOption data;

  @Option(
      names = "--dataset",
      paramLabel = "FILE",
      description = "SQuAD-format JSON file (repeatable).")
  List<Path> datasets = new ArrayList<>();

  @Option(
      names = "--qa",
      paramLabel = "FILE.tsv",
      description =
          "QA file (TSV with a header: question, expected spans a|b, kind, articles, speaker): coverage,"
              + " precision, top-1, top-3, declined and wrong speakers over the data folder"
              + " (repeatable).")
  List<Path> qaFiles = new ArrayList<>();

  @Option(
      names = "--distractors",
      paramLabel = "FILE",
      description = "News corpus (JSON lines, .gz allowed) whose sentences are indexed alongside.")
  Path distractors;

  @Option(
      names = "--opensearch",
      paramLabel = "URL",
      description =
          "Compare Naba over the OpenSearch cluster at URL (naba-opensearch plugin installed; a"
              + " throwaway index) with Naba's embedded index, instead of with plain Lucene.")
  java.net.URI openSearch;

  @Option(names = "--json", description = "Print one JSON object per dataset.")
  boolean json;

  @Option(
      names = "--rows",
      paramLabel = "FILE.tsv",
      description =
          "With --qa: write one row per question (file, line, kind, status, first answer's"
              + " confidence, first right, top-3 right, question) to FILE.tsv.")
  Path rowsFile;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (datasets.isEmpty() && qaFiles.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "give --dataset FILE.json or --qa FILE.tsv");
    }
    List<Path> inputs = new ArrayList<>(datasets);
    inputs.addAll(qaFiles);
    if (distractors != null) {
      inputs.add(distractors);
    }
    for (Path file : inputs) {
      if (!Files.isRegularFile(file)) {
        err.println("naba eval: file not found: " + file);
        err.flush();
        return EXIT_USAGE;
      }
    }
    if (rowsFile != null) {
      if (qaFiles.isEmpty()) {
        throw new ParameterException(spec.commandLine(), "--rows needs --qa FILE.tsv");
      }
      Path folder = rowsFile.toAbsolutePath().getParent();
      if (!Files.isDirectory(folder)) {
        // checked before the questions are asked, so that no run is lost to a wrong path
        err.println("naba eval: --rows " + rowsFile + ": folder not found: " + folder);
        err.flush();
        return EXIT_USAGE;
      }
    }
    ObjectMapper mapper = new ObjectMapper();
    if (!qaFiles.isEmpty()) {
      evaluateAnswers(out, mapper);
    }
    SquadEvaluation evaluation =
        openSearch == null
            ? SquadEvaluation.standard()
            : SquadEvaluation.openSearchAgainstEmbedded(openSearch);
    if (!json && !datasets.isEmpty()) {
      out.println(header());
    }
    for (Path dataset : datasets) {
      EvalReport report;
      try {
        report =
            distractors == null
                ? evaluation.evaluate(dataset)
                : evaluation.evaluate(dataset, distractors);
      } catch (UncheckedIOException | IllegalArgumentException e) {
        err.println("naba eval: " + e.getMessage());
        err.flush();
        return EXIT_FAILURE;
      }
      if (json) {
        out.println(mapper.writeValueAsString(report));
      } else {
        out.println(row(report, report.naba()));
        out.println(row(report, report.baseline()));
      }
      out.flush();
    }
    return EXIT_OK;
  }

  /** The answer figures over the data folder, per QA file ({@link QaEvaluation}). */
  private void evaluateAnswers(PrintWriter out, ObjectMapper mapper) throws Exception {
    List<String> rows = new ArrayList<>();
    rows.add("qa_file\tline\tkind\tstatus\tconfidence\tfirst_right\ttop3_right\tquestion");
    try (Naba naba = Naba.open(parent.config(data))) {
      for (Path file : qaFiles) {
        QaEvaluation.Report r = new QaEvaluation(naba.answerer()::ask).run(QaFile.read(file));
        for (QaEvaluation.Row row : r.rows()) {
          rows.add(
              String.join(
                  "\t",
                  file.toString(),
                  Integer.toString(row.question().line()),
                  row.question().outOfScope() ? "out_of_scope" : row.question().kind().label(),
                  row.status().name().toLowerCase(Locale.ROOT),
                  String.format(Locale.ROOT, "%.4f", row.confidence()),
                  Boolean.toString(row.firstRight()),
                  Boolean.toString(row.top3Right()),
                  row.question().question()));
        }
        if (json) {
          ObjectNode node = mapper.createObjectNode();
          node.put("qa_file", file.toString());
          figures(node, r.all());
          ObjectNode kinds = node.putObject("by_kind");
          r.byKind().forEach((k, c) -> figures(kinds.putObject(k.label()), c));
          r.misses().forEach(node.putArray("misses")::add);
          out.println(mapper.writeValueAsString(node));
        } else {
          out.println(file + ": " + r.all().summary());
          r.byKind().forEach((k, c) -> out.println("  " + k.label() + ": " + c.summary()));
          r.misses().forEach(m -> out.println("  miss: " + m));
        }
        out.flush();
      }
    }
    if (rowsFile != null) {
      Files.write(rowsFile, rows, StandardCharsets.UTF_8);
    }
  }

  private static void figures(ObjectNode node, QaEvaluation.Counts c) {
    node.put("in_scope", c.inScope());
    node.put("coverage", round(c.coverage()));
    node.put("precision", round(c.precision()));
    node.put("top1", round(c.top1()));
    node.put("top3", round(c.top3()));
    node.put("out_of_scope", c.outOfScope());
    node.put("declined", round(c.declined()));
    node.put("wrong_speakers", c.wrongSpeakers());
  }

  private static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }

  private static String header() {
    return String.format(
        Locale.ROOT,
        "%-18s %-20s %6s %6s %6s %6s %7s %8s %6s %8s %8s",
        "dataset",
        "system",
        "R@1",
        "R@5",
        "MRR@10",
        "quest",
        "units",
        "distr",
        "words",
        "p50 ms",
        "p99 ms");
  }

  private static String row(EvalReport report, SystemResult result) {
    Metrics m = result.metrics();
    return String.format(
        Locale.ROOT,
        "%-18s %-20s %6.3f %6.3f %6.3f %6d %7d %8d %6.1f %8.2f %8.2f",
        report.dataset(),
        result.system(),
        m.recallAt1(),
        m.recallAt5(),
        m.mrrAt10(),
        report.questions(),
        report.units(),
        report.distractorUnits(),
        report.meanWordsPerUnit(),
        result.latency().medianMillis(),
        result.latency().p99Millis());
  }
}
