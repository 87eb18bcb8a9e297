package org.naba.tools.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.naba.answer.ConfidenceModel;
import org.naba.cli.DataOption;
import org.naba.cli.Naba;
import org.naba.cli.NabaCommand;
import org.naba.config.NabaConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code naba train-confidence}: rebuilds the confidence model from the QA sets and QA files over
 * the whole corpus ({@link ConfidenceTraining}), prints its held-out figures and writes it.
 *
 * <pre>
 * naba train-confidence --data /tmp/naba-train   # reuses the folder's store once it is built
 * </pre>
 */
@Command(
    name = "train-confidence",
    mixinStandardHelpOptions = true,
    description =
        "Learn the confidence model from the QA sets (as is and with the answering article left"
            + " out) over the whole corpus, print held-out figures and write the model.")
public final class TrainConfidenceCommand implements Callable<Integer> {

  private static final Path SHARED = Path.of("../shared/data");
  private static final Path QA = Path.of("src/test/resources/qa");

  @ParentCommand NabaCommand parent;
  @Spec CommandSpec spec;
  @Mixin DataOption data;

  @Option(
      names = "--corpus",
      paramLabel = "FILE",
      description = "News corpora to search (default: ant-all and SaudiNewsNet in ../shared).")
  List<Path> corpora =
      new ArrayList<>(
          List.of(
              SHARED.resolve("news/ant-all.jsonl.gz"),
              SHARED.resolve("news/saudinewsnet.jsonl.gz")));

  @Option(
      names = "--squad",
      paramLabel = "FILE",
      description = "SQuAD-format sets whose paragraphs join the corpus (default: the three).")
  List<Path> squad =
      new ArrayList<>(
          List.of(
              SHARED.resolve("qa/xquad-ar.json"),
              SHARED.resolve("qa/arcd-train.json"),
              SHARED.resolve("qa/mlqa-ar-dev.json")));

  @Option(
      names = "--qa",
      paramLabel = "FILE.tsv",
      description =
          "QA files, each its own set (default: seeds, ant-iraq and the six reader and"
              + " out-of-scope dev files in src/test/resources/qa).")
  List<Path> qaFiles =
      new ArrayList<>(
          List.of(
              QA.resolve("seeds.tsv"),
              QA.resolve("ant-iraq.tsv"),
              QA.resolve("reader-dev.tsv"),
              QA.resolve("out-of-scope-dev.tsv"),
              QA.resolve("reader-dev2.tsv"),
              QA.resolve("out-of-scope-dev2.tsv"),
              QA.resolve("reader-dev3.tsv"),
              QA.resolve("out-of-scope-dev3.tsv"),
              QA.resolve("reader-dev4.tsv"),
              QA.resolve("out-of-scope-dev4.tsv"),
              QA.resolve("reader-dev5.tsv"),
              QA.resolve("out-of-scope-dev5.tsv"),
              QA.resolve("reader-dev6.tsv"),
              QA.resolve("out-of-scope-dev6.tsv")));

  @Option(
      names = "--alone",
      paramLabel = "FILE.tsv",
      description =
          "QA files asked again over the seeds alone, as a first run holds them (default: the seed"
              + " questions).")
  List<Path> alone = new ArrayList<>(List.of(QA.resolve("seeds.tsv")));

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Where the model goes (default: the bundled resource).")
  Path out = Path.of("src/main/resources/org/naba/answer/confidence.json");

  @Option(
      names = "--dump",
      paramLabel = "FILE.tsv",
      description =
          "Also write every example (set, question, condition, rank, path, label, features).")
  Path dump;

  @Option(
      names = "--threshold",
      paramLabel = "P",
      split = ",",
      description = "Thresholds at which held-out precision is reported (default: 0.3,0.5,0.7).")
  double[] thresholds = {0.3, 0.5, 0.7};

  @Override
  public Integer call() throws Exception {
    PrintWriter console = spec.commandLine().getOut();
    List<Path> inputs = new ArrayList<>(corpora);
    inputs.addAll(squad);
    inputs.addAll(qaFiles);
    inputs.addAll(alone);
    for (Path p : inputs) {
      if (!Files.isRegularFile(p)) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(), "file not found: " + p);
      }
    }
    NabaConfig config = parent.config(data);
    Files.createDirectories(config.dataDir());
    Path paragraphs = config.dataDir().resolve("squad-paragraphs.jsonl");
    List<ConfidenceTraining.QuestionSet> sets =
        new ArrayList<>(ConfidenceTraining.writeSquadCorpus(squad, paragraphs));
    qaFiles.forEach(f -> sets.add(ConfidenceTraining.qaFile(f)));
    try (Naba naba = Naba.open(config, ConfidenceModel::untrained)) {
      if (naba.store().articleCount() <= 2) {
        List<Path> all = new ArrayList<>(corpora);
        all.add(paragraphs);
        console.println("ingesting " + all + " into " + config.dataDir());
        console.flush();
        console.println(Naba.ingestor(config, naba.store()).ingest(all).summary());
        naba.index().catchUp(naba.store());
      } else {
        console.println("reusing the store of " + config.dataDir());
      }
      List<ConfidenceTraining.Row> rows = new ArrayList<>();
      for (ConfidenceTraining.QuestionSet set : sets) {
        List<ConfidenceTraining.Row> r = ConfidenceTraining.rows(naba.answerer(), set);
        console.println(
            set.name() + ": " + set.items().size() + " questions, " + r.size() + " examples");
        console.flush();
        rows.addAll(r);
      }
      rows.addAll(aloneRows(config, console));
      if (dump != null) {
        ConfidenceTraining.dump(rows, dump);
      }
      double[] heldOut = ConfidenceTraining.heldOut(rows);
      console.println("held out (each set scored by a model trained on the others):");
      for (Map.Entry<String, String> e :
          ConfidenceTraining.report(rows, heldOut, thresholds).entrySet()) {
        console.println("  " + e.getKey() + ": " + e.getValue());
      }
      LogisticRegression model = ConfidenceTraining.fit(rows);
      Files.createDirectories(out.toAbsolutePath().getParent());
      Files.writeString(
          out,
          new ObjectMapper()
                  .writerWithDefaultPrettyPrinter()
                  .writeValueAsString(
                      ConfidenceTraining.modelJson(
                          model,
                          rows,
                          rows.stream().map(ConfidenceTraining.Row::set).distinct().toList()))
              + "\n");
      console.println("model written to " + out);
      console.flush();
      return 0;
    }
  }

  /**
   * The {@code --alone} questions over a store of the seeds alone (kept in the data folder): a
   * model that saw only a large corpus doubts every answer of a small one (docs/CONFIDENCE.md).
   */
  private List<ConfidenceTraining.Row> aloneRows(NabaConfig config, PrintWriter console) {
    List<ConfidenceTraining.Row> rows = new ArrayList<>();
    if (alone.isEmpty()) {
      return rows;
    }
    try (Naba seedsAlone =
        Naba.open(
            config.withDataDir(config.dataDir().resolve("seeds-alone")),
            ConfidenceModel::untrained)) {
      for (Path f : alone) {
        ConfidenceTraining.QuestionSet set = ConfidenceTraining.alone(ConfidenceTraining.qaFile(f));
        List<ConfidenceTraining.Row> r = ConfidenceTraining.rows(seedsAlone.answerer(), set);
        console.println(
            set.name() + ": " + set.items().size() + " questions, " + r.size() + " examples");
        rows.addAll(r);
      }
    }
    return rows;
  }
}
