package org.naba.telegram;

import java.io.Serializable;
import java.util.function.Consumer;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;

/**
 * One Bot API request waiting in the send queue.
 *
 * @param target the chat it goes to, for flood control
 * @param method the request
 * @param onSent called with Telegram's result once it is sent (may do nothing)
 * @param onDropped called when the queue gives the request up (refused, too many failures, or the
 *     chat blocked the bot), so its owner can try again later (may do nothing)
 */
public record Outgoing(
    Target target,
    BotApiMethod<? extends Serializable> method,
    Consumer<Object> onSent,
    Runnable onDropped) {

  public static Outgoing to(Target target, BotApiMethod<? extends Serializable> method) {
    return new Outgoing(target, method, result -> {}, () -> {});
  }

  /**
   * Where a request goes.
   *
   * @param chatId the chat, or {@code null} for requests that belong to no chat (inline and button
   *     answers)
   * @param group whether the chat is a group, supergroup or channel (stricter per-minute limit)
   */
  public record Target(Long chatId, boolean group) {

    public static final Target NONE = new Target(null, false);

    public static Target chat(long chatId, boolean group) {
      return new Target(chatId, group);
    }
  }
}
