package org.naba.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data DIR} option every command takes. */
final class DataOption {

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description =
          "Folder of the store and index (default: NABA_DATA, else the config's data, ./data).")
  Path dataDir;
}
