package org.naba.telegram;

import java.util.ArrayList;
import java.util.List;
import org.naba.dialogue.Keyboard;
import org.naba.dialogue.Reply;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.AnswerInlineQuery;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;
import org.telegram.telegrambots.meta.api.objects.inlinequery.inputmessagecontent.InputTextMessageContent;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResult;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResultArticle;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/**
 * Turns the dialogue's replies to one update into Bot API requests on the send queue.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>A message becomes as many HTML messages as it needs ({@link TelegramHtml}); the first
 *       quotes the asking message in groups, the last carries the buttons; all go to the update's
 *       forum topic.
 *   <li>An edit replaces the pressed message with the first of them and sends the rest.
 *   <li>A toast answers the button press; cards answer the inline query.
 * </ul>
 */
final class Replies {

  static final LinkPreviewOptions NO_PREVIEW =
      LinkPreviewOptions.builder().isDisabled(true).build();

  private static final int INLINE_CACHE_SECONDS = 60;

  /** Where the requests go: the send queue, or the shared table of replicas. */
  @FunctionalInterface
  interface Sink {
    void enqueue(Outgoing out);
  }

  private final Sink queue;
  private final TelegramHtml html;

  Replies(Sink queue, TelegramHtml html) {
    this.queue = queue;
    this.html = html;
  }

  /**
   * Where the replies to one update go.
   *
   * @param chatId the chat, or {@code null} for an inline query
   * @param group whether the chat is a group, supergroup or channel (stricter flood limits)
   * @param threadId the forum topic, or {@code null}
   * @param replyTo the message a reply quotes (groups), or {@code null}
   * @param pressed the message whose button was pressed, or {@code null}
   * @param callbackId the button press to answer, or {@code null}
   * @param inlineId the inline query to answer, or {@code null}
   */
  record Origin(
      Long chatId,
      boolean group,
      Integer threadId,
      Integer replyTo,
      Integer pressed,
      String callbackId,
      String inlineId) {

    Outgoing.Target target() {
      return chatId == null ? Outgoing.Target.NONE : Outgoing.Target.chat(chatId, group);
    }
  }

  void write(Origin origin, Reply reply) {
    switch (reply) {
      case Reply.Send s -> send(origin, html.render(s.message()), s.keyboard(), s.answersRequest());
      case Reply.Edit e -> edit(origin, e);
      case Reply.Toast t -> {
        if (origin.callbackId() != null) {
          queue.enqueue(
              Outgoing.to(
                  Outgoing.Target.NONE,
                  AnswerCallbackQuery.builder()
                      .callbackQueryId(origin.callbackId())
                      .text(t.text())
                      .build()));
        }
      }
      case Reply.Cards c -> cards(origin, c);
    }
  }

  private void send(Origin origin, List<String> messages, Keyboard keyboard, boolean quote) {
    if (origin.chatId() == null) {
      return;
    }
    for (int i = 0; i < messages.size(); i++) {
      SendMessage.SendMessageBuilder<?, ?> b =
          SendMessage.builder()
              .chatId(origin.chatId())
              .text(messages.get(i))
              .parseMode(ParseMode.HTML)
              .linkPreviewOptions(NO_PREVIEW);
      if (origin.threadId() != null) {
        b.messageThreadId(origin.threadId());
      }
      if (i == 0 && quote && origin.replyTo() != null) {
        b.replyParameters(
            ReplyParameters.builder()
                .messageId(origin.replyTo())
                .allowSendingWithoutReply(true)
                .build());
      }
      if (i == messages.size() - 1) {
        b.replyMarkup(markup(keyboard));
      }
      queue.enqueue(Outgoing.to(origin.target(), b.build()));
    }
  }

  private void edit(Origin origin, Reply.Edit e) {
    List<String> messages = html.render(e.message());
    if (origin.chatId() == null || origin.pressed() == null || messages.isEmpty()) {
      send(origin, messages, e.keyboard(), false);
      return;
    }
    queue.enqueue(
        Outgoing.to(
            origin.target(),
            EditMessageText.builder()
                .chatId(origin.chatId())
                .messageId(origin.pressed())
                .text(messages.get(0))
                .parseMode(ParseMode.HTML)
                .linkPreviewOptions(NO_PREVIEW)
                .replyMarkup(messages.size() == 1 ? markup(e.keyboard()) : null)
                .build()));
    send(origin, messages.subList(1, messages.size()), e.keyboard(), false);
  }

  private void cards(Origin origin, Reply.Cards c) {
    if (origin.inlineId() == null) {
      return;
    }
    List<InlineQueryResult> results = new ArrayList<>();
    for (Reply.Card card : c.cards()) {
      results.add(
          InlineQueryResultArticle.builder()
              .id(card.id())
              .title(card.title())
              .description(card.description())
              .inputMessageContent(
                  InputTextMessageContent.builder()
                      .messageText(html.render(card.message()).get(0))
                      .parseMode(ParseMode.HTML)
                      .linkPreviewOptions(NO_PREVIEW)
                      .build())
              .build());
    }
    queue.enqueue(
        Outgoing.to(
            Outgoing.Target.NONE,
            AnswerInlineQuery.builder()
                .inlineQueryId(origin.inlineId())
                .results(results)
                .cacheTime(INLINE_CACHE_SECONDS)
                .build()));
  }

  /** The keyboard as Telegram's inline keyboard, or {@code null} when it has no buttons. */
  static InlineKeyboardMarkup markup(Keyboard keyboard) {
    if (keyboard == null || keyboard.isEmpty()) {
      return null;
    }
    List<InlineKeyboardRow> rows = new ArrayList<>();
    for (List<Keyboard.Button> row : keyboard.rows()) {
      InlineKeyboardRow r = new InlineKeyboardRow();
      for (Keyboard.Button b : row) {
        r.add(
            InlineKeyboardButton.builder()
                .text(b.label())
                .callbackData(b.callback().data())
                .build());
      }
      rows.add(r);
    }
    return new InlineKeyboardMarkup(rows);
  }
}
