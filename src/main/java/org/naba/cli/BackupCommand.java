package org.naba.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.naba.ops.Backup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code naba backup DIR}: copies the store and the bot's file while Naba runs (SQLite's {@code
 * VACUUM INTO}); the index is not copied, it is rebuilt from the store.
 */
@Command(
    name = "backup",
    description =
        "Copy the store (naba.db) and the bot's ledger (telegram.db) into a new folder, while the"
            + " bot runs. The index is rebuilt from the store on restore.")
final class BackupCommand implements Callable<Integer> {

  @ParentCommand NabaCommand parent;
  @Spec CommandSpec spec;
  @Mixin DataOption data;

  @Parameters(paramLabel = "DIR", description = "A new or empty folder for the backup.")
  Path folder;

  @Override
  public Integer call() {
    long start = System.nanoTime();
    Backup.Manifest m = Backup.take(parent.config(data).dataDir(), folder, Instant.now());
    spec.commandLine()
        .getOut()
        .printf(
            "backed up %s (%d articles, last seq %d) into %s in %.1f s%n",
            String.join(" and ", m.files()),
            m.articles(),
            m.lastSeq(),
            folder,
            (System.nanoTime() - start) / 1e9);
    spec.commandLine().getOut().flush();
    return 0;
  }
}
