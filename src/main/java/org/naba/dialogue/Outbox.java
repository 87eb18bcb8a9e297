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
    /** The chat blocked Naba or removed it: nothing more goes there. */
    BLOCKED
  }

  /** Whether messages can still go to {@code chatId} (false once it blocked Naba). */
  boolean reachable(long chatId);

  /** Queues {@code message} for {@code chatId}; {@code then} hears once what became of it. */
  void push(long chatId, Message message, Keyboard keyboard, Consumer<Delivery> then);
}
