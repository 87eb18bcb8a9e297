package org.naba.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.naba.config.ConfigLoader;
import org.naba.config.NabaConfig;
import picocli.CommandLine.Command;

/** The top command; resolves the configuration its subcommands share. */
@Command(
    name = "naba",
    mixinStandardHelpOptions = true,
    version = "naba 0.1.0",
    description = "Answers Arabic questions about news with verbatim, attributed quotes.",
    subcommands = {
      AskCommand.class,
      IngestCommand.class,
      ReindexCommand.class,
      QuotesCommand.class,
      ChatCommand.class,
      ServeCommand.class,
      DigestCommand.class,
      StatusCommand.class,
      BackupCommand.class,
      RestoreCommand.class,
      StoriesCommand.class,
      FeedsCommand.class
    })
public final class NabaCommand implements Runnable {

  private final Path home;
  private final Map<String, String> env;

  NabaCommand(Path home, Map<String, String> env) {
    this.home = home;
    this.env = env;
  }

  /** The configuration, with {@code --data} (when given) over everything else. */
  public NabaConfig config(DataOption data) {
    Path file =
        env.containsKey("NABA_CONFIG")
            ? Path.of(env.get("NABA_CONFIG"))
            : home.resolve("config/naba.properties");
    if (!Files.isRegularFile(file)) {
      throw new org.naba.config.ConfigException(
          "config file " + file + " not found (set NABA_CONFIG or run from Naba's folder)");
    }
    NabaConfig config = new ConfigLoader(home, env).load(file);
    return data.dataDir == null ? config : config.withDataDir(data.dataDir);
  }

  public Path home() {
    return home;
  }

  /** The environment the command line was started with. */
  public Map<String, String> env() {
    return env;
  }

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(
        new picocli.CommandLine(this), "a command is required (see naba --help)");
  }
}
