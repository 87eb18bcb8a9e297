package org.naba.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.naba.dialogue.Callback;
import org.naba.dialogue.Chat;
import org.naba.dialogue.Dialogue;
import org.naba.dialogue.DialogueSettings;
import org.naba.dialogue.Keyboard;
import org.naba.dialogue.MemoryQuestionLog;
import org.naba.dialogue.PlainText;
import org.naba.dialogue.Reply;
import org.naba.dialogue.Request;
import org.naba.digest.Subscriptions;
import org.naba.metrics.NabaMetrics;
import org.naba.text.ArabicNormalizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code naba chat}: the bot's conversation in a terminal, for people without a bot token. The same
 * dialogue as the bot: every command works (/start, /help, /latest, /speaker, /subscribe …), as the
 * operator you are an admin (/stats, /reindex, and {@code < FILE} sends a file to ingest), and
 * buttons are pressed by their number, or «المزيد» for the next page.
 */
@Command(
    name = "chat",
    description = "Talk to Naba in the terminal, as in a private chat with the bot.")
final class ChatCommand implements Callable<Integer> {

  private static final Set<String> MORE = Set.of(ArabicNormalizer.normalize("المزيد"), "more", "m");
  private static final Set<String> QUIT =
      Set.of("exit", "quit", ArabicNormalizer.normalize("خروج"));
  private static final String SEND_FILE = "<";

  @ParentCommand NabaCommand parent;
  @Spec CommandSpec spec;
  @Mixin DataOption data;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    var config = parent.config(data);
    try (Naba naba = Naba.open(config);
        Subscriptions subscriptions = Databases.subscriptions(config)) {
      Dialogue dialogue =
          naba.dialogue(
              new MemoryQuestionLog(),
              subscriptions,
              (chat, user) -> true,
              DialogueSettings.terminal(),
              Clock.systemUTC(),
              null,
              List::of,
              NabaMetrics.inMemory());
      new Session(dialogue, out)
          .run(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
      return 0;
    }
  }

  /** One terminal conversation: lines in, the dialogue's replies printed, buttons remembered. */
  static final class Session {

    private static final Chat CHAT = Chat.terminal();
    private static final Long USER = Chat.TERMINAL_ID;

    private final Dialogue dialogue;
    private final PrintWriter out;
    private Keyboard buttons = Keyboard.NONE;

    Session(Dialogue dialogue, PrintWriter out) {
      this.dialogue = dialogue;
      this.out = out;
    }

    void run(BufferedReader in) throws IOException {
      out.println("نبأ: اسألني عن الأخبار. اكتب /help لما أستطيع فعله، و«خروج» للإنهاء.");
      out.flush();
      String line;
      while ((line = in.readLine()) != null) {
        String said = line.strip();
        if (said.isEmpty()) {
          continue;
        }
        if (QUIT.contains(ArabicNormalizer.normalize(said))) {
          break;
        }
        request(said).ifPresent(r -> dialogue.handle(r, this::print));
        out.flush();
      }
    }

    /** What a line asks: a button, a command, a file, or a question. */
    Optional<Request> request(String said) {
      List<Keyboard.Button> pressable = buttons.buttons();
      if (MORE.contains(ArabicNormalizer.normalize(said))) {
        Optional<Callback> more =
            pressable.stream()
                .map(Keyboard.Button::callback)
                .filter(c -> c instanceof Callback.More)
                .findFirst();
        if (more.isEmpty()) {
          out.println("لا توجد إجابات أخرى. اطرح سؤالاً جديداً.");
          return Optional.empty();
        }
        return Optional.of(new Request.Press(CHAT, USER, null, more.get()));
      }
      if (said.matches("\\d{1,2}") && !pressable.isEmpty()) {
        int n = Integer.parseInt(said);
        if (n >= 1 && n <= pressable.size()) {
          return Optional.of(new Request.Press(CHAT, USER, null, pressable.get(n - 1).callback()));
        }
      }
      if (said.startsWith("/")) {
        String[] parts = said.substring(1).split("\\s+", 2);
        return Optional.of(
            new Request.Command(CHAT, USER, null, parts[0], parts.length > 1 ? parts[1] : ""));
      }
      if (said.startsWith(SEND_FILE)) {
        Path file = Path.of(said.substring(SEND_FILE.length()).strip());
        if (!Files.isRegularFile(file)) {
          out.println("لا يوجد ملف: " + file);
          return Optional.empty();
        }
        return Optional.of(
            new Request.Upload(CHAT, USER, null, file.getFileName().toString(), () -> file));
      }
      return Optional.of(new Request.Question(CHAT, USER, null, said));
    }

    private void print(Reply reply) {
      switch (reply) {
        case Reply.Send s -> show(PlainText.render(s.message()), s.keyboard());
        case Reply.Edit e -> show(PlainText.render(e.message()), e.keyboard());
        case Reply.Toast t -> {
          if (t.text() != null) {
            out.println("(" + t.text() + ")");
          }
        }
        case Reply.Cards c -> {} // inline cards belong to Telegram's inline mode
      }
    }

    private void show(String text, Keyboard keyboard) {
      out.print(text);
      if (!keyboard.isEmpty()) {
        out.print(PlainText.render(keyboard));
        buttons = keyboard;
      }
      out.flush();
    }
  }
}
