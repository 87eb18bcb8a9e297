package org.naba.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.ApiResponse;
import org.telegram.telegrambots.meta.api.objects.ResponseParameters;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/** One test per rule of {@link SendFailure}: what a failed request means. */
class SendFailureTest {

  private static TelegramApiRequestException answered(int code, Integer retryAfter) {
    ResponseParameters parameters =
        retryAfter == null ? null : new ResponseParameters(null, retryAfter);
    return new TelegramApiRequestException(
        "refused", new ApiResponse<>(false, code, "error " + code, parameters, null));
  }

  private static TelegramApiException onTheWire(Exception cause) {
    return new TelegramApiException("Unable to execute sendmessage method", cause);
  }

  private static SendFailure.Kind kind(String method, TelegramApiException e) {
    return SendFailure.of(method, e).kind();
  }

  @Test
  void tooManyRequestsWaitsRetryAfterWhateverTheMethod() {
    SendFailure f = SendFailure.of("sendMessage", answered(429, 7));
    assertEquals(SendFailure.Kind.FLOOD, f.kind());
    assertEquals(Duration.ofSeconds(7), f.retryAfter());
  }

  @Test
  void forbiddenMeansTheChatBlockedTheBot() {
    assertEquals(SendFailure.Kind.BLOCKED, kind("sendMessage", answered(403, null)));
  }

  @Test
  void anyOtherClientErrorIsRefusedForGood() {
    assertEquals(SendFailure.Kind.REFUSED, kind("sendMessage", answered(400, null)));
    assertEquals(SendFailure.Kind.REFUSED, kind("editMessageText", answered(404, null)));
  }

  @Test
  void aServerErrorOnANewMessageIsUncertainBecauseTelegramMayHaveCarriedItOut() {
    assertEquals(SendFailure.Kind.UNCERTAIN, kind("sendMessage", answered(500, null)));
    assertEquals(SendFailure.Kind.UNCERTAIN, kind("sendMessage", answered(502, null)));
  }

  @Test
  void aServerErrorOnARepeatableRequestIsRetried() {
    assertEquals(SendFailure.Kind.RETRY, kind("editMessageText", answered(500, null)));
    assertEquals(SendFailure.Kind.RETRY, kind("answerCallbackQuery", answered(502, null)));
  }

  @Test
  void aRequestThatSurelyDidNotReachTelegramIsRetried() {
    TelegramApiException e = onTheWire(new RequestNotSentException("connect refused"));
    assertEquals(SendFailure.Kind.RETRY, kind("sendMessage", e));
  }

  @Test
  void aNewMessageWhoseAnswerWasLostIsUncertain() {
    TelegramApiException e = onTheWire(new OutcomeUnknownException("read timed out"));
    assertEquals(SendFailure.Kind.UNCERTAIN, kind("sendMessage", e));
    assertEquals(SendFailure.Kind.RETRY, kind("editMessageText", e));
  }

  @Test
  void aFailureOfUnknownKindCountsAsMaybeCarriedOut() {
    TelegramApiException e = onTheWire(new java.io.IOException("unexpected end of stream"));
    assertEquals(SendFailure.Kind.UNCERTAIN, kind("sendMessage", e));
    assertEquals(
        SendFailure.Kind.UNCERTAIN, kind("sendMessage", new TelegramApiException("unreadable")));
  }

  @Test
  void onlyMethodsThatCreateSomethingEachTimeAreNotRepeatable() {
    assertFalse(SendFailure.repeatable("sendMessage"));
    assertFalse(SendFailure.repeatable("forwardMessage"));
    assertFalse(SendFailure.repeatable("copyMessage"));
    assertTrue(SendFailure.repeatable("editMessageText"));
    assertTrue(SendFailure.repeatable("answerInlineQuery"));
    assertTrue(SendFailure.repeatable("setWebhook"));
  }
}
