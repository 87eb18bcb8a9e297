package org.naba.telegram;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import org.naba.dialogue.Keyboard;
import org.naba.dialogue.Message;
import org.naba.dialogue.Outbox;
import org.naba.metrics.NabaMetrics;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;

/**
 * Everything that sends to Telegram: the bot's ledger (which chats are inactive), the
 * flood-controlled {@link SendQueue} and its threads, over one {@link BotApi}. It is the {@link
 * Outbox} of the digests too, so that they keep the same flood limits. Closing it lets the queue
 * flush for a moment, then ends its threads and closes the ledger.
 */
public final class TelegramSending implements Outbox, AutoCloseable {

  /** The ledger's file in the data folder. */
  public static final String LEDGER_FILE = "telegram.db";

  private static final int SEND_THREADS = 8;
  private static final Duration FLUSH_ON_CLOSE = Duration.ofSeconds(5);

  private final BotLedger ledger;
  private final SendQueue queue;
  private final ScheduledExecutorService timer;
  private final ExecutorService senders;
  private final TelegramHtml html = new TelegramHtml();
  private boolean closed;

  private TelegramSending(
      BotLedger ledger, SendQueue queue, ScheduledExecutorService timer, ExecutorService senders) {
    this.ledger = ledger;
    this.queue = queue;
    this.timer = timer;
    this.senders = senders;
  }

  /** Opens the ledger in {@code dataDir} and starts the send queue over {@code api}. */
  public static TelegramSending open(BotApi api, Path dataDir, FloodLimits limits, Clock clock) {
    return open(api, dataDir, limits, clock, NabaMetrics.inMemory());
  }

  /** Opens the ledger in {@code dataDir} and starts the send queue over {@code api}. */
  public static TelegramSending open(
      BotApi api, Path dataDir, FloodLimits limits, Clock clock, NabaMetrics metrics) {
    return open(api, BotLedger.open(dataDir.resolve(LEDGER_FILE)), limits, clock, metrics);
  }

  /** Starts the send queue over {@code api}, recording in {@code ledger} (which it then owns). */
  public static TelegramSending open(
      BotApi api, BotLedger ledger, FloodLimits limits, Clock clock, NabaMetrics metrics) {
    ScheduledExecutorService timer =
        Executors.newSingleThreadScheduledExecutor(new NamedThreads("naba-send-timer"));
    ExecutorService senders =
        Executors.newFixedThreadPool(SEND_THREADS, new NamedThreads("naba-send"));
    SendQueue queue =
        new SendQueue(api::execute, limits, ledger, clock, timer, senders, api.mask(), metrics);
    metrics.gauge(NabaMetrics.SEND_QUEUE, queue::depth);
    return new TelegramSending(ledger, queue, timer, senders);
  }

  public BotLedger ledger() {
    return ledger;
  }

  public SendQueue queue() {
    return queue;
  }

  /** Figures for /stats, one a line. */
  public List<String> stats() {
    BotLedger.Counts c = ledger.counts();
    return List.of(
        "تحديثات معالجة: " + c.updates(),
        "أسئلة مجابة: " + c.questions(),
        "محادثات غير نشطة: " + c.inactiveChats(),
        "رسائل مرسلة: " + queue.sentCount(),
        "رسائل غير مؤكدة الوصول: " + c.uncertainSends());
  }

  /** Messages are rendered as Telegram HTML by this. */
  TelegramHtml html() {
    return html;
  }

  @Override
  public boolean reachable(long chatId) {
    return ledger.isActive(chatId);
  }

  /** Pushes {@code message} as one message (blocks that do not fit are left out). */
  @Override
  public void push(
      long chatId, Message message, Keyboard keyboard, Runnable writing, Consumer<Delivery> then) {
    SendMessage send =
        SendMessage.builder()
            .chatId(chatId)
            .text(html.single(message))
            .parseMode(ParseMode.HTML)
            .linkPreviewOptions(Replies.NO_PREVIEW)
            .replyMarkup(Replies.markup(keyboard))
            .build();
    queue.enqueue(
        new Outgoing(
            Outgoing.Target.chat(chatId, chatId < 0),
            send,
            new Outgoing.Listener() {
              @Override
              public void writing() {
                writing.run();
              }

              @Override
              public void sent(Object result) {
                then.accept(Delivery.SENT);
              }

              @Override
              public void uncertain() {
                then.accept(Delivery.UNCERTAIN);
              }

              @Override
              public void dropped() {
                then.accept(ledger.isActive(chatId) ? Delivery.NOT_SENT : Delivery.BLOCKED);
              }
            }));
  }

  /** Waits until nothing is queued or in flight, at most {@code timeout}. */
  public boolean awaitIdle(Duration timeout) throws InterruptedException {
    return queue.awaitIdle(timeout);
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      queue.awaitIdle(FLUSH_ON_CLOSE);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    queue.close();
    timer.shutdownNow();
    senders.shutdownNow();
    ledger.close();
  }
}
