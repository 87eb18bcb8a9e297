package org.naba.telegram;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.naba.answer.Answerer;
import org.naba.config.NabaConfig;
import org.naba.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.BotSession;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetFile;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatMember;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Naba as a running Telegram bot: long polling in, one send queue out, the bot's ledger beside the
 * news store. Closing it stops polling, lets the queue flush for a moment, and ends every thread it
 * started.
 */
public final class TelegramBot implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(TelegramBot.class);

  /** The ledger's file in the data folder. */
  public static final String LEDGER_FILE = "telegram.db";

  private static final List<String> ALLOWED_UPDATES =
      List.of("message", "channel_post", "callback_query", "inline_query", "my_chat_member");
  private static final Duration FLUSH_ON_CLOSE = Duration.ofSeconds(5);
  private static final int SEND_THREADS = 8;

  private final OkHttpClient http;
  private final BotLedger ledger;
  private final ScheduledExecutorService timer;
  private final ExecutorService senders;
  private final ExecutorService workers;
  private final ScheduledExecutorService polling;
  private final SendQueue queue;
  private final BotIdentity identity;
  private final SecretMask mask;
  private Subscriptions subscriptions;
  private TelegramBotsLongPollingApplication application;
  private boolean closed;

  private TelegramBot(
      OkHttpClient http,
      BotLedger ledger,
      ScheduledExecutorService timer,
      ExecutorService senders,
      ExecutorService workers,
      ScheduledExecutorService polling,
      SendQueue queue,
      BotIdentity identity,
      SecretMask mask) {
    this.http = http;
    this.ledger = ledger;
    this.timer = timer;
    this.senders = senders;
    this.workers = workers;
    this.polling = polling;
    this.queue = queue;
    this.identity = identity;
    this.mask = mask;
  }

  /**
   * Checks the token with getMe, sets the command menu and starts long polling.
   *
   * @param token the bot token (from TELEGRAM_BOT_TOKEN)
   * @param apiUrl base URL of the Bot API, e.g. {@code https://api.telegram.org} or {@code
   *     http://127.0.0.1:8081}
   * @throws BotStartException when the token is missing or rejected, or the API unreachable
   */
  public static TelegramBot start(
      String token,
      URI apiUrl,
      Answerer answerer,
      Store store,
      Path dataDir,
      BotSettings settings,
      AdminActions admin,
      Clock clock,
      NabaConfig.Digest digest) {
    if (token == null || token.isBlank()) {
      throw new BotStartException("TELEGRAM_BOT_TOKEN is not set: the bot needs its token");
    }
    SecretMask mask = new SecretMask(token);
    TelegramUrl url = telegramUrl(apiUrl);
    OkHttpClient http = httpClient(mask, settings);
    TelegramClient client = new OkHttpTelegramClient(http, token, url);
    BotIdentity identity;
    try {
      identity = identify(client, apiUrl, mask);
    } catch (RuntimeException e) {
      shutdown(http);
      throw e;
    }
    BotLedger ledger = BotLedger.open(dataDir.resolve(LEDGER_FILE));
    ScheduledExecutorService timer =
        Executors.newSingleThreadScheduledExecutor(new NamedThreads("naba-send-timer"));
    ExecutorService senders =
        Executors.newFixedThreadPool(SEND_THREADS, new NamedThreads("naba-send"));
    ExecutorService workers =
        Executors.newFixedThreadPool(settings.workers(), new NamedThreads("naba-answer"));
    ScheduledExecutorService polling =
        Executors.newSingleThreadScheduledExecutor(new NamedThreads("naba-poll"));
    SendQueue queue =
        new SendQueue(
            method -> execute(client, method),
            settings.limits(),
            ledger,
            clock,
            timer,
            senders,
            mask);
    TelegramBot bot =
        new TelegramBot(http, ledger, timer, senders, workers, polling, queue, identity, mask);
    try {
      bot.subscriptions = Subscriptions.open(dataDir.resolve(LEDGER_FILE));
      setCommands(client, mask);
      Conversation conversation =
          new Conversation(
              answerer,
              store,
              ledger,
              queue,
              identity,
              settings,
              admin,
              (fileId, name) -> download(client, http, url, token, fileId, name, dataDir),
              clock,
              bot.subscriptions,
              digest,
              (chatId, userId) ->
                  execute(client, GetChatMember.builder().chatId(chatId).userId(userId).build())
                      .getStatus());
      bot.poll(token, url, settings, conversation, clock);
    } catch (RuntimeException e) {
      bot.close();
      throw e;
    }
    log.info("bot @{} is running (Bot API at {})", identity.username(), apiUrl.getHost());
    return bot;
  }

  public BotIdentity identity() {
    return identity;
  }

  /** The bot's ledger (chats marked inactive). */
  public BotLedger ledger() {
    return ledger;
  }

  /** The digest subscriptions and their delivery ledger. */
  public Subscriptions subscriptions() {
    return subscriptions;
  }

  /** The send queue (benchmarks wait on it). */
  public SendQueue queue() {
    return queue;
  }

  private void poll(
      String token, TelegramUrl url, BotSettings settings, Conversation conversation, Clock clock) {
    ObjectMapper json =
        new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    application = new TelegramBotsLongPollingApplication(() -> json, () -> http, () -> polling);
    ChatOrder order = new ChatOrder(workers);
    LongPollingUpdateConsumer consumer =
        updates -> {
          for (Update update : updates) {
            if (update.getUpdateId() == null
                || !ledger.claim(update.getUpdateId(), clock.instant())) {
              continue;
            }
            order.run(ChatOrder.keyOf(update), () -> handle(conversation, update));
          }
        };
    try {
      BotSession session =
          application.registerBot(
              token,
              () -> url,
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
      throw new BotStartException("cannot start long polling: " + mask.apply(e.getMessage()));
    }
  }

  private void handle(Conversation conversation, Update update) {
    try {
      conversation.handle(update);
    } catch (RuntimeException e) {
      log.error("update {} failed", update.getUpdateId(), mask.apply(e));
    }
  }

  private static BotIdentity identify(TelegramClient client, URI apiUrl, SecretMask mask) {
    try {
      User me = client.execute(new GetMe());
      if (me == null || me.getUserName() == null) {
        throw new BotStartException(
            "the Bot API at " + apiUrl.getHost() + " did not say who the bot is");
      }
      return new BotIdentity(me.getId(), me.getUserName());
    } catch (TelegramApiRequestException e) {
      Integer code = e.getErrorCode();
      if (code != null && code == 401) {
        throw new BotStartException(
            "the Bot API rejected the token in TELEGRAM_BOT_TOKEN (" + code + " Unauthorized)");
      }
      throw new BotStartException(
          "getMe failed at "
              + apiUrl.getHost()
              + " ("
              + code
              + ": "
              + mask.apply(e.getApiResponse())
              + "); check the API URL");
    } catch (TelegramApiException e) {
      throw new BotStartException(
          "cannot reach the Bot API at "
              + apiUrl.getScheme()
              + "://"
              + apiUrl.getAuthority()
              + "; check --api-url or NABA_TELEGRAM_API_URL");
    }
  }

  private static void setCommands(TelegramClient client, SecretMask mask) {
    try {
      client.execute(new SetMyCommands(BotTexts.COMMANDS));
    } catch (TelegramApiException e) {
      log.warn("could not set the command menu: {}", mask.apply(e.getMessage()));
    }
  }

  /**
   * Downloads a sent file from the configured API server ({@code /file/bot<token>/<file_path>});
   * the library's own download always goes to api.telegram.org.
   */
  private static Path download(
      TelegramClient client,
      OkHttpClient http,
      TelegramUrl url,
      String token,
      String fileId,
      String name,
      Path dataDir)
      throws TelegramApiException, IOException {
    org.telegram.telegrambots.meta.api.objects.File file = client.execute(new GetFile(fileId));
    Path folder = Files.createDirectories(dataDir.resolve("telegram-uploads"));
    String safe = Path.of(name).getFileName().toString().replaceAll("[^\\p{L}\\p{N}._-]", "_");
    Path target = folder.resolve(System.currentTimeMillis() + "-" + safe);
    HttpUrl location =
        new HttpUrl.Builder()
            .scheme(url.getSchema())
            .host(url.getHost())
            .port(url.getPort())
            .addPathSegment("file")
            .addPathSegment("bot" + token)
            .addPathSegments(file.getFilePath())
            .build();
    try (Response response =
        http.newCall(new Request.Builder().url(location).get().build()).execute()) {
      if (!response.isSuccessful() || response.body() == null) {
        throw new IOException("download of file " + fileId + " failed: HTTP " + response.code());
      }
      try (InputStream in = response.body().byteStream()) {
        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
      }
    }
    return target;
  }

  private static <T extends Serializable> T execute(TelegramClient client, BotApiMethod<T> method)
      throws TelegramApiException {
    return client.execute(method);
  }

  static TelegramUrl telegramUrl(URI apiUrl) {
    String scheme = apiUrl.getScheme() == null ? "https" : apiUrl.getScheme();
    if (apiUrl.getHost() == null) {
      throw new BotStartException("the Bot API URL has no host: " + apiUrl);
    }
    int port = apiUrl.getPort() >= 0 ? apiUrl.getPort() : "http".equals(scheme) ? 80 : 443;
    return new TelegramUrl(scheme, apiUrl.getHost(), port, false);
  }

  private static OkHttpClient httpClient(SecretMask mask, BotSettings settings) {
    Dispatcher dispatcher =
        new Dispatcher(Executors.newCachedThreadPool(new NamedThreads("naba-http")));
    dispatcher.setMaxRequests(64);
    dispatcher.setMaxRequestsPerHost(64);
    return new OkHttpClient.Builder()
        .dispatcher(dispatcher)
        .connectionPool(new ConnectionPool(SEND_THREADS + 4, 5, TimeUnit.MINUTES))
        .addInterceptor(new MaskingInterceptor(mask))
        .connectTimeout(Duration.ofSeconds(10))
        .writeTimeout(Duration.ofSeconds(30))
        .readTimeout(Duration.ofSeconds(settings.pollTimeoutSeconds() + 15L))
        .build();
  }

  /** Stops polling, flushes the queue for a few seconds, and ends every thread. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    quietly(
        () -> {
          if (application != null) {
            try {
              application.close();
            } catch (Exception e) {
              log.warn("closing long polling: {}", mask.apply(e.toString()));
            }
          }
          stopPolling();
        });
    workers.shutdown();
    try {
      workers.awaitTermination(FLUSH_ON_CLOSE.toSeconds(), TimeUnit.SECONDS);
      queue.awaitIdle(FLUSH_ON_CLOSE);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    workers.shutdownNow();
    queue.close();
    timer.shutdownNow();
    senders.shutdownNow();
    shutdown(http);
    if (subscriptions != null) {
      subscriptions.close();
    }
    ledger.close();
    log.info("bot stopped");
  }

  /**
   * Ends the long poll now rather than at its timeout (replies in flight go on) and waits for the
   * polling thread to end.
   */
  private void stopPolling() {
    for (okhttp3.Call call : http.dispatcher().runningCalls()) {
      String path = call.request().url().encodedPath().toLowerCase(java.util.Locale.ROOT);
      if (path.endsWith("/getupdates")) {
        call.cancel();
      }
    }
    polling.shutdownNow();
    try {
      if (!polling.awaitTermination(FLUSH_ON_CLOSE.toSeconds(), TimeUnit.SECONDS)) {
        log.warn("the polling thread did not stop within {}", FLUSH_ON_CLOSE);
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
    org.slf4j.Logger polling = LoggerFactory.getLogger(BotSession.class);
    if (!(polling instanceof ch.qos.logback.classic.Logger logback)) {
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

  private static void shutdown(OkHttpClient http) {
    http.dispatcher().cancelAll();
    http.dispatcher().executorService().shutdownNow();
    http.connectionPool().evictAll();
  }
}
