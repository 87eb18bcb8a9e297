package org.naba.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.naba.config.NabaConfig;
import org.naba.ops.Backup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code naba restore DIR}: puts a backup's files into a data folder that has none, then builds the
 * index from the restored store.
 */
@Command(
    name = "restore",
    description =
        "Restore a backup made by `naba backup` into the data folder (which must hold no store)"
            + " and build the index from it.")
final class RestoreCommand implements Callable<Integer> {

  @ParentCommand NabaCommand parent;
  @Spec CommandSpec spec;
  @Mixin DataOption data;

  @Parameters(paramLabel = "DIR", description = "The backup's folder.")
  Path folder;

  @Override
  public Integer call() {
    NabaConfig config = parent.config(data);
    long start = System.nanoTime();
    Backup.Manifest m = Backup.restore(folder, config.dataDir());
    try (Naba naba = Naba.open(config)) { // indexes the restored store from scratch
      spec.commandLine()
          .getOut()
          .printf(
              "restored %s (%d articles, taken %s) into %s; index rebuilt: %d units, in %.1f s%n",
              String.join(" and ", m.files()),
              naba.store().articleCount(),
              m.takenAt(),
              config.dataDir(),
              naba.index().unitCount(),
              (System.nanoTime() - start) / 1e9);
    }
    spec.commandLine().getOut().flush();
    return 0;
  }
}
