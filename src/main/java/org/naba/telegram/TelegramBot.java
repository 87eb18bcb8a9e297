package org.naba.telegram;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.naba.dialogue.CommandSet;
import org.naba.dialogue.Dialogue;
import org.naba.dialogue.Reply;
import org.naba.dialogue.Request;
import org.naba.metrics.NabaMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.BotSession;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * Naba as a running Telegram bot: updates in by long polling or a webhook ({@link Intake}), each
 * claimed once in the ledger (an update delivered twice, however it comes, is answered once), read
 * as a dialogue request and answered through the send queue, chat by chat in order. Closing it
 * stops taking updates and lets those in hand finish; the {@link BotApi} and {@link
 * TelegramSending} it runs on are closed by their owner.
 */
public final class TelegramBot implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(TelegramBot.class);

  private static final List<String> ALLOWED_UPDATES =
      List.of("message", "channel_post", "callback_query", "inline_query", "my_chat_member");
  private static final Duration FINISH_ON_CLOSE = Duration.ofSeconds(5);
  private static final String UPLOADS = "telegram-uploads";

  private final BotApi api;
  private final TelegramSending sending;
  private final Dialogue dialogue;
  private final Updates updates;
  private final Replies replies;
  private final ExecutorService workers;
  private final ScheduledExecutorService polling;
  private final NabaMetrics metrics;
  private final Clock clock;
  private final ChatOrder order;
  private final ObjectMapper json =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
  private final Replicas replicas;
  private final ScheduledExecutorService sweeper;
  private TelegramBotsLongPollingApplication application;
  private WebhookServer webhook;
  private volatile boolean running;
  private boolean closed;

  private TelegramBot(
      BotApi api,
      TelegramSending sending,
      Dialogue dialogue,
      Updates updates,
      ExecutorService workers,
      ScheduledExecutorService polling,
      NabaMetrics metrics,
      Clock clock,
      Replicas replicas) {
    this.api = api;
    this.replicas = replicas;
    this.sweeper =
        replicas == null
            ? null
            : Executors.newSingleThreadScheduledExecutor(new NamedThreads("naba-inbox-sweep"));
    this.sending = sending;
    this.dialogue = dialogue;
    this.updates = updates;
    this.replies = new Replies(sending.queue()::enqueue, sending.html());
    this.workers = workers;
    this.polling = polling;
    this.metrics = metrics;
    this.clock = clock;
    this.order = new ChatOrder(workers);
  }

  /**
   * Sets the command menu and starts taking updates as {@code settings.intake()} says: long polling
   * (any webhook removed first), or a webhook (listened on, then registered with setWebhook).
   *
   * @param dataDir where sent documents are saved before they are ingested
   * @param metrics counts the updates taken
   * @param replicas the shared inbox and send table of several processes, or {@code null} for a bot
   *     alone
   * @throws BotStartException when updates cannot be taken
   */
  public static TelegramBot start(
      BotApi api,
      TelegramSending sending,
      Dialogue dialogue,
      BotSettings settings,
      Path dataDir,
      Clock clock,
      NabaMetrics metrics,
      Replicas replicas) {
    Updates updates =
        new Updates(
            api.identity(),
            sending.ledger(),
            clock,
            (fileId, name) -> () -> api.download(fileId, name, dataDir.resolve(UPLOADS)));
    TelegramBot bot =
        new TelegramBot(
            api,
            sending,
            dialogue,
            updates,
            Executors.newFixedThreadPool(settings.workers(), new NamedThreads("naba-answer")),
            Executors.newSingleThreadScheduledExecutor(new NamedThreads("naba-poll")),
            metrics,
            clock,
            replicas);
    try {
      bot.setCommands();
      if (replicas != null) {
        bot.sweep();
      }
      switch (settings.intake()) {
        case Intake.Polling p -> bot.poll(settings);
        case Intake.Webhook hook -> bot.listen(hook);
      }
    } catch (RuntimeException e) {
      bot.close();
      throw e;
    }
    bot.running = true;
    log.info(
        "bot @{} is running (Bot API at {}, {})",
        api.identity().username(),
        api.host(),
        settings.intake() instanceof Intake.Webhook hook
            ? "webhook " + hook.url() + " on " + bot.webhookAddress()
            : "long polling");
    return bot;
  }

  /** Whether it takes updates (started, not closed). */
  public boolean running() {
    return running;
  }

  /** Where the webhook listens (its real port when port 0 was asked for), when it has one. */
  public java.net.InetSocketAddress webhookAddress() {
    return webhook == null ? null : webhook.address();
  }

  /**
   * Takes one update, however it came: claimed once in the ledger (false for an update already
   * taken), then answered in its chat's order.
   */
  boolean take(Update update) {
    if (update.getUpdateId() == null) {
      return false;
    }
    if (replicas != null) {
      long key = ChatOrder.keyOf(update);
      if (!replicas.inbox().put(update, key)) {
        return false;
      }
      metrics.updateReceived(kindOf(update));
      order.run(key, () -> drain(key));
      return true;
    }
    if (!sending.ledger().claim(update.getUpdateId(), clock.instant())) {
      return false;
    }
    metrics.updateReceived(kindOf(update));
    order.run(ChatOrder.keyOf(update), () -> handle(update));
    return true;
  }

  /** How long an update may wait in the shared inbox before any replica's sweep takes it up. */
  static final Duration STALLED = Duration.ofSeconds(2);

  /** How long handled updates stay in the shared inbox: Telegram redelivers for a day at most. */
  static final Duration KEEP_HANDLED = Duration.ofDays(2);

  /**
   * Drains, every second, the chats whose updates wait longer than {@link #STALLED} (their replica
   * died after storing them), and forgets old handled updates once an hour.
   */
  private void sweep() {
    sweeper.scheduleWithFixedDelay(
        () -> {
          try {
            for (long key : replicas.inbox().stalled(STALLED)) {
              order.run(key, () -> drain(key));
            }
          } catch (RuntimeException e) {
            log.warn("inbox sweep failed: {}", e.getMessage());
          }
        },
        1,
        1,
        TimeUnit.SECONDS);
    sweeper.scheduleWithFixedDelay(
        () -> {
          try {
            replicas.inbox().prune(KEEP_HANDLED);
          } catch (RuntimeException e) {
            log.warn("inbox prune failed: {}", e.getMessage());
          }
        },
        1,
        60,
        TimeUnit.MINUTES);
  }

  /**
   * Handles the chat's waiting updates in the shared inbox, oldest first, each with its replies
   * stored for the elected sender in the same transaction.
   */
  private void drain(long key) {
    try {
      while (replicas.inbox().handleNext(key, this::answer)) {
        // one update per transaction, so each holds the chat's lock only while it is answered
      }
    } catch (RuntimeException e) {
      log.error(
          "updates of chat {} wait for the next sweep: {}", key, api.mask().apply(e.toString()));
    }
  }

  /** The requests that answer {@code update}, collected rather than queued. */
  private List<Outgoing> answer(Update update) {
    List<Outgoing> out = new java.util.ArrayList<>();
    handle(update, new Replies(out::add, sending.html()));
    return out;
  }

  private static String kindOf(Update u) {
    if (u.hasMessage() || u.hasChannelPost()) {
      return "message";
    }
    if (u.hasCallbackQuery()) {
      return "callback";
    }
    if (u.hasInlineQuery()) {
      return "inline";
    }
    return u.hasMyChatMember() ? "member" : "other";
  }

  private void listen(Intake.Webhook hook) {
    webhook = WebhookServer.start(hook, json, this::take);
    api.setWebhook(hook.url(), hook.secret(), ALLOWED_UPDATES);
  }

  private void setCommands() {
    List<BotCommand> menu =
        dialogue.menu().stream()
            .filter(CommandSet.CommandInfo::inMenu)
            .map(c -> new BotCommand(c.name(), c.description()))
            .toList();
    try {
      api.execute(new SetMyCommands(menu));
    } catch (TelegramApiException e) {
      log.warn("could not set the command menu: {}", api.mask().apply(e.getMessage()));
    }
  }

  private void poll(BotSettings settings) {
    // Telegram refuses getUpdates while a webhook is set: a bot moved back to polling removes it
    api.deleteWebhook();
    application = new TelegramBotsLongPollingApplication(() -> json, api::http, () -> polling);
    LongPollingUpdateConsumer consumer = batch -> batch.forEach(this::take);
    try {
      BotSession session =
          application.registerBot(
              api.token(),
              api::url,
              last ->
                  GetUpdates.builder()
                      .offset(last + 1)
                      .limit(100)
                      .timeout(settings.pollTimeoutSeconds())
                      .allowedUpdates(ALLOWED_UPDATES)
                      .build(),
              consumer);
      if (!session.isRunning()) {
        session.start();
      }
    } catch (TelegramApiException e) {
      throw new BotStartException("cannot start long polling: " + api.mask().apply(e.getMessage()));
    }
  }

  private void handle(Update update) {
    handle(update, replies);
  }

  private void handle(Update update, Replies replies) {
    try {
      Updates.Read read = updates.read(update);
      Optional<Request> request = read.request();
      if (request.isPresent()) {
        dialogue.handle(request.get(), reply -> replies.write(read.origin(), reply));
      } else if (read.origin().callbackId() != null) {
        replies.write(read.origin(), new Reply.Toast(null));
      }
    } catch (RuntimeException e) {
      log.error("update {} failed", update.getUpdateId(), api.mask().apply(e));
    }
  }

  /** Stops polling and waits a moment for the updates in hand. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    running = false;
    if (webhook != null) {
      webhook.close();
    }
    if (sweeper != null) {
      sweeper.shutdownNow();
    }
    quietly(
        () -> {
          if (application != null) {
            try {
              application.close();
            } catch (Exception e) {
              log.warn("closing long polling: {}", api.mask().apply(e.toString()));
            }
          }
          stopPolling();
        });
    workers.shutdown();
    try {
      workers.awaitTermination(FINISH_ON_CLOSE.toSeconds(), TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    workers.shutdownNow();
    log.info("bot stopped");
  }

  /**
   * Ends the long poll now rather than at its timeout (replies in flight go on) and waits for the
   * polling thread to end.
   */
  private void stopPolling() {
    api.cancelLongPoll();
    polling.shutdownNow();
    try {
      if (!polling.awaitTermination(FINISH_ON_CLOSE.toSeconds(), TimeUnit.SECONDS)) {
        log.warn("the polling thread did not stop within {}", FINISH_ON_CLOSE);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Runs {@code action} with the library's polling log silenced: cancelling the long poll on
   * purpose makes it log an error and an interrupted backoff, which on a clean shutdown would only
   * alarm whoever reads the log.
   */
  private static void quietly(Runnable action) {
    org.slf4j.Logger pollingLog = LoggerFactory.getLogger(BotSession.class);
    if (!(pollingLog instanceof ch.qos.logback.classic.Logger logback)) {
      action.run();
      return;
    }
    ch.qos.logback.classic.Level level = logback.getLevel();
    logback.setLevel(ch.qos.logback.classic.Level.OFF);
    try {
      action.run();
    } finally {
      logback.setLevel(level);
    }
  }
}
