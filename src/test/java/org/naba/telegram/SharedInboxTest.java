package org.naba.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naba.database.Database;
import org.naba.database.Engine;
import org.naba.tools.fakebot.FakeUpdates;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.Update;

/** The replicas' shared inbox on PostgreSQL: each update once, each chat in order, all or none. */
class SharedInboxTest {

  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  @TempDir Path dir;
  private Database db;
  private SharedInbox inbox;

  @BeforeEach
  void open() throws Exception {
    db = Engine.POSTGRESQL.target(dir).open("inbox");
    inbox = SharedInbox.open(db, JSON, new MethodCodec());
  }

  @AfterEach
  void close() {
    db.close();
  }

  private static Update update(long id, long chat, int message) throws Exception {
    return JSON.readValue(
        FakeUpdates.privateText(chat, message, "سؤال " + message).put("update_id", id).toString(),
        Update.class);
  }

  private static List<Outgoing> reply(Update u) {
    return List.of(
        Outgoing.to(
            Outgoing.Target.chat(u.getMessage().getChatId(), false),
            SendMessage.builder().chatId(u.getMessage().getChatId()).text("جواب").build()));
  }

  private long count(String sql) throws Exception {
    return db.session(
        s -> {
          try (Statement st = s.connection().createStatement();
              ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
          }
        });
  }

  @Test
  void anUpdateStoredTwiceIsFreshOnlyOnceAndHandledOnce() throws Exception {
    assertTrue(inbox.put(update(5, 1, 1), 1));
    assertFalse(inbox.put(update(5, 1, 1), 1));
    List<Long> handled = new ArrayList<>();
    while (inbox.handleNext(
        1,
        u -> {
          handled.add(u.getUpdateId().longValue());
          return reply(u);
        })) {}
    assertEquals(List.of(5L), handled);
    assertEquals(1, count("SELECT COUNT(*) FROM outgoing WHERE state = 'queued'"));
  }

  @Test
  void aChatsUpdatesAreHandledOldestFirstWhateverOrderTheyCameIn() throws Exception {
    for (long id : new long[] {12, 10, 11}) {
      inbox.put(update(id, 2, (int) id), 2);
    }
    inbox.put(update(13, 3, 13), 3);
    List<Long> handled = new ArrayList<>();
    while (inbox.handleNext(
        2,
        u -> {
          handled.add(u.getUpdateId().longValue());
          return List.of();
        })) {}
    assertEquals(List.of(10L, 11L, 12L), handled, "chat 3's update is not chat 2's");
  }

  @Test
  void anUpdateWhoseHandlingFailsStaysWaitingWithNoReplies() throws Exception {
    inbox.put(update(20, 4, 1), 4);
    assertThrows(
        IllegalStateException.class,
        () ->
            inbox.handleNext(
                4,
                u -> {
                  throw new IllegalStateException("the replica died here");
                }));
    assertEquals(0, count("SELECT COUNT(*) FROM outgoing"));
    assertEquals(List.of(4L), inbox.stalled(Duration.ZERO), "the sweep finds it");
    assertTrue(inbox.handleNext(4, SharedInboxTest::reply));
    assertEquals(List.of(), inbox.stalled(Duration.ZERO));
  }
}
