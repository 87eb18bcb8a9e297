package org.naba.feeds;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.naba.dialogue.CommandSet;
import org.naba.dialogue.Message;
import org.naba.dialogue.Reply;
import org.naba.dialogue.Request;
import org.naba.store.FeedSource;

/**
 * The feeds' admin commands in a conversation: {@code /feeds} lists the sources with their last
 * fetch, status, new items and errors; {@code /addfeed URL} follows a feed. Admins only; anyone
 * else is told so in a private chat and ignored elsewhere.
 */
public final class FeedCommands implements CommandSet {

  private static final List<CommandInfo> COMMANDS =
      List.of(
          new CommandInfo("feeds", "مصادر الأخبار الحية (للمشرفين)", false),
          new CommandInfo("addfeed", "إضافة مصدر أخبار (للمشرفين)", false));

  private final FeedFollower feeds;
  private final Predicate<Long> isAdmin;

  public FeedCommands(FeedFollower feeds, Predicate<Long> isAdmin) {
    this.feeds = feeds;
    this.isAdmin = isAdmin;
  }

  @Override
  public List<CommandInfo> commands() {
    return COMMANDS;
  }

  @Override
  public void run(Request.Command c, Consumer<Reply> out) {
    if (!isAdmin.test(c.userId())) {
      if (c.chat().kind() == org.naba.dialogue.ChatKind.PRIVATE) {
        out.accept(Reply.send(Message.line(FeedTexts.ADMIN_ONLY)));
      }
      return;
    }
    String argument = c.argument() == null ? "" : c.argument().strip();
    switch (c.name()) {
      case "feeds" -> out.accept(Reply.send(listing()));
      case "addfeed" -> out.accept(Reply.send(Message.line(add(argument))));
      default -> throw new IllegalArgumentException("not a feeds command: " + c.name());
    }
  }

  private Message listing() {
    List<FeedSource> all = feeds.list();
    if (all.isEmpty()) {
      return Message.line(FeedTexts.NO_SOURCES);
    }
    List<Message.Block> blocks = new ArrayList<>();
    blocks.add(new Message.Heading(FeedTexts.SOURCES_TITLE + " (" + all.size() + ")"));
    for (FeedSource s : all) {
      blocks.add(new Message.Line(FeedTexts.line(s)));
    }
    return new Message(blocks);
  }

  private String add(String url) {
    if (url.isEmpty()) {
      return FeedTexts.ADD_USAGE;
    }
    try {
      FeedFollower.Added a = feeds.add(url.split("\\s+")[0], null, null);
      return (a.added() ? FeedTexts.ADDED : FeedTexts.ALREADY)
          .formatted(a.source().url(), a.source().every());
    } catch (IllegalArgumentException e) {
      return FeedTexts.REFUSED.formatted(e.getMessage());
    }
  }
}
