package org.naba.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.naba.database.Engine;

@ParameterizedClass
@EnumSource(Engine.class)
class BotLedgerTest {

  @Parameter Engine engine;
  private Engine.Target target;

  /** Opens this test's tables (the same ones each time) on {@link #engine}. */
  private BotLedger open() {
    if (target == null) {
      target = engine.target(dir);
    }
    return BotLedger.open(target.open("telegram.db"));
  }

  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  @TempDir Path dir;

  @Test
  void anUpdateIsClaimedOnlyOnceEvenAfterReopening() {
    try (BotLedger ledger = open()) {
      assertTrue(ledger.claim(5, T0));
      assertFalse(ledger.claim(5, T0));
    }
    try (BotLedger ledger = open()) {
      assertFalse(ledger.claim(5, T0));
      assertTrue(ledger.claim(6, T0));
      assertEquals(6, ledger.lastUpdateId());
    }
  }

  @Test
  void anInactiveChatStaysInactiveAcrossRestartsUntilItWritesAgain() {
    try (BotLedger ledger = open()) {
      ledger.markInactive(7, T0);
      assertFalse(ledger.isActive(7));
    }
    try (BotLedger ledger = open()) {
      assertFalse(ledger.isActive(7));
      ledger.markActive(7, T0);
      assertTrue(ledger.isActive(7));
      assertEquals(0, ledger.counts().inactiveChats());
    }
  }

  @Test
  void aUserGetsLimitQuestionsPerWindowThenWaitsForTheNextWindow() {
    try (BotLedger ledger = open()) {
      Duration minute = Duration.ofMinutes(1);
      assertTrue(ledger.allowQuestion(1, 2, minute, T0));
      assertTrue(ledger.allowQuestion(1, 2, minute, T0.plusSeconds(10)));
      assertFalse(ledger.allowQuestion(1, 2, minute, T0.plusSeconds(20)));
      assertTrue(ledger.allowQuestion(2, 2, minute, T0.plusSeconds(20)), "another user");
      assertTrue(ledger.allowQuestion(1, 2, minute, T0.plusSeconds(61)));
    }
  }

  @Test
  void rememberedQuestionsAreFoundByTheirId() {
    try (BotLedger ledger = open()) {
      long id = ledger.remember("من زار مخمور؟", T0);
      assertEquals(Optional.of("من زار مخمور؟"), ledger.recall(id));
      assertEquals(Optional.empty(), ledger.recall(id + 1));
    }
  }
}
