package org.naba.telegram;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.naba.metrics.NabaMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * The one queue through which everything the bot says goes to Telegram.
 *
 * <p>Rules (what a failure means is {@link SendFailure}'s):
 *
 * <ul>
 *   <li>Each chat has its own lane: its messages go in order, one at a time, paced by {@link
 *       FloodGate} (per chat, per group, overall).
 *   <li>429 Too Many Requests: the lane waits {@code retry_after} seconds, then sends the same
 *       message again; a message is never dropped for flood control.
 *   <li>A request that surely did not reach Telegram (no connection), or one that is harmless to
 *       repeat: retried with exponential backoff, up to {@code maxAttempts}, then dropped.
 *   <li>A message that may have reached Telegram (a timeout after it was written, a reset before
 *       the answer, a 5xx) is uncertain: recorded in the ledger, never sent again, and the lane
 *       goes on with its next message.
 *   <li>403 Forbidden (blocked, kicked): the chat is marked inactive in the ledger, its lane is
 *       emptied, and nothing more is queued for it.
 *   <li>Any other 4xx: the request can never succeed; it is logged and dropped.
 * </ul>
 *
 * <p>Time comes from the injected clock; waiting is done by the injected scheduler, sending by the
 * injected I/O executor.
 *
 * <p>Long because it is one state machine over one queue: flood limits per chat, group and bot, 429
 * waits, retries of what surely did not arrive, and the uncertain outcome of what may have.
 */
public final class SendQueue implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(SendQueue.class);

  /** Sends one request to the Bot API. */
  @FunctionalInterface
  public interface Sender {
    Serializable send(BotApiMethod<? extends Serializable> method) throws TelegramApiException;
  }

  private final Sender sender;
  private final FloodLimits limits;
  private final BotLedger ledger;
  private final Clock clock;
  private final ScheduledExecutorService scheduler;
  private final ExecutorService io;
  private final SecretMask mask;
  private final NabaMetrics metrics;
  private final FloodGate gate;

  private final Map<Long, Lane> lanes = new HashMap<>();
  private final Lane chatless = new Lane(Outgoing.Target.NONE);
  private final PriorityQueue<Lane> ready =
      new PriorityQueue<>(Comparator.comparing((Lane l) -> l.readyAt));
  private ScheduledFuture<?> wakeup;
  private Instant wakeupAt;
  private int pending;
  private long sent;
  private long dropped;
  private long uncertain;
  private boolean closed;

  public SendQueue(
      Sender sender,
      FloodLimits limits,
      BotLedger ledger,
      Clock clock,
      ScheduledExecutorService scheduler,
      ExecutorService io,
      SecretMask mask,
      NabaMetrics metrics) {
    this.sender = sender;
    this.limits = limits;
    this.ledger = ledger;
    this.clock = clock;
    this.scheduler = scheduler;
    this.io = io;
    this.mask = mask;
    this.metrics = metrics;
    this.gate = new FloodGate(limits);
  }

  /** Queues {@code out}; ignored when its chat is inactive or the queue is closed. */
  public void enqueue(Outgoing out) {
    Long chatId = out.target().chatId();
    if (chatId != null && !ledger.isActive(chatId)) {
      log.debug("chat {} is inactive: not sending {}", chatId, out.method().getMethod());
      return;
    }
    synchronized (this) {
      if (closed) {
        return;
      }
      Lane lane =
          chatId == null ? chatless : lanes.computeIfAbsent(chatId, id -> new Lane(out.target()));
      lane.queue.addLast(out);
      pending++;
      if (!lane.inFlight && !lane.waiting) {
        offer(lane, now());
      }
    }
    pump();
  }

  /** Requests sent so far. */
  public synchronized long sentCount() {
    return sent;
  }

  /** Requests given up (other 4xx, tries spent, inactive chats). */
  public synchronized long droppedCount() {
    return dropped;
  }

  /** Requests that may or may not have reached Telegram, and were not sent again. */
  public synchronized long uncertainCount() {
    return uncertain;
  }

  /** Requests queued or in flight. */
  public synchronized int depth() {
    return pending;
  }

  /** Waits until nothing is queued or in flight, at most {@code timeout}; true when idle. */
  public boolean awaitIdle(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (this) {
      while (pending > 0) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        TimeUnit.NANOSECONDS.timedWait(this, left);
      }
      return true;
    }
  }

  private Instant now() {
    return clock.instant();
  }

  /** Puts a lane with work among the ready lanes, at the time its chat may next be sent to. */
  private void offer(Lane lane, Instant now) {
    if (lane.queue.isEmpty()) {
      return;
    }
    lane.readyAt = gate.chatReadyAt(lane.target, now);
    lane.waiting = true;
    ready.add(lane);
  }

  /** Sends every request that may go now; schedules itself for the next one that may go later. */
  private void pump() {
    while (true) {
      Outgoing out;
      Lane lane;
      synchronized (this) {
        if (closed || ready.isEmpty()) {
          return;
        }
        Instant now = now();
        lane = ready.peek();
        if (lane.readyAt.isAfter(now)) {
          scheduleWakeup(lane.readyAt, now);
          return;
        }
        Instant chatReady = gate.chatReadyAt(lane.target, now);
        if (chatReady.isAfter(now)) {
          ready.poll();
          lane.readyAt = chatReady;
          ready.add(lane);
          continue;
        }
        Instant global = gate.globalReadyAt(now);
        if (global.isAfter(now)) {
          scheduleWakeup(global, now);
          return;
        }
        ready.poll();
        lane.waiting = false;
        lane.inFlight = true;
        out = lane.queue.peekFirst();
        gate.sent(lane.target, now);
      }
      try {
        io.execute(() -> send(lane, out));
      } catch (RejectedExecutionException e) {
        synchronized (this) {
          lane.inFlight = false;
        }
        return;
      }
    }
  }

  private void scheduleWakeup(Instant at, Instant now) {
    if (wakeup != null && !wakeup.isDone() && !wakeupAt.isAfter(at)) {
      return;
    }
    if (wakeup != null) {
      wakeup.cancel(false);
    }
    wakeupAt = at;
    long delay = Math.max(1, Duration.between(now, at).toNanos());
    try {
      wakeup = scheduler.schedule(this::wakeUp, delay, TimeUnit.NANOSECONDS);
    } catch (RejectedExecutionException e) {
      // closing
    }
  }

  /**
   * A scheduled wake-up: forgets itself first, so that a pump that finds its lane not quite due yet
   * (the scheduler's and the clock's time differ by a little) schedules a new wake-up instead of
   * counting on this one, which is already running.
   */
  private void wakeUp() {
    synchronized (this) {
      wakeup = null;
    }
    pump();
  }

  private void send(Lane lane, Outgoing out) {
    try {
      out.listener().writing();
    } catch (RuntimeException e) {
      // not written: its owner could not record that it would be (a sender that lost its term)
      log.warn("{} not sent: {}", out.method().getMethod(), mask.apply(e.getMessage()));
      done(lane, out, Ending.DROPPED, null);
      pump();
      return;
    }
    synchronized (this) {
      gate.writing(lane.target, now());
    }
    Serializable result = null;
    TelegramApiException failure = null;
    try {
      result = sender.send(out.method());
    } catch (TelegramApiException e) {
      failure = e;
    } catch (RuntimeException e) {
      failure = new TelegramApiException(mask.apply(e.toString()));
    }
    if (failure == null) {
      done(lane, out, Ending.SENT, result);
    } else {
      failed(lane, out, failure);
    }
    pump();
  }

  private void failed(Lane lane, Outgoing out, TelegramApiException e) {
    String method = out.method().getMethod();
    Long chatId = lane.target.chatId();
    Instant now = now();
    SendFailure failure = SendFailure.of(method, e);
    switch (failure.kind()) {
      case FLOOD -> {
        log.info(
            "{} to chat {}: 429, retrying after {} s",
            method,
            chatId,
            failure.retryAfter().toSeconds());
        metrics.floodWait();
        metrics.retried("flood");
        synchronized (this) {
          Instant until = now.plus(failure.retryAfter());
          gate.hold(lane.target, until);
          if (chatId == null) {
            lane.heldUntil = until;
          }
          retry(lane, now);
        }
      }
      case BLOCKED -> {
        if (chatId == null) {
          refused(lane, out, e);
        } else {
          blocked(lane, chatId, now);
        }
      }
      case REFUSED -> refused(lane, out, e);
      case UNCERTAIN -> {
        log.warn(
            "{} to chat {}: outcome unknown ({}: {}); recorded as uncertain, not sent again",
            method,
            chatId,
            failure.reason(),
            mask.apply(String.valueOf(e.getCause() != null ? e.getCause() : e.getMessage())));
        ledger.recordUncertain(chatId, method, failure.reason(), now);
        done(lane, out, Ending.UNCERTAIN, null);
      }
      case RETRY -> retryOrGiveUp(lane, out, failure, e, now);
    }
  }

  private void refused(Lane lane, Outgoing out, TelegramApiException e) {
    String method = out.method().getMethod();
    String description =
        mask.apply(
            e instanceof org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException r
                ? r.getApiResponse()
                : e.getMessage());
    if (description == null || !description.contains("message is not modified")) {
      log.warn("{} to chat {} refused: {}", method, lane.target.chatId(), description);
    }
    done(lane, out, Ending.DROPPED, null);
  }

  private void blocked(Lane lane, long chatId, Instant now) {
    log.info("chat {} blocked or removed the bot (403): marked inactive", chatId);
    ledger.markInactive(chatId, now);
    List<Outgoing> cleared;
    synchronized (this) {
      cleared = List.copyOf(lane.queue);
      lane.queue.clear();
      lane.inFlight = false;
      pending -= cleared.size();
      dropped += cleared.size();
      lanes.remove(chatId);
      gate.forget(chatId);
      notifyAll();
    }
    cleared.forEach(
        request -> {
          metrics.sendFinished("dropped");
          request.listener().dropped();
        });
  }

  private void retryOrGiveUp(
      Lane lane, Outgoing out, SendFailure failure, TelegramApiException e, Instant now) {
    String method = out.method().getMethod();
    int attempts;
    synchronized (this) {
      attempts = ++lane.attempts;
    }
    if (attempts >= limits.maxAttempts()) {
      log.error(
          "{} to chat {} failed {} times ({}), giving up: {}",
          method,
          lane.target.chatId(),
          attempts,
          failure.reason(),
          mask.apply(e.toString()));
      done(lane, out, Ending.DROPPED, null);
      return;
    }
    metrics.retried(failure.reason().equals("not sent") ? "not_sent" : "repeatable");
    synchronized (this) {
      Duration wait = limits.backoff(lane.attempts);
      log.warn(
          "{} to chat {} failed ({}: {}), retry {} in {} ms",
          method,
          lane.target.chatId(),
          failure.reason(),
          mask.apply(String.valueOf(e.getMessage())),
          lane.attempts,
          wait.toMillis());
      gate.hold(lane.target, now.plus(wait));
      if (lane.target.chatId() == null) {
        lane.heldUntil = now.plus(wait);
      }
      retry(lane, now);
    }
  }

  /** How a request left the queue. */
  private enum Ending {
    SENT,
    UNCERTAIN,
    DROPPED
  }

  /** Puts the lane back with its head message still first. */
  private void retry(Lane lane, Instant now) {
    lane.inFlight = false;
    offer(lane, now);
    if (lane.heldUntil != null && lane.heldUntil.isAfter(lane.readyAt)) {
      ready.remove(lane);
      lane.readyAt = lane.heldUntil;
      ready.add(lane);
    }
  }

  /**
   * Ends the lane's head request {@code out}: tells its listener (outside the lock, and before the
   * request stops counting as pending, so that {@link #awaitIdle} also waits for what the listener
   * records), then lets the lane's next request go.
   */
  private void done(Lane lane, Outgoing out, Ending ending, Object result) {
    try {
      switch (ending) {
        case SENT -> out.listener().sent(result);
        case UNCERTAIN -> out.listener().uncertain();
        case DROPPED -> out.listener().dropped();
      }
    } catch (RuntimeException e) {
      log.warn(
          "after {} {}: {}",
          ending.name().toLowerCase(java.util.Locale.ROOT),
          out.method().getMethod(),
          mask.apply(e.toString()));
    }
    metrics.sendFinished(ending.name().toLowerCase(java.util.Locale.ROOT));
    synchronized (this) {
      doneLocked(lane, ending);
    }
  }

  /** Ends the lane's head request. */
  private void doneLocked(Lane lane, Ending ending) {
    lane.queue.pollFirst();
    lane.inFlight = false;
    lane.attempts = 0;
    lane.heldUntil = null;
    pending--;
    switch (ending) {
      case SENT -> sent++;
      case UNCERTAIN -> uncertain++;
      case DROPPED -> dropped++;
    }
    if (lane.queue.isEmpty()) {
      if (lane.target.chatId() != null) {
        lanes.remove(lane.target.chatId());
      }
    } else {
      offer(lane, now());
    }
    notifyAll();
  }

  /**
   * Records a request another sender sent at {@code at}, so that the flood limits count it (a newly
   * elected sender learns its predecessor's last minute).
   */
  public synchronized void sentElsewhere(Outgoing.Target target, Instant at) {
    gate.sent(target, at);
  }

  /**
   * Sends nothing before {@code until}: a newly elected sender waits out its predecessor's last
   * second, whose sends (replies and digests) it cannot all know.
   */
  public void holdAll(Instant until) {
    synchronized (this) {
      gate.holdAll(until);
    }
    pump();
  }

  /**
   * Forgets every queued request that is not being written right now, without telling their
   * listeners: a sender that lost its election leaves them to its successor, for whom they are
   * still waiting (their rows and digest claims say they were not written).
   *
   * @return the requests forgotten
   */
  public synchronized int abandon() {
    int forgotten = 0;
    List<Lane> all = new java.util.ArrayList<>(lanes.values());
    all.add(chatless);
    for (Lane lane : all) {
      int keep = lane.inFlight ? 1 : 0;
      while (lane.queue.size() > keep) {
        lane.queue.pollLast();
        forgotten++;
      }
      lane.waiting = false;
    }
    ready.clear();
    lanes.values().removeIf(lane -> lane.queue.isEmpty());
    pending -= forgotten;
    notifyAll();
    return forgotten;
  }

  /** Stops sending; what is still queued is dropped (call {@link #awaitIdle} first to flush). */
  @Override
  public synchronized void close() {
    closed = true;
    if (wakeup != null) {
      wakeup.cancel(false);
    }
    if (pending > 0) {
      log.warn("send queue closed with {} requests unsent", pending);
    }
    notifyAll();
  }

  /** One chat's messages, in order. */
  private static final class Lane {
    final Outgoing.Target target;
    final ArrayDeque<Outgoing> queue = new ArrayDeque<>();
    Instant readyAt = Instant.EPOCH;
    Instant heldUntil;
    boolean inFlight;
    boolean waiting;
    int attempts;

    Lane(Outgoing.Target target) {
      this.target = target;
    }
  }
}
