package org.naba.telegram;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/**
 * When the next message to a chat may go, under {@link FloodLimits}. A pure bookkeeping class: time
 * comes in as arguments, so it is tested without clocks or sleeping. Not thread-safe (the send
 * queue calls it under its lock).
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>A chat gets a message at most once per {@code perChatInterval} after its previous one.
 *   <li>A group gets at most {@code groupPerMinute} messages in any 60 seconds.
 *   <li>All chats together get at most {@code globalPerSecond} requests in any second; requests
 *       that belong to no chat (inline and button answers) count only here.
 *   <li>A chat held by Telegram (429 with retry_after) gets nothing before the hold ends.
 * </ul>
 */
final class FloodGate {

  private static final Duration MINUTE = Duration.ofMinutes(1);
  private static final Duration SECOND = Duration.ofSeconds(1);

  private final FloodLimits limits;
  private final Map<Long, Instant> nextForChat = new HashMap<>();
  private final Map<Long, ArrayDeque<Instant>> groupSends = new HashMap<>();
  private final ArrayDeque<Instant> globalSends = new ArrayDeque<>();
  private Instant heldUntil;

  FloodGate(FloodLimits limits) {
    this.limits = limits;
  }

  /** The earliest instant (never before {@code now}) at which a message to the chat may go. */
  Instant chatReadyAt(Outgoing.Target target, Instant now) {
    Instant ready = now;
    if (target.chatId() == null) {
      return ready;
    }
    Instant next = nextForChat.get(target.chatId());
    if (next != null && next.isAfter(ready)) {
      ready = next;
    }
    if (target.group()) {
      ArrayDeque<Instant> sends = groupSends.get(target.chatId());
      if (sends != null) {
        prune(sends, now.minus(MINUTE));
        if (sends.size() >= limits.groupPerMinute()) {
          Instant free = sends.peekFirst().plus(MINUTE);
          if (free.isAfter(ready)) {
            ready = free;
          }
        }
      }
    }
    return ready;
  }

  /**
   * Holds every request until {@code until} (a new sender, whose predecessor's last second is
   * unknown).
   */
  void holdAll(Instant until) {
    if (heldUntil == null || until.isAfter(heldUntil)) {
      heldUntil = until;
    }
  }

  /** The earliest instant (never before {@code now}) at which any request may go. */
  Instant globalReadyAt(Instant now) {
    if (heldUntil != null && heldUntil.isAfter(now)) {
      return heldUntil;
    }
    prune(globalSends, now.minus(SECOND));
    if (globalSends.size() < limits.globalPerSecond()) {
      return now;
    }
    return globalSends.peekFirst().plus(SECOND);
  }

  /** Records a request sent at {@code at}. */
  void sent(Outgoing.Target target, Instant at) {
    globalSends.addLast(at);
    if (target.chatId() == null) {
      return;
    }
    Instant next = at.plus(limits.perChatInterval());
    nextForChat.merge(target.chatId(), next, (a, b) -> a.isAfter(b) ? a : b);
    if (target.group()) {
      groupSends.computeIfAbsent(target.chatId(), k -> new ArrayDeque<>()).addLast(at);
    }
  }

  /**
   * Records that a request to the chat is being written at {@code at}: its next message waits a
   * full interval from now, not from when this one was let go (it may have waited for a sending
   * thread, and Telegram counts from when it arrives).
   */
  void writing(Outgoing.Target target, Instant at) {
    if (target.chatId() != null) {
      nextForChat.merge(
          target.chatId(), at.plus(limits.perChatInterval()), (a, b) -> a.isAfter(b) ? a : b);
    }
  }

  /** Holds the chat until {@code until} (Telegram said retry_after). */
  void hold(Outgoing.Target target, Instant until) {
    if (target.chatId() != null) {
      nextForChat.merge(target.chatId(), until, (a, b) -> a.isAfter(b) ? a : b);
    }
  }

  /** Forgets a chat that will get nothing more. */
  void forget(long chatId) {
    nextForChat.remove(chatId);
    groupSends.remove(chatId);
  }

  private static void prune(ArrayDeque<Instant> sends, Instant before) {
    while (!sends.isEmpty() && !sends.peekFirst().isAfter(before)) {
      sends.pollFirst();
    }
  }
}
