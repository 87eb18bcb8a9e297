package org.naba.telegram;

import java.io.Serializable;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;

/**
 * One Bot API request waiting in the send queue.
 *
 * @param target the chat it goes to, for flood control
 * @param method the request
 * @param listener hears what becomes of it
 */
public record Outgoing(
    Target target, BotApiMethod<? extends Serializable> method, Listener listener) {

  public static Outgoing to(Target target, BotApiMethod<? extends Serializable> method) {
    return new Outgoing(target, method, Listener.NONE);
  }

  /**
   * What becomes of one request. {@link #writing} may be heard before each try; exactly one of the
   * others ends it.
   */
  public interface Listener {

    /** Hears nothing. */
    Listener NONE = new Listener() {};

    /** The request is about to be written: from now on it may reach Telegram. */
    default void writing() {}

    /** Telegram confirmed it, with {@code result}. */
    default void sent(Object result) {}

    /** It may or may not have reached Telegram; it will not be sent again. */
    default void uncertain() {}

    /**
     * The queue gave it up and it surely did not arrive: refused, tries spent, or the chat blocked
     * the bot. Its owner may try again later.
     */
    default void dropped() {}
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
