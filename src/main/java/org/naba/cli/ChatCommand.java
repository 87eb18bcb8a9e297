package org.naba.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.Callable;
import org.naba.answer.AnswerPage;
import org.naba.answer.PlainTextRenderer;
import org.naba.text.ArabicNormalizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code naba chat}: the bot's conversation in a terminal, on the same answers and paging, for
 * people without a bot token. One question a line; "المزيد" (or "more") shows the next answers.
 */
@Command(
    name = "chat",
    description = "Ask questions in the terminal, as in a private chat with the bot.")
final class ChatCommand implements Callable<Integer> {

  private static final Set<String> MORE = Set.of(ArabicNormalizer.normalize("المزيد"), "more", "m");
  private static final Set<String> QUIT =
      Set.of("exit", "quit", ArabicNormalizer.normalize("خروج"));

  @ParentCommand NabaCommand parent;
  @Spec CommandSpec spec;
  @Mixin DataOption data;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PlainTextRenderer renderer = new PlainTextRenderer();
    try (Naba naba = Naba.open(parent.config(data))) {
      out.println("نبأ: اسألني عن الأخبار. اكتب «المزيد» لإجابات أخرى، و«خروج» للإنهاء.");
      out.flush();
      BufferedReader in =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      AnswerPage page = null;
      String line;
      while ((line = in.readLine()) != null) {
        String said = ArabicNormalizer.normalize(line.strip());
        if (said.isEmpty()) {
          continue;
        }
        if (QUIT.contains(said)) {
          break;
        }
        if (MORE.contains(said)) {
          if (page == null || !page.hasMore()) {
            out.println("لا توجد إجابات أخرى. اطرح سؤالاً جديداً.");
          } else {
            page = page.next();
            out.print(renderer.render(page, naba.answerer().noAnswer(page.set())));
          }
        } else {
          page = AnswerPage.first(naba.answerer().ask(line.strip()));
          out.print(renderer.render(page, naba.answerer().noAnswer(page.set())));
        }
        out.flush();
      }
      return 0;
    }
  }
}
