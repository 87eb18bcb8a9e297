package org.naba.telegram;

import java.time.Clock;
import java.util.Optional;
import org.naba.dialogue.Callback;
import org.naba.dialogue.Chat;
import org.naba.dialogue.ChatKind;
import org.naba.dialogue.Request;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberUpdated;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Reads a Telegram update as a dialogue {@link Request}, and where its replies go.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>Private chats: any text is a question or a command; a document is an upload; anything else
 *       is unreadable (the dialogue answers it with a hint).
 *   <li>Groups and supergroups: only messages addressed to the bot ({@link Addressing}); replies
 *       quote the asking message and stay in its forum topic.
 *   <li>Channels: a post that mentions the bot.
 *   <li>Button presses with callback data the dialogue does not know are acknowledged and dropped.
 *   <li>The bot's own membership: removed or blocked marks the chat inactive in the ledger, added
 *       marks it active; a user who writes privately again has unblocked the bot.
 * </ul>
 */
final class Updates {

  /** Fetches the document {@code fileId} sent to the bot, when the dialogue asks for it. */
  @FunctionalInterface
  interface Files {
    Request.FileSource of(String fileId, String name);
  }

  /**
   * A request and where its replies go; no request when the update asks nothing of the bot (a
   * button press without one is still acknowledged).
   */
  record Read(Replies.Origin origin, Optional<Request> request) {}

  private final Addressing addressing;
  private final BotLedger ledger;
  private final Clock clock;
  private final Files files;

  /**
   * @param files fetches the documents sent to the bot
   */
  Updates(BotIdentity identity, BotLedger ledger, Clock clock, Files files) {
    this.addressing = new Addressing(identity.username(), identity.id());
    this.ledger = ledger;
    this.clock = clock;
    this.files = files;
  }

  /** The kind of a chat from its Telegram type ("private", "group", "supergroup", "channel"). */
  static ChatKind kindOf(String type) {
    return switch (type == null ? "" : type) {
      case "private" -> ChatKind.PRIVATE;
      case "channel" -> ChatKind.CHANNEL;
      default -> ChatKind.GROUP;
    };
  }

  Read read(Update update) {
    if (update.hasMessage()) {
      return message(update.getMessage());
    }
    if (update.hasChannelPost()) {
      return message(update.getChannelPost());
    }
    if (update.hasCallbackQuery()) {
      return press(update.getCallbackQuery());
    }
    if (update.hasInlineQuery()) {
      Long user =
          update.getInlineQuery().getFrom() == null
              ? null
              : update.getInlineQuery().getFrom().getId();
      return new Read(
          new Replies.Origin(null, false, null, null, null, null, update.getInlineQuery().getId()),
          Optional.of(new Request.Inline(user, update.getInlineQuery().getQuery())));
    }
    if (update.hasMyChatMember()) {
      membership(update.getMyChatMember());
    }
    return nothing();
  }

  private static Read nothing() {
    return new Read(
        new Replies.Origin(null, false, null, null, null, null, null), Optional.empty());
  }

  /**
   * The bot's own membership changed: removed, kicked or blocked makes the chat inactive (nothing
   * is sent there any more); added or unblocked makes it active again.
   */
  private void membership(ChatMemberUpdated change) {
    if (change.getChat() == null || change.getNewChatMember() == null) {
      return;
    }
    String status = change.getNewChatMember().getStatus();
    long chatId = change.getChat().getId();
    if ("left".equals(status) || "kicked".equals(status)) {
      ledger.markInactive(chatId, clock.instant());
    } else if ("member".equals(status) || "administrator".equals(status)) {
      ledger.markActive(chatId, clock.instant());
    }
  }

  private Read message(Message m) {
    if (m.getChat() == null) {
      return nothing();
    }
    ChatKind kind = kindOf(m.getChat().getType());
    long chatId = m.getChat().getId();
    if (kind == ChatKind.PRIVATE) {
      // a user who blocked the bot and writes again has unblocked it
      ledger.markActive(chatId, clock.instant());
    }
    Integer thread = m.isTopicMessage() ? m.getMessageThreadId() : null;
    Chat chat = new Chat(chatId, kind, thread);
    Replies.Origin origin =
        new Replies.Origin(
            chatId,
            kind != ChatKind.PRIVATE,
            thread,
            kind == ChatKind.PRIVATE ? null : m.getMessageId(),
            null,
            null,
            null);
    Long userId = m.getFrom() == null ? null : m.getFrom().getId();
    if (!m.hasText()) {
      if (kind != ChatKind.PRIVATE) {
        return new Read(origin, Optional.empty());
      }
      if (m.hasDocument()) {
        String fileId = m.getDocument().getFileId();
        String name = m.getDocument().getFileName();
        return new Read(
            origin,
            Optional.of(
                new Request.Upload(
                    chat,
                    userId,
                    m.getMessageId(),
                    name,
                    files.of(fileId, name == null ? "" : name))));
      }
      return new Read(origin, Optional.of(new Request.Unreadable(chat, userId, m.getMessageId())));
    }
    Optional<Addressing.Request> addressed = addressing.read(m, kind);
    if (addressed.isEmpty()) {
      return new Read(origin, Optional.empty());
    }
    Addressing.Request r = addressed.get();
    Request request =
        r.command() == null
            ? new Request.Question(chat, userId, m.getMessageId(), r.text())
            : new Request.Command(chat, userId, m.getMessageId(), r.command(), r.text());
    return new Read(origin, Optional.of(request));
  }

  private Read press(CallbackQuery q) {
    MaybeInaccessibleMessage message = q.getMessage();
    Long userId = q.getFrom() == null ? null : q.getFrom().getId();
    Optional<Callback> callback = Callback.parse(q.getData());
    if (message == null || message.getChat() == null || callback.isEmpty()) {
      // a stale or foreign button: only acknowledged
      return new Read(
          new Replies.Origin(null, false, null, null, null, q.getId(), null), Optional.empty());
    }
    ChatKind kind = kindOf(message.getChat().getType());
    Integer thread =
        message instanceof Message m && m.isTopicMessage() ? m.getMessageThreadId() : null;
    Chat chat = new Chat(message.getChatId(), kind, thread);
    return new Read(
        new Replies.Origin(
            message.getChatId(),
            kind != ChatKind.PRIVATE,
            thread,
            null,
            message.getMessageId(),
            q.getId(),
            null),
        Optional.of(new Request.Press(chat, userId, message.getMessageId(), callback.get())));
  }
}
