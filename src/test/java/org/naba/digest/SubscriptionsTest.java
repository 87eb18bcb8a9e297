package org.naba.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.naba.database.Engine;

@ParameterizedClass
@EnumSource(Engine.class)
class SubscriptionsTest {

  @Parameter Engine engine;
  private Engine.Target target;

  /** Opens this test's tables (the same ones each time) on {@link #engine}. */
  private Subscriptions open() {
    if (target == null) {
      target = engine.target(dir);
    }
    return Subscriptions.open(target.open("telegram.db"));
  }

  private static final ZoneId BAGHDAD = ZoneId.of("Asia/Baghdad");
  private static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");

  @TempDir Path dir;

  @Test
  void subscribingAgainKeepsTheWindowAndResubscribingAfterLeavingStartsANewOne() {
    try (Subscriptions s = open()) {
      s.subscribe(1, LocalTime.of(8, 0), BAGHDAD, " النعمان ", T0);
      s.subscribe(1, LocalTime.of(9, 0), BAGHDAD, "", T0.plusSeconds(60));
      Subscriptions.Subscription one = s.of(1).orElseThrow();
      assertEquals(LocalTime.of(9, 0), one.time());
      assertEquals(T0, one.since());
      assertTrue(s.deactivate(1));
      assertFalse(s.deactivate(1));
      assertTrue(s.active().isEmpty());
      s.subscribe(1, LocalTime.of(9, 0), BAGHDAD, "", T0.plusSeconds(120));
      assertEquals(T0.plusSeconds(120), s.of(1).orElseThrow().since());
    }
  }

  @Test
  void aDayIsClaimedOnceAndSendingMovesTheWindowAcrossReopening() {
    LocalDate day = LocalDate.of(2026, 11, 23);
    Instant due = Instant.parse("2026-11-23T05:00:00Z");
    try (Subscriptions s = open()) {
      s.subscribe(1, LocalTime.of(8, 0), BAGHDAD, "", T0);
      Subscriptions.Claim claim = s.claim(s.of(1).orElseThrow(), day, due);
      assertEquals(T0, claim.since());
      assertFalse(claim.sent());
    }
    try (Subscriptions s = open()) {
      // a later claim of the same day keeps the first window
      Subscriptions.Claim again = s.claim(s.of(1).orElseThrow(), day, due.plusSeconds(600));
      assertEquals(due, again.upTo());
      s.markSent(again);
      assertTrue(s.delivery(1, day).orElseThrow().sent());
      assertEquals(due, s.of(1).orElseThrow().since());
      assertEquals(1, s.sentCount());
    }
  }

  @Test
  void refusesTablesOfAnotherSchemaVersion() throws Exception {
    open().close();
    try (Connection c =
            DriverManager.getConnection(
                engine == Engine.SQLITE
                    ? "jdbc:sqlite:" + dir.resolve("telegram.db")
                    : target.where());
        Statement st = c.createStatement()) {
      st.execute(
          engine == Engine.SQLITE
              ? "UPDATE digest_schema SET version = 99"
              : "UPDATE schema_version SET version = 99 WHERE component = 'digests'");
    }
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> open());
    assertTrue(e.getMessage().contains("99"), e.getMessage());
  }

  @Test
  void tablesOfVersionOneKeepTheirSentDigestsAsSentAndTheClaimedOnesOpen() throws Exception {
    Path file = dir.resolve("telegram.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement st = c.createStatement()) {
      st.execute("CREATE TABLE digest_schema (version INTEGER NOT NULL)");
      st.execute("INSERT INTO digest_schema(version) VALUES (1)");
      st.execute(
          "CREATE TABLE digest_deliveries (chat_id INTEGER NOT NULL, local_date TEXT NOT NULL,"
              + " since TEXT NOT NULL, up_to TEXT NOT NULL, sent INTEGER NOT NULL,"
              + " UNIQUE (chat_id, local_date))");
      st.execute(
          "INSERT INTO digest_deliveries VALUES (1, '2026-11-22', '2026-11-21T05:00:00Z',"
              + " '2026-11-22T05:00:00Z', 1), (1, '2026-11-23', '2026-11-22T05:00:00Z',"
              + " '2026-11-23T05:00:00Z', 0)");
    }
    try (Subscriptions s = Subscriptions.open(file)) {
      assertEquals(
          Subscriptions.State.SENT,
          s.delivery(1, LocalDate.of(2026, 11, 22)).orElseThrow().state());
      assertEquals(
          Subscriptions.State.CLAIMED,
          s.delivery(1, LocalDate.of(2026, 11, 23)).orElseThrow().state());
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement st = c.createStatement();
        java.sql.ResultSet rs = st.executeQuery("SELECT version FROM digest_schema")) {
      assertEquals(Subscriptions.SCHEMA_VERSION, rs.getInt(1));
    }
  }
}
