package org.naba.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.naba.config.NabaConfig;

/**
 * Runs {@link BotBenchmark} by hand (not a unit test): {@code BotBench DATA_DIR [COUNT] [nocache]}
 * over a data folder (e.g. one holding the seeds and ant-iraq), with the questions of the seeds and
 * ant-iraq QA files.
 */
final class BotBench {

  private BotBench() {}

  public static void main(String[] args) throws Exception {
    Path data = Path.of(args[0]);
    int count = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
    List<String> questions = new ArrayList<>();
    questions.addAll(BotBenchmark.tsvQuestions(Path.of("src/test/resources/qa/seeds.tsv")));
    questions.addAll(BotBenchmark.tsvQuestions(Path.of("src/test/resources/qa/ant-iraq.tsv")));
    NabaConfig config =
        new NabaConfig(
            data,
            Path.of("seeds"),
            Path.of("config/outlets.json"),
            5,
            java.net.URI.create("http://127.0.0.1"),
            Set.of());
    BotBenchmark.Figures figures =
        new BotBenchmark(config)
            .run(questions, count, !(args.length > 2 && args[2].equals("nocache")));
    System.out.println(figures.summary());
    System.exit(0);
  }
}
