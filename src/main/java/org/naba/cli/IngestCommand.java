package org.naba.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.naba.config.NabaConfig;
import org.naba.ingest.IngestReport;
import org.naba.store.Store;
import org.naba.stories.Stories;
import org.naba.stories.StoryTuning;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code naba ingest}: stores articles. It writes only the store, so it can run beside {@code naba
 * serve}, which indexes what is new; the next command that opens the index catches up too.
 */
@Command(
    name = "ingest",
    description = "Store articles from seed .txt files, folders, .jsonl and .jsonl.gz files.")
final class IngestCommand implements Callable<Integer> {

  @ParentCommand NabaCommand parent;
  @Spec CommandSpec spec;
  @Mixin DataOption data;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to ingest.")
  List<Path> paths;

  @Override
  public Integer call() throws Exception {
    NabaConfig config = parent.config(data);
    Files.createDirectories(config.dataDir());
    try (Store store = Databases.store(config)) {
      PrintWriter err = spec.commandLine().getErr();
      IngestReport report =
          Naba.ingestor(config, store)
              .ingest(
                  paths,
                  problem -> {
                    err.println(problem);
                    err.flush();
                  });
      int placed = new Stories(store, StoryTuning.defaults()).catchUp();
      PrintWriter out = spec.commandLine().getOut();
      out.println(report.summary());
      out.println("stories: placed " + placed + " articles");
      out.flush();
      return report.hasFailures() ? 1 : 0;
    }
  }
}
