package org.naba.telegram;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Runs the updates of one chat one after the other, in the order they came, and the updates of
 * different chats in parallel on the workers: two questions from one person are answered in order,
 * and a chat's "bot removed" is seen before that chat's next message. A failing task is logged (by
 * class only: its message could hold user text) and the chat's next task runs.
 */
final class ChatOrder {

  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ChatOrder.class);

  private final Executor workers;
  private final Map<Long, ArrayDeque<Runnable>> waiting = new HashMap<>();

  ChatOrder(Executor workers) {
    this.workers = workers;
  }

  /** Runs {@code task} after the earlier tasks of the same key. */
  void run(long key, Runnable task) {
    synchronized (this) {
      ArrayDeque<Runnable> queue = waiting.get(key);
      if (queue != null) {
        queue.addLast(task);
        return;
      }
      waiting.put(key, new ArrayDeque<>());
    }
    workers.execute(() -> drain(key, task));
  }

  private void drain(long key, Runnable first) {
    Runnable task = first;
    while (task != null) {
      try {
        task.run();
      } catch (RuntimeException e) {
        log.error("an update of chat {} failed: {}", key, e.getClass().getName());
      }
      synchronized (this) {
        ArrayDeque<Runnable> queue = waiting.get(key);
        task = queue.pollFirst();
        if (task == null) {
          waiting.remove(key);
        }
      }
    }
  }

  /** The key that orders an update: its chat, or for inline queries its user. */
  static long keyOf(Update u) {
    if (u.hasMessage()) {
      return u.getMessage().getChatId();
    }
    if (u.hasChannelPost()) {
      return u.getChannelPost().getChatId();
    }
    if (u.hasCallbackQuery() && u.getCallbackQuery().getMessage() != null) {
      return u.getCallbackQuery().getMessage().getChatId();
    }
    if (u.hasCallbackQuery()) {
      return u.getCallbackQuery().getFrom().getId();
    }
    if (u.hasInlineQuery()) {
      return u.getInlineQuery().getFrom().getId();
    }
    if (u.hasMyChatMember()) {
      return u.getMyChatMember().getChat().getId();
    }
    return 0;
  }
}
