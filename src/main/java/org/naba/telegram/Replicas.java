package org.naba.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.SQLException;
import java.time.Clock;
import org.naba.database.PostgresDatabase;

/**
 * What lets several {@code naba serve} processes share one bot over one PostgreSQL database: the
 * shared inbox the webhooks write each update to ({@link SharedInbox}), the send table their
 * replies go to ({@link SharedSends}), and the election of the one process that sends them and the
 * digests ({@link ElectedSender}). Owns its database (a pool of its own and the sender's
 * connection).
 */
public final class Replicas implements AutoCloseable {

  private final PostgresDatabase db;
  private final SharedInbox inbox;
  private final ElectedSender sender;

  private Replicas(PostgresDatabase db, SharedInbox inbox, ElectedSender sender) {
    this.db = db;
    this.inbox = inbox;
    this.sender = sender;
  }

  /**
   * Creates the shared tables if needed and stands for sender; {@code onLead} runs each time this
   * process becomes the sender (on the election's thread: it should only hand work on).
   */
  public static Replicas open(
      PostgresDatabase db, TelegramSending sending, Clock clock, Runnable onLead) {
    try {
      MethodCodec codec = new MethodCodec();
      SharedInbox inbox =
          SharedInbox.open(
              db,
              new ObjectMapper()
                  .configure(
                      com.fasterxml.jackson.databind.DeserializationFeature
                          .FAIL_ON_UNKNOWN_PROPERTIES,
                      false),
              codec);
      ElectedSender sender =
          new ElectedSender(
              db, new SharedSends(db), codec, sending.queue(), sending.ledger(), clock, onLead);
      sender.start();
      return new Replicas(db, inbox, sender);
    } catch (SQLException | RuntimeException e) {
      db.close();
      throw new IllegalStateException(
          "cannot open the replicas' tables in " + db.name() + ": " + e.getMessage(), e);
    }
  }

  /** Whether this process is the elected sender now (it sends, and runs the digests). */
  public boolean leading() {
    return sender.leading();
  }

  SharedInbox inbox() {
    return inbox;
  }

  /** Stops standing for sender (after flushing what it took), then closes the database. */
  @Override
  public void close() {
    try {
      sender.close();
    } finally {
      db.close();
    }
  }
}
