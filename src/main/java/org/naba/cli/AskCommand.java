package org.naba.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.naba.answer.AnswerSet;
import org.naba.dialogue.AnswerMessages;
import org.naba.dialogue.AnswerPage;
import org.naba.dialogue.PlainText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code naba ask}: answers one question, or one a line from standard input. */
@Command(name = "ask", description = "Answer a question (or one a line with --stdin).")
final class AskCommand implements Callable<Integer> {

  @ParentCommand NabaCommand parent;
  @Spec CommandSpec spec;
  @Mixin DataOption data;

  @Option(names = "--json", description = "Print one JSON object per question.")
  boolean json;

  @Option(names = "--stdin", description = "Read one question a line from standard input.")
  boolean stdin;

  @Parameters(arity = "0..*", paramLabel = "QUESTION", description = "The question.")
  String[] words;

  private final ObjectMapper mapper = new ObjectMapper();
  private final AnswerJson answerJson = new AnswerJson(mapper);

  @Override
  public Integer call() throws IOException {
    if (stdin == (words != null && words.length > 0)) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "give either a QUESTION or --stdin");
    }
    PrintWriter out = spec.commandLine().getOut();
    try (Naba naba = Naba.open(parent.config(data))) {
      if (!stdin) {
        answer(naba, String.join(" ", words), out);
        return 0;
      }
      BufferedReader in =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      String line;
      while ((line = in.readLine()) != null) {
        if (!line.isBlank()) {
          answer(naba, line.strip(), out);
        }
      }
      return 0;
    }
  }

  private void answer(Naba naba, String question, PrintWriter out) throws IOException {
    AnswerSet set = naba.answerer().ask(question);
    if (json) {
      out.println(mapper.writeValueAsString(answerJson.toJson(set)));
    } else {
      if (stdin) {
        out.println("؟ " + set.question());
      }
      int all = Math.max(1, set.answers().size());
      out.print(
          PlainText.render(
              AnswerMessages.page(new AnswerPage(set, 0, all), naba.answerer().noAnswer(set))));
    }
    out.flush();
  }
}
