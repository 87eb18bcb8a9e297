package org.naba.telegram;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.naba.dialogue.Chat;
import org.naba.dialogue.ChatAdmins;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetFile;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatMember;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The one connection to the Bot API that every command uses ({@code serve}, {@code digest run}): an
 * HTTP client whose errors never show the token, with bounded timeouts and named threads; the
 * TelegramBots client over it; and the bot's identity, checked with getMe. Closing it ends the
 * client's threads and connections.
 */
public final class BotApi implements ChatAdmins, AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(BotApi.class);

  /** Connections kept open: the send threads and the long poll. */
  private static final int CONNECTIONS = 12;

  /** How long a request other than the long poll waits for Telegram's answer, by default. */
  public static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);

  private final String token;
  private final URI apiUrl;
  private final TelegramUrl url;
  private final SecretMask mask;
  private final OkHttpClient http;
  private final TelegramClient client;
  private final BotIdentity identity;

  private BotApi(
      String token,
      URI apiUrl,
      TelegramUrl url,
      SecretMask mask,
      OkHttpClient http,
      TelegramClient client,
      BotIdentity identity) {
    this.token = token;
    this.apiUrl = apiUrl;
    this.url = url;
    this.mask = mask;
    this.http = http;
    this.client = client;
    this.identity = identity;
  }

  /**
   * Connects to the Bot API at {@code apiUrl} and asks who the bot is.
   *
   * @param token the bot token (from TELEGRAM_BOT_TOKEN)
   * @param apiUrl e.g. {@code https://api.telegram.org} or {@code http://127.0.0.1:8081}
   * @param pollTimeoutSeconds the long poll's timeout: reads wait that long and a little more
   * @throws BotStartException when the token is missing or rejected, or the API unreachable
   */
  public static BotApi connect(String token, URI apiUrl, int pollTimeoutSeconds) {
    return connect(token, apiUrl, pollTimeoutSeconds, SEND_TIMEOUT);
  }

  /**
   * Connects to the Bot API at {@code apiUrl} and asks who the bot is.
   *
   * @param sendTimeout how long every request but the long poll waits for its answer once written;
   *     a request whose answer does not come in time may have been carried out
   */
  public static BotApi connect(
      String token, URI apiUrl, int pollTimeoutSeconds, Duration sendTimeout) {
    if (token == null || token.isBlank()) {
      throw new BotStartException("TELEGRAM_BOT_TOKEN is not set: the bot needs its token");
    }
    SecretMask mask = new SecretMask(token);
    TelegramUrl url = telegramUrl(apiUrl);
    OkHttpClient http = httpClient(mask, pollTimeoutSeconds);
    // the same connections and threads, with a read timeout fit for a request that is not a poll
    TelegramClient client =
        new OkHttpTelegramClient(http.newBuilder().readTimeout(sendTimeout).build(), token, url);
    try {
      return new BotApi(token, apiUrl, url, mask, http, client, identify(client, apiUrl, mask));
    } catch (RuntimeException e) {
      shutdown(http);
      throw e;
    }
  }

  public BotIdentity identity() {
    return identity;
  }

  SecretMask mask() {
    return mask;
  }

  OkHttpClient http() {
    return http;
  }

  TelegramUrl url() {
    return url;
  }

  String token() {
    return token;
  }

  String host() {
    return apiUrl.getHost();
  }

  <T extends Serializable> T execute(BotApiMethod<T> method) throws TelegramApiException {
    return client.execute(method);
  }

  /**
   * Registers the webhook: Telegram posts every update of {@code allowedUpdates} to {@code url}
   * with {@code secret} in the header X-Telegram-Bot-Api-Secret-Token (sent as JSON: the library's
   * setWebhook is a multipart upload, for a certificate Naba never sends).
   *
   * @throws BotStartException when Telegram refuses it or cannot be reached
   */
  void setWebhook(URI url, String secret, java.util.List<String> allowedUpdates) {
    com.fasterxml.jackson.databind.node.ObjectNode body = JSON.createObjectNode();
    body.put("url", url.toString());
    body.put("secret_token", secret);
    allowedUpdates.forEach(body.putArray("allowed_updates")::add);
    call("setWebhook", body, "register the webhook " + url);
  }

  /** Removes the webhook, so that getUpdates works (Telegram refuses it while one is set). */
  void deleteWebhook() {
    call("deleteWebhook", JSON.createObjectNode(), "remove the webhook");
  }

  private void call(String method, com.fasterxml.jackson.databind.JsonNode body, String what) {
    HttpUrl location =
        new HttpUrl.Builder()
            .scheme(url.getSchema())
            .host(url.getHost())
            .port(url.getPort())
            .addPathSegment("bot" + token)
            .addPathSegment(method)
            .build();
    okhttp3.RequestBody json =
        okhttp3.RequestBody.create(
            body.toString(), okhttp3.MediaType.get("application/json; charset=utf-8"));
    try (Response response =
        http.newCall(new Request.Builder().url(location).post(json).build()).execute()) {
      String answer = response.body() == null ? "" : response.body().string();
      com.fasterxml.jackson.databind.JsonNode parsed = JSON.readTree(answer);
      if (!parsed.path("ok").asBoolean(false)) {
        throw new BotStartException(
            "cannot "
                + what
                + ": Telegram answered "
                + response.code()
                + " "
                + mask.apply(parsed.path("description").asText("")));
      }
    } catch (IOException e) {
      throw new BotStartException("cannot " + what + ": " + mask.apply(e.getMessage()));
    }
  }

  private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
      new com.fasterxml.jackson.databind.ObjectMapper();

  /** Asks the chat (getChatMember); a failed call counts as "no". */
  @Override
  public boolean isAdmin(Chat chat, long userId) {
    try {
      String status =
          client
              .execute(GetChatMember.builder().chatId(chat.id()).userId(userId).build())
              .getStatus();
      return "creator".equals(status) || "administrator".equals(status);
    } catch (TelegramApiException e) {
      log.warn("getChatMember for chat {} failed: {}", chat.id(), mask.apply(e.getMessage()));
      return false;
    }
  }

  /**
   * Downloads a sent file from the configured API server ({@code /file/bot<token>/<file_path>})
   * into {@code folder}; the library's own download always goes to api.telegram.org.
   */
  Path download(String fileId, String name, Path folder) throws TelegramApiException, IOException {
    org.telegram.telegrambots.meta.api.objects.File file = client.execute(new GetFile(fileId));
    Files.createDirectories(folder);
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

  static TelegramUrl telegramUrl(URI apiUrl) {
    String scheme = apiUrl.getScheme() == null ? "https" : apiUrl.getScheme();
    if (apiUrl.getHost() == null) {
      throw new BotStartException("the Bot API URL has no host: " + apiUrl);
    }
    int port = apiUrl.getPort() >= 0 ? apiUrl.getPort() : "http".equals(scheme) ? 80 : 443;
    return new TelegramUrl(scheme, apiUrl.getHost(), port, false);
  }

  private static OkHttpClient httpClient(SecretMask mask, int pollTimeoutSeconds) {
    Dispatcher dispatcher =
        new Dispatcher(Executors.newCachedThreadPool(new NamedThreads("naba-http")));
    dispatcher.setMaxRequests(64);
    dispatcher.setMaxRequestsPerHost(64);
    return new OkHttpClient.Builder()
        .dispatcher(dispatcher)
        // idle connections are dropped before Telegram's side would close them, so that a request
        // rarely meets a connection that died while it waited
        .connectionPool(new ConnectionPool(CONNECTIONS, 30, TimeUnit.SECONDS))
        // OkHttp would silently send a request again after some failures on the wire; a message
        // must never be repeated blindly, so the send queue alone decides (SendFailure)
        .retryOnConnectionFailure(false)
        .addInterceptor(new MaskingInterceptor(mask))
        .addNetworkInterceptor(new WriteTracking(mask))
        .connectTimeout(Duration.ofSeconds(10))
        .writeTimeout(Duration.ofSeconds(30))
        .readTimeout(Duration.ofSeconds(pollTimeoutSeconds + 15L))
        .build();
  }

  /** Cancels the long poll now rather than at its timeout (replies in flight go on). */
  void cancelLongPoll() {
    for (okhttp3.Call call : http.dispatcher().runningCalls()) {
      String path = call.request().url().encodedPath().toLowerCase(java.util.Locale.ROOT);
      if (path.endsWith("/getupdates")) {
        call.cancel();
      }
    }
  }

  @Override
  public void close() {
    shutdown(http);
  }

  private static void shutdown(OkHttpClient http) {
    http.dispatcher().cancelAll();
    http.dispatcher().executorService().shutdownNow();
    http.connectionPool().evictAll();
  }
}
