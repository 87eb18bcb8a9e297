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
  private final Deque<Integer> failures = new ArrayDeque<>();
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
        this::send, limits, ledger, Clock.systemUTC(), timer, io, new SecretMask("t0ken"));
  }

  private synchronized Serializable send(BotApiMethod<? extends Serializable> method)
      throws TelegramApiException {
    attempts++;
    Integer code = failures.pollFirst();
    if (code != null && code == 0) {
      throw new TelegramApiException("Unable to execute sendmessage method: timeout");
    }
    if (code != null) {
      throw new TelegramApiRequestException(
          "refused", new ApiResponse<>(false, code, "error " + code, null, null));
    }
    SendMessage m = (SendMessage) method;
    delivered.add(m.getChatId() + ":" + m.getText());
    return Boolean.TRUE;
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
  void serverErrorsAreRetriedUntilTheMessageGoesThrough() throws Exception {
    failures.add(500);
    failures.add(502);
    SendQueue queue = queue();
    queue.enqueue(message(1, "answer"));
    assertTrue(queue.awaitIdle(WAIT));
    assertEquals(List.of("1:answer"), delivered);
    assertEquals(3, attempts);
  }

  @Test
  void aMessageFailingWithServerErrorsMoreThanTheAttemptsAllowIsGivenUp() throws Exception {
    failures.addAll(List.of(500, 500, 500));
    SendQueue queue = queue();
    queue.enqueue(message(1, "answer"));
    assertTrue(queue.awaitIdle(WAIT));
    assertEquals(List.of(), delivered);
    assertEquals(1, queue.droppedCount());
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
  void aTimeoutIsRetriedWithBackoff() throws Exception {
    failures.add(0);
    SendQueue queue = queue();
    queue.enqueue(message(1, "answer"));
    assertTrue(queue.awaitIdle(WAIT));
    assertEquals(List.of("1:answer"), delivered);
    assertEquals(2, attempts);
  }
}
