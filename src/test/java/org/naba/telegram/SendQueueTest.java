package org.naba.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Serializable;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.ApiResponse;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/** The send queue with an in-memory sender: outcomes of Telegram's answers, order per chat. */
class SendQueueTest {

  private static final Duration WAIT = Duration.ofSeconds(10);

  @TempDir Path dir;

  private BotLedger ledger;
  private ScheduledExecutorService timer;
  private ExecutorService io;
  private final List<String> delivered = new ArrayList<>();

  /** Failures of the next tries: an HTTP code, or NOT_SENT / LOST for a failure on the wire. */
  private final Deque<Integer> failures = new ArrayDeque<>();

  private static final int NOT_SENT = -1;
  private static final int LOST = 0;
  private int attempts;

  @BeforeEach
  void open() {
    ledger = BotLedger.open(dir.resolve("telegram.db"));
    timer = Executors.newSingleThreadScheduledExecutor();
    io = Executors.newFixedThreadPool(4);
  }

  @AfterEach
  void close() {
    timer.shutdownNow();
    io.shutdownNow();
    ledger.close();
  }

  private SendQueue queue() {
    FloodLimits limits =
        new FloodLimits(Duration.ZERO, 20, 1_000, Duration.ofMillis(1), Duration.ofMillis(5), 3);
    return new SendQueue(
        this::send,
        limits,
        ledger,
        Clock.systemUTC(),
        timer,
        io,
        new SecretMask("t0ken"),
        org.naba.metrics.NabaMetrics.inMemory());
  }

  private synchronized Serializable send(BotApiMethod<? extends Serializable> method)
      throws TelegramApiException {
    attempts++;
    Integer code = failures.pollFirst();
    if (code != null && code == NOT_SENT) {
      throw new TelegramApiException(
          "Unable to execute " + method.getMethod(),
          new RequestNotSentException("java.net.ConnectException: Connection refused"));
    }
    if (code != null && code == LOST) {
      delivered.add("lost:" + text(method));
      throw new TelegramApiException(
          "Unable to execute " + method.getMethod(),
          new OutcomeUnknownException("java.net.SocketTimeoutException: timeout"));
    }
    if (code != null) {
      throw new TelegramApiRequestException(
          "refused", new ApiResponse<>(false, code, "error " + code, null, null));
    }
    delivered.add(text(method));
    return Boolean.TRUE;
  }

  private static String text(BotApiMethod<? extends Serializable> method) {
    return method instanceof SendMessage m
        ? m.getChatId() + ":" + m.getText()
        : method.getMethod() + ":" + ((EditMessageText) method).getText();
  }

  private static Outgoing edit(long chat, String text) {
    return Outgoing.to(
        Outgoing.Target.chat(chat, false),
        EditMessageText.builder().chatId(chat).messageId(1).text(text).build());
  }

  private static Outgoing message(long chat, String text) {
    return Outgoing.to(
        Outgoing.Target.chat(chat, false), SendMessage.builder().chatId(chat).text(text).build());
  }

  @Test
  void messagesToOneChatGoInTheOrderTheyWereQueued() throws Exception {
    SendQueue queue = queue();
    for (int i = 0; i < 20; i++) {
      queue.enqueue(message(1, "m" + i));
    }
    assertTrue(queue.awaitIdle(WAIT));
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      expected.add("1:m" + i);
    }
    assertEquals(expected, delivered);
    assertEquals(20, queue.sentCount());
  }

  @Test
  void aMessageThatSurelyDidNotReachTelegramIsRetriedUntilItGoesThrough() throws Exception {
    failures.add(NOT_SENT);
    failures.add(NOT_SENT);
    SendQueue queue = queue();
    queue.enqueue(message(1, "answer"));
    assertTrue(queue.awaitIdle(WAIT));
    assertEquals(List.of("1:answer"), delivered);
    assertEquals(3, attempts);
  }

  @Test
  void aMessageThatNeverReachesTelegramIsGivenUpAfterTheAttemptsAllowed() throws Exception {
    failures.addAll(List.of(NOT_SENT, NOT_SENT, NOT_SENT));
    SendQueue queue = queue();
    queue.enqueue(message(1, "answer"));
    assertTrue(queue.awaitIdle(WAIT));
    assertEquals(List.of(), delivered);
    assertEquals(1, queue.droppedCount());
  }

  @Test
  void aServerErrorOnAMessageMakesItUncertainAndItIsNotSentAgain() throws Exception {
    failures.add(500);
    SendQueue queue = queue();
    queue.enqueue(message(1, "answer"));
    queue.enqueue(message(1, "next"));
    assertTrue(queue.awaitIdle(WAIT));
    assertEquals(List.of("1:next"), delivered);
    assertEquals(2, attempts);
    assertEquals(1, queue.uncertainCount());
    assertEquals(1, ledger.counts().uncertainSends());
  }

  @Test
  void serverErrorsOnAnEditAreRetriedBecauseAnEditRepeatedComesToTheSame() throws Exception {
    failures.add(500);
    failures.add(502);
    SendQueue queue = queue();
    queue.enqueue(edit(1, "page 2"));
    assertTrue(queue.awaitIdle(WAIT));
    assertEquals(List.of("editmessagetext:page 2"), delivered);
    assertEquals(3, attempts);
  }

  @Test
  void aForbiddenChatIsMarkedInactiveAndGetsNothingMore() throws Exception {
    failures.add(403);
    SendQueue queue = queue();
    queue.enqueue(message(7, "first"));
    assertTrue(queue.awaitIdle(WAIT));
    assertFalse(ledger.isActive(7));
    queue.enqueue(message(7, "second"));
    queue.enqueue(message(8, "other chat"));
    assertTrue(queue.awaitIdle(WAIT));
    assertEquals(List.of("8:other chat"), delivered);
  }

  @Test
  void aBadRequestIsDroppedAndTheNextMessageStillGoes() throws Exception {
    failures.add(400);
    SendQueue queue = queue();
    queue.enqueue(message(1, "bad"));
    queue.enqueue(message(1, "good"));
    assertTrue(queue.awaitIdle(WAIT));
    assertEquals(List.of("1:good"), delivered);
  }

  @Test
  void aMessageWhoseAnswerWasLostIsRecordedUncertainAndGoesOutExactlyOnce() throws Exception {
    failures.add(LOST);
    List<String> heard = new ArrayList<>();
    SendQueue queue = queue();
    queue.enqueue(
        new Outgoing(
            Outgoing.Target.chat(1, false),
            SendMessage.builder().chatId(1L).text("answer").build(),
            new Outgoing.Listener() {
              @Override
              public void writing() {
                heard.add("writing");
              }

              @Override
              public void uncertain() {
                heard.add("uncertain");
              }

              @Override
              public void sent(Object result) {
                heard.add("sent");
              }
            }));
    assertTrue(queue.awaitIdle(WAIT));
    assertEquals(List.of("lost:1:answer"), delivered);
    assertEquals(1, attempts);
    assertEquals(List.of("writing", "uncertain"), heard);
    assertEquals(1, ledger.counts().uncertainSends());
  }
}
