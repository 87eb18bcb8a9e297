package org.naba.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code naba reindex}: rebuilds the Lucene index from the store. */
@Command(name = "reindex", description = "Rebuild the search index from the store.")
final class ReindexCommand implements Callable<Integer> {

  @ParentCommand NabaCommand parent;
  @Spec CommandSpec spec;
  @Mixin DataOption data;

  @Override
  public Integer call() {
    try (Naba naba = Naba.open(parent.config(data))) {
      long start = System.nanoTime();
      int articles = naba.index().rebuild(naba.store());
      spec.commandLine()
          .getOut()
          .printf(
              "reindexed %d articles, %d units, in %.1f s%n",
              articles, naba.index().unitCount(), (System.nanoTime() - start) / 1e9);
      return 0;
    }
  }
}
