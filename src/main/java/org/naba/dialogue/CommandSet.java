package org.naba.dialogue;

import java.util.List;
import java.util.function.Consumer;

/** A group of commands that another package adds to the dialogue (the digest's, say). */
public interface CommandSet {

  /** The commands this set answers, in menu order. */
  List<CommandInfo> commands();

  /** Answers {@code command}, one of {@link #commands()}; replies go to {@code out} in order. */
  void run(Request.Command command, Consumer<Reply> out);

  /**
   * A command's name and what it does.
   *
   * @param name without the slash, lower case
   * @param description for the menu a surface shows
   * @param inMenu whether the menu shows it (admin commands are not shown)
   */
  record CommandInfo(String name, String description, boolean inMenu) {}
}
