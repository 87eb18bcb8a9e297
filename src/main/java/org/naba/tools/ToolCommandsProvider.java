package org.naba.tools;

import java.util.List;
import org.naba.cli.ToolCommands;
import org.naba.tools.bench.BenchCommand;
import org.naba.tools.eval.EvalCommand;
import org.naba.tools.eval.TrainConfidenceCommand;
import org.naba.tools.paraphrase.TrainParaphrasesCommand;
import org.naba.tools.stories.TrainStoriesCommand;

/**
 * Adds {@code naba eval}, {@code naba bench}, {@code naba train-confidence}, {@code naba
 * train-stories} and {@code naba train-paraphrases} to the command line (a service provider).
 */
public final class ToolCommandsProvider implements ToolCommands {

  @Override
  public List<Object> commands() {
    return List.of(
        new EvalCommand(),
        new BenchCommand(),
        new TrainConfidenceCommand(),
        new TrainStoriesCommand(),
        new TrainParaphrasesCommand());
  }
}
