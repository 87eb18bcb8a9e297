package org.naba.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FloodGateTest {

  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private static final Outgoing.Target PRIVATE = Outgoing.Target.chat(1, false);
  private static final Outgoing.Target GROUP = Outgoing.Target.chat(-100, true);

  private final FloodGate gate = new FloodGate(FloodLimits.telegram());

  @Test
  void aChatsNextMessageWaitsAFullIntervalFromWhenTheLastWasWrittenNotLetGo() {
    gate.sent(PRIVATE, T0);
    gate.writing(PRIVATE, T0.plusMillis(600)); // it waited 0.6 s for a sending thread
    assertEquals(T0.plusMillis(1600), gate.chatReadyAt(PRIVATE, T0.plusSeconds(1)));
  }

  @Test
  void heldAllNothingGoesBeforeTheHoldEnds() {
    gate.holdAll(T0.plusSeconds(1));
    assertEquals(T0.plusSeconds(1), gate.globalReadyAt(T0));
    assertEquals(T0.plusSeconds(2), gate.globalReadyAt(T0.plusSeconds(2)));
  }

  @Test
  void aChatGetsItsNextMessageOneSecondAfterThePrevious() {
    gate.sent(PRIVATE, T0);
    assertEquals(T0.plusSeconds(1), gate.chatReadyAt(PRIVATE, T0.plusMillis(10)));
    assertEquals(T0.plusSeconds(2), gate.chatReadyAt(PRIVATE, T0.plusSeconds(2)));
  }

  @Test
  void otherChatsAreNotSlowedByOneChat() {
    gate.sent(PRIVATE, T0);
    assertEquals(T0, gate.chatReadyAt(Outgoing.Target.chat(2, false), T0));
  }

  @Test
  void aGroupGetsAtMostTwentyMessagesInAMinute() {
    for (int i = 0; i < 20; i++) {
      gate.sent(GROUP, T0.plusSeconds(i));
    }
    Instant now = T0.plusSeconds(20);
    assertEquals(T0.plusSeconds(60), gate.chatReadyAt(GROUP, now));
    assertEquals(T0.plusSeconds(61), gate.chatReadyAt(GROUP, T0.plusSeconds(61)));
  }

  @Test
  void allChatsTogetherGetAtMostThirtyRequestsASecond() {
    for (int i = 0; i < 30; i++) {
      gate.sent(Outgoing.Target.chat(i, false), T0.plusMillis(i));
    }
    assertEquals(T0.plusSeconds(1), gate.globalReadyAt(T0.plusMillis(500)));
    assertEquals(
        T0.plusMillis(1000), gate.globalReadyAt(T0.plusMillis(1000)), "first left the window");
  }

  @Test
  void requestsWithoutAChatCountOnlyTowardsTheOverallLimit() {
    gate.sent(Outgoing.Target.NONE, T0);
    assertEquals(T0, gate.chatReadyAt(Outgoing.Target.NONE, T0));
  }

  @Test
  void aChatHeldByRetryAfterWaitsUntilTheHoldEnds() {
    gate.hold(PRIVATE, T0.plusSeconds(7));
    assertEquals(T0.plusSeconds(7), gate.chatReadyAt(PRIVATE, T0));
  }

  @Test
  void backoffDoublesUpToItsMaximum() {
    FloodLimits limits = FloodLimits.telegram();
    assertEquals(Duration.ofMillis(500), limits.backoff(1));
    assertEquals(Duration.ofMillis(1000), limits.backoff(2));
    assertEquals(Duration.ofSeconds(30), limits.backoff(12));
  }
}
