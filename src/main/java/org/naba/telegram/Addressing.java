package org.naba.telegram;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.naba.dialogue.ChatKind;
import org.telegram.telegrambots.meta.api.objects.MessageEntity;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Decides whether a message is meant for the bot, and what it asks.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>A command ({@code /name} or {@code /name@bot}) is for the bot unless it names another bot.
 *   <li>In a private chat any other text is a question.
 *   <li>In a group or supergroup, text is for the bot when it mentions the bot ({@code @bot}, or a
 *       text mention of the bot's user) or replies to one of the bot's messages; the mention is
 *       removed from the question.
 *   <li>In a channel, only a post that mentions the bot (or a command naming it) is for the bot.
 * </ul>
 */
final class Addressing {

  private static final char COMMAND_START = '/';
  private static final char MENTION_START = '@';

  private final String username;
  private final long botId;

  Addressing(String username, long botId) {
    this.username = username.toLowerCase(Locale.ROOT);
    this.botId = botId;
  }

  /**
   * What the message asks of the bot.
   *
   * @param command the command without slash or bot name, lower case, or {@code null} for a
   *     question
   * @param text the command's argument, or the question
   */
  record Request(String command, String text) {}

  /** The request the message makes of the bot, or empty when it is not meant for the bot. */
  Optional<Request> read(Message m, ChatKind kind) {
    String text = m.getText();
    if (text == null) {
      return Optional.empty();
    }
    String trimmed = text.strip();
    if (!trimmed.isEmpty() && trimmed.charAt(0) == COMMAND_START) {
      int space = indexOfSpace(trimmed);
      String head = trimmed.substring(1, space);
      String argument = trimmed.substring(space).strip();
      int at = head.indexOf(MENTION_START);
      if (at >= 0) {
        if (!head.substring(at + 1).equalsIgnoreCase(username)) {
          return Optional.empty();
        }
        head = head.substring(0, at);
      } else if (kind == ChatKind.CHANNEL) {
        return Optional.empty();
      }
      if (head.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(new Request(head.toLowerCase(Locale.ROOT), argument));
    }
    if (kind == ChatKind.PRIVATE) {
      return Optional.of(new Request(null, trimmed));
    }
    String withoutMention = withoutMentions(text, m);
    if (withoutMention != null) {
      return Optional.of(new Request(null, withoutMention.strip()));
    }
    if (kind != ChatKind.CHANNEL && repliesToBot(m)) {
      return Optional.of(new Request(null, trimmed));
    }
    return Optional.empty();
  }

  /** The text with the bot's mentions cut out, or {@code null} when it does not mention the bot. */
  private String withoutMentions(String text, Message m) {
    List<MessageEntity> entities = m.getEntities() == null ? List.of() : m.getEntities();
    StringBuilder out = new StringBuilder(text);
    boolean found = false;
    // cut from the end so that earlier offsets stay valid
    for (int i = entities.size() - 1; i >= 0; i--) {
      MessageEntity e = entities.get(i);
      if (e.getOffset() == null || e.getLength() == null) {
        continue;
      }
      int from = e.getOffset();
      int to = from + e.getLength();
      if (to > text.length()) {
        continue;
      }
      boolean mention =
          "mention".equals(e.getType())
              && text.substring(from, to).equalsIgnoreCase(MENTION_START + username);
      boolean textMention =
          "text_mention".equals(e.getType()) && e.getUser() != null && e.getUser().getId() == botId;
      if (mention || textMention) {
        out.replace(from, to, " ");
        found = true;
      }
    }
    if (!found && text.toLowerCase(Locale.ROOT).contains(MENTION_START + username)) {
      // no entities sent (some clients, channel posts): a plain-text mention still counts
      int start = text.toLowerCase(Locale.ROOT).indexOf(MENTION_START + username);
      out = new StringBuilder(text);
      out.replace(start, start + username.length() + 1, " ");
      found = true;
    }
    return found ? out.toString().replaceAll("\\s+", " ") : null;
  }

  private boolean repliesToBot(Message m) {
    Message replied = m.getReplyToMessage();
    return replied != null
        && !replied.hasForumTopicCreated()
        && replied.getFrom() != null
        && replied.getFrom().getId() != null
        && replied.getFrom().getId() == botId;
  }

  private static int indexOfSpace(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isWhitespace(s.charAt(i))) {
        return i;
      }
    }
    return s.length();
  }
}
