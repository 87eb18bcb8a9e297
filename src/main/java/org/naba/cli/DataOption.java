package org.naba.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data DIR} option every command takes. */
public final class DataOption {

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description =
          "Folder of the store and index (default: NABA_DATA, else the config's data, ./data).")
  Path dataDir;

  /** The folder given with {@code --data}, or {@code null}. */
  public Path dataDir() {
    return dataDir;
  }
}
