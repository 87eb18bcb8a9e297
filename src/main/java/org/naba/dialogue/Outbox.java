package org.naba.dialogue;

import java.util.function.Consumer;

/** Messages Naba pushes to a chat on its own, not in answer to a request (the daily digest). */
public interface Outbox {

  /** What became of a pushed message. */
  enum Delivery {
    /** The surface confirmed it. */
    SENT,
    /** It surely did not arrive; it may be pushed again later. */
    NOT_SENT,
    /**
     * It may or may not have arrived (the surface took it, then its answer was lost); pushing it
     * again could show it twice, so it is not pushed again.
     */
    UNCERTAIN,
    /** The chat blocked Naba or removed it: nothing more goes there. */
    BLOCKED
  }

  /** Whether messages can still go to {@code chatId} (false once it blocked Naba). */
  boolean reachable(long chatId);

  /**
   * Queues {@code message} for {@code chatId}; {@code writing} runs each time just before the
   * message is handed to the surface (from then on it may arrive, so a pusher that dies after it
   * cannot know whether it did), and {@code then} hears once what became of it.
   */
  void push(
      long chatId, Message message, Keyboard keyboard, Runnable writing, Consumer<Delivery> then);

  /** Queues {@code message} for {@code chatId}; {@code then} hears once what became of it. */
  default void push(long chatId, Message message, Keyboard keyboard, Consumer<Delivery> then) {
    push(chatId, message, keyboard, () -> {}, then);
  }
}
