package org.naba.dialogue;

import java.nio.file.Path;

/** What someone asks of Naba, whatever the surface (Telegram, the terminal). */
public sealed interface Request {

  /** Who asks: a user id, or {@code null} when the surface does not say (a channel post). */
  Long userId();

  /** A question in plain words. */
  record Question(Chat chat, Long userId, Integer messageId, String text) implements Request {}

  /**
   * A command ({@code /name argument}).
   *
   * @param name without the slash or a bot's name, lower case
   */
  record Command(Chat chat, Long userId, Integer messageId, String name, String argument)
      implements Request {}

  /**
   * A button pressed.
   *
   * @param messageId the message that holds the button (it may be replaced by an {@link
   *     Reply.Edit})
   */
  record Press(Chat chat, Long userId, Integer messageId, Callback callback) implements Request {}

  /** A question typed after the bot's name in any chat, answered with cards to pick from. */
  record Inline(Long userId, String query) implements Request {}

  /** A file sent to Naba (admins' articles to ingest). */
  record Upload(Chat chat, Long userId, Integer messageId, String fileName, FileSource file)
      implements Request {}

  /** A message Naba cannot read (a sticker, a photo). */
  record Unreadable(Chat chat, Long userId, Integer messageId) implements Request {}

  /** Fetches an uploaded file into a local file. */
  @FunctionalInterface
  interface FileSource {
    Path fetch() throws Exception;
  }
}
