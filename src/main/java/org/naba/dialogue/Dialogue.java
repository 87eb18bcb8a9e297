package org.naba.dialogue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.naba.answer.Answerer;
import org.naba.metrics.NabaMetrics;
import org.naba.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Naba's side of a conversation, on any surface: a {@link Request} in, {@link Reply replies} out.
 * It knows commands, answers and buttons; it knows nothing of Telegram or HTTP.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>A question gets answers ({@link Answering}); commands as listed by {@link #menu()} and the
 *       admin commands {@code /stats} and {@code /reindex} (for {@link DialogueSettings#adminIds()}
 *       only); other packages add theirs as a {@link CommandSet}.
 *   <li>An unknown command gets a pointer to {@code /help} in a private chat and silence elsewhere,
 *       as does an admin command from someone else.
 *   <li>A file from an admin in a private chat is ingested; anything else that is not text gets a
 *       hint in a private chat and silence elsewhere.
 *   <li>Buttons: "more" replaces the message with the next page, "source" sends an answer in its
 *       context, "other wordings" sends how the other outlets of an answer's story worded it, a
 *       speaker's button sends their newest statements.
 * </ul>
 */
public final class Dialogue {

  private static final Logger log = LoggerFactory.getLogger(Dialogue.class);

  private static final List<CommandSet.CommandInfo> CORE =
      List.of(
          new CommandSet.CommandInfo("start", "البداية وأمثلة على الأسئلة", true),
          new CommandSet.CommandInfo("help", "كيف تستخدم نبأ", true),
          new CommandSet.CommandInfo("ask", "اطرح سؤالاً عن الأخبار", true),
          new CommandSet.CommandInfo("latest", "أحدث التصريحات", true),
          new CommandSet.CommandInfo("sources", "الوسائل الإعلامية وعدد الأخبار", true),
          new CommandSet.CommandInfo("speaker", "ما قاله متحدث معيّن", true),
          new CommandSet.CommandInfo("stats", "إحصاءات (للمشرفين)", false),
          new CommandSet.CommandInfo("reindex", "إعادة بناء الفهرس (للمشرفين)", false));

  private final Answering answering;
  private final Listings listings;
  private final AdminActions admin;
  private final DialogueSettings settings;
  private final String botName;
  private final Map<String, CommandSet> extra = new LinkedHashMap<>();
  private final List<CommandSet.CommandInfo> menu = new ArrayList<>(CORE);

  /**
   * @param botName the name people mention the bot by on this surface, or {@code null} (the
   *     terminal)
   * @param extra command sets of other packages (the digest's subscriptions)
   * @param metrics counts the questions answered by status, with the time they took
   */
  public Dialogue(
      Answerer answerer,
      Store store,
      QuestionLog questions,
      AdminActions admin,
      DialogueSettings settings,
      Clock clock,
      String botName,
      List<CommandSet> extra,
      NabaMetrics metrics) {
    this.answering =
        new Answering(
            answerer,
            new AnswerCache(settings.answerCacheSize(), store::lastSeq),
            questions,
            new SourceExcerpts(store),
            settings,
            clock,
            metrics);
    this.listings = new Listings(store);
    this.admin = admin;
    this.settings = settings;
    this.botName = botName;
    for (CommandSet set : extra) {
      for (CommandSet.CommandInfo c : set.commands()) {
        this.extra.put(c.name(), set);
        menu.add(c);
      }
    }
  }

  /** Every command, in menu order (admin commands are marked as not in the menu). */
  public List<CommandSet.CommandInfo> menu() {
    return List.copyOf(menu);
  }

  /** Answers {@code request}; the replies go to {@code out} in order, as they are made. */
  public void handle(Request request, Consumer<Reply> out) {
    switch (request) {
      case Request.Question q -> answering.ask(q.chat(), q.userId(), q.text(), out);
      case Request.Command c -> command(c, out);
      case Request.Press p -> press(p, out);
      case Request.Inline i -> answering.cards(i.query(), out);
      case Request.Upload u -> upload(u, out);
      case Request.Unreadable u -> {
        if (u.chat().kind() == ChatKind.PRIVATE) {
          out.accept(Reply.send(Message.line(DialogueTexts.NOT_TEXT)));
        }
      }
    }
  }

  /** The replies to {@code request}, collected (tests, the terminal). */
  public List<Reply> handle(Request request) {
    List<Reply> replies = new ArrayList<>();
    handle(request, replies::add);
    return replies;
  }

  private void command(Request.Command c, Consumer<Reply> out) {
    String argument = c.argument() == null ? "" : c.argument().strip();
    switch (c.name().toLowerCase(Locale.ROOT)) {
      case "start" -> out.accept(Reply.send(DialogueTexts.welcome()));
      case "help" -> out.accept(Reply.send(DialogueTexts.help(botName)));
      case "ask" -> answering.ask(c.chat(), c.userId(), argument, out);
      case "latest" -> listings.latest(out);
      case "sources" -> listings.sources(out);
      case "speaker" -> speaker(argument, out);
      case "stats" -> adminOnly(c, out, () -> out.accept(Reply.send(stats())));
      case "reindex" ->
          adminOnly(
              c,
              out,
              () ->
                  out.accept(
                      Reply.send(
                          Message.line(DialogueTexts.REINDEX_DONE.formatted(admin.reindex())))));
      default -> {
        CommandSet set = extra.get(c.name().toLowerCase(Locale.ROOT));
        if (set != null) {
          set.run(c, out);
        } else if (c.chat().kind() == ChatKind.PRIVATE) {
          out.accept(Reply.send(Message.line(DialogueTexts.UNKNOWN_COMMAND)));
        }
      }
    }
  }

  private void speaker(String name, Consumer<Reply> out) {
    if (name.isBlank()) {
      out.accept(Reply.send(Message.line(DialogueTexts.SPEAKER_WHO)));
    } else if (name.length() > settings.maxQuestionLength()) {
      out.accept(answering.tooLong());
    } else {
      out.accept(Reply.send(listings.speaker(name)));
    }
  }

  private void press(Request.Press p, Consumer<Reply> out) {
    switch (p.callback()) {
      case Callback.More more -> answering.more(more, out);
      case Callback.Source source -> answering.source(source, out);
      case Callback.Wordings wordings -> answering.wordings(wordings, out);
      case Callback.Speaker speaker -> {
        out.accept(new Reply.Toast(null));
        if (speaker.name().length() <= settings.maxQuestionLength()) {
          out.accept(new Reply.Send(listings.speaker(speaker.name()), Keyboard.NONE, false));
        }
      }
    }
  }

  private Message stats() {
    List<Message.Block> blocks = new ArrayList<>();
    blocks.add(new Message.Heading(DialogueTexts.STATS_TITLE));
    admin.stats().forEach(line -> blocks.add(new Message.Line(line)));
    return new Message(blocks);
  }

  private void adminOnly(Request.Command c, Consumer<Reply> out, Runnable action) {
    if (settings.isAdmin(c.userId())) {
      action.run();
    } else if (c.chat().kind() == ChatKind.PRIVATE) {
      out.accept(Reply.send(Message.line(DialogueTexts.ADMIN_ONLY)));
    }
  }

  private void upload(Request.Upload u, Consumer<Reply> out) {
    if (u.chat().kind() != ChatKind.PRIVATE) {
      return;
    }
    if (!settings.isAdmin(u.userId())) {
      out.accept(Reply.send(Message.line(DialogueTexts.NOT_TEXT)));
      return;
    }
    String name = u.fileName() == null ? "" : u.fileName();
    String lower = name.toLowerCase(Locale.ROOT);
    if (!lower.endsWith(".txt") && !lower.endsWith(".jsonl")) {
      out.accept(Reply.send(Message.line(DialogueTexts.INGEST_BAD)));
      return;
    }
    out.accept(Reply.send(Message.line(DialogueTexts.INGEST_START.formatted(name))));
    try {
      Path file = u.file().fetch();
      out.accept(Reply.send(Message.line(admin.ingest(file))));
    } catch (Exception e) {
      log.warn("ingest of a sent file failed: {}", e.toString());
      out.accept(Reply.send(Message.line(DialogueTexts.FAILED)));
    }
  }
}
