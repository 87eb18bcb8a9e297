package org.naba.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code naba serve}: the Telegram bot (not built yet). */
@Command(name = "serve", description = "Run the Telegram bot (not built yet).")
final class ServeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin DataOption data;

  @Override
  public Integer call() {
    spec.commandLine()
        .getErr()
        .println("naba serve: the Telegram bot is not built yet; use `naba ask` meanwhile");
    return 1;
  }
}
