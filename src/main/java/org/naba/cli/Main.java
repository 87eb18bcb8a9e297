package org.naba.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.logging.Level;
import picocli.CommandLine;

/** Entry point: only wires the command line and exits with its code. */
public final class Main {

  /**
   * Lucene reports through java.util.logging that the optional Vector API is off; it speeds up
   * vector search only, which Naba does not use.
   */
  private static final java.util.logging.Logger LUCENE_VECTOR_LOG =
      java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

  private Main() {}

  public static void main(String[] args) {
    LUCENE_VECTOR_LOG.setLevel(Level.SEVERE);
    Path home = Path.of(System.getProperty("naba.home", "."));
    System.exit(commandLine(home, System.getenv()).execute(args));
  }

  /**
   * The command line as production runs it. Errors become one line on stderr and exit code 1 (2 for
   * bad usage or a bad setting).
   */
  static CommandLine commandLine(Path home, Map<String, String> env) {
    CommandLine cli = new CommandLine(new NabaCommand(home, env));
    for (ToolCommands tools : ServiceLoader.load(ToolCommands.class)) {
      tools.commands().forEach(cli::addSubcommand);
    }
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          commandLine.getErr().println("naba: " + oneLine(e));
          return e instanceof org.naba.config.ConfigException ? 2 : 1;
        });
    return cli;
  }

  private static String oneLine(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.replace('\n', ' ');
  }
}
