package org.naba.telegram;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.naba.database.PostgresDatabase;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Elects one sender among the replicas and, while this process is it, feeds the shared send table
 * ({@link SharedSends}) into its flood-controlled {@link SendQueue}.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>The sender is the process that holds a session-level advisory lock ({@code
 *       pg_try_advisory_lock}) on a connection of its own. The lock lasts as long as that
 *       connection: when the process dies, PostgreSQL drops the connection and the lock, and
 *       another replica takes it within {@link #RETRY} (its next try).
 *   <li>A new sender takes over what its predecessor left ({@link SharedSends#takeOver}), counts
 *       its predecessor's replies of the last minute in its flood limits, sends nothing for a
 *       second (its predecessor's last second is over by then), and says so ({@code onLead}: the
 *       digests start there).
 *   <li>A sender whose lock connection fails stops at once: it takes nothing more and forgets its
 *       queue ({@link SendQueue#abandon}); what it had taken waits in the table for the next one.
 *   <li>Only one process sends, so Telegram's limits (30 requests a second, one message a second a
 *       chat, 20 a minute a group) hold across replicas.
 * </ul>
 */
final class ElectedSender implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(ElectedSender.class);

  /** The channel on which a new row in the send table wakes the sender. */
  static final String CHANNEL = "naba_sends";

  /** The advisory lock key of the sender's election ("naba-snd"). */
  static final long LOCK = 0x6e6162612d736e64L;

  /** How often a replica that is not the sender tries to become it. */
  static final Duration RETRY = Duration.ofSeconds(1);

  private static final Duration FLUSH = Duration.ofSeconds(5);

  /** What a new sender waits before it sends: the per-chat interval and the global second. */
  private static final Duration QUIET = Duration.ofSeconds(1);

  private static final int WAIT_MILLIS = 200;
  private static final int BATCH = 200;

  private final PostgresDatabase db;
  private final SharedSends table;
  private final MethodCodec codec;
  private final SendQueue queue;
  private final BotLedger ledger;
  private final Clock clock;
  private final Runnable onLead;
  private final String process = UUID.randomUUID().toString().substring(0, 8);
  private final AtomicLong terms = new AtomicLong();
  private final Thread thread;
  private Connection lock;
  private volatile String term;
  private volatile boolean closed;

  ElectedSender(
      PostgresDatabase db,
      SharedSends table,
      MethodCodec codec,
      SendQueue queue,
      BotLedger ledger,
      Clock clock,
      Runnable onLead) {
    this.db = db;
    this.table = table;
    this.codec = codec;
    this.queue = queue;
    this.ledger = ledger;
    this.clock = clock;
    this.onLead = onLead;
    this.thread = new Thread(this::run, "naba-sender");
    thread.setDaemon(true);
  }

  void start() {
    thread.start();
  }

  /** Whether this process is the sender now. */
  boolean leading() {
    return term != null;
  }

  private void run() {
    Instant lastPrune = Instant.EPOCH;
    while (!closed) {
      try {
        if (term == null) {
          if (!tryToLead()) {
            Thread.sleep(RETRY.toMillis());
          }
          continue;
        }
        // waits for a new row, and fails when the lock's connection did
        lock.unwrap(PGConnection.class).getNotifications(WAIT_MILLIS);
        String current = term;
        for (SharedSends.Row row : table.take(current, BATCH)) {
          queue.enqueue(
              new Outgoing(
                  row.target(),
                  codec.decode(row.method(), row.body()),
                  new RowListener(row.id(), current)));
        }
        Instant now = clock.instant();
        if (Duration.between(lastPrune, now).compareTo(SharedSends.KEEP_SENT) > 0) {
          table.prune(now.minus(SharedSends.KEEP_SENT));
          lastPrune = now;
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (SQLException | RuntimeException e) {
        if (closed) {
          return;
        }
        if (term != null) {
          log.error(
              "the elected sender lost its lock or its database, stepping down: {}",
              e.getMessage());
          stepDown();
        } else {
          log.warn("cannot stand for sender: {}", e.getMessage());
          disconnect();
        }
        try {
          Thread.sleep(RETRY.toMillis());
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  private boolean tryToLead() throws SQLException {
    if (lock == null) {
      lock = db.dedicated();
    }
    try (Statement st = lock.createStatement();
        ResultSet rs = st.executeQuery("SELECT pg_try_advisory_lock(" + LOCK + ")")) {
      rs.next();
      if (!rs.getBoolean(1)) {
        return false;
      }
    }
    try (Statement st = lock.createStatement()) {
      st.execute("LISTEN " + CHANNEL);
    }
    String next = process + ":" + terms.incrementAndGet();
    Instant now = clock.instant();
    List<Outgoing.Target> writing = table.takeOver(next, ledger, now);
    List<SharedSends.Recent> recent = table.recent(now.minus(SharedSends.KEEP_SENT), process + ":");
    recent.forEach(r -> queue.sentElsewhere(r.target(), r.at()));
    // what the predecessor was writing may have reached Telegram just now; and it may have sent
    // other requests (digests) in its last second: nothing goes before that second has passed
    writing.forEach(target -> queue.sentElsewhere(target, now));
    queue.holdAll(now.plus(QUIET));
    term = next;
    log.info(
        "elected sender (term {}): {} recent sends counted, {} found being written",
        next,
        recent.size(),
        writing.size());
    onLead.run();
    return true;
  }

  private void stepDown() {
    term = null;
    int forgotten = queue.abandon();
    log.warn("no longer the sender: {} queued requests left to the next one", forgotten);
    disconnect();
  }

  private void disconnect() {
    if (lock != null) {
      try {
        lock.close();
      } catch (SQLException e) {
        log.debug("closing the lock's connection: {}", e.getMessage());
      }
      lock = null;
    }
  }

  /**
   * Stops taking rows, lets the queue send what it took (a few seconds at most) while it still
   * holds the lock, then lets the lock go with its connection.
   */
  @Override
  public void close() {
    closed = true;
    thread.interrupt();
    try {
      thread.join(FLUSH.toMillis());
      if (term != null) {
        queue.awaitIdle(FLUSH);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    term = null;
    disconnect();
  }

  /** Carries a row's fate back to the table, as long as this term holds it. */
  private final class RowListener implements Outgoing.Listener {
    private final long id;
    private final String rowTerm;

    RowListener(long id, String rowTerm) {
      this.id = id;
      this.rowTerm = rowTerm;
    }

    @Override
    public void writing() {
      if (!rowTerm.equals(term) || !table.writing(id, rowTerm)) {
        throw new IllegalStateException("request " + id + " was taken over by another sender");
      }
    }

    @Override
    public void sent(Object result) {
      table.sent(id, rowTerm, clock.instant());
    }

    @Override
    public void uncertain() {
      table.forget(id, rowTerm);
    }

    @Override
    public void dropped() {
      if (rowTerm.equals(term)) {
        table.forget(id, rowTerm);
      }
    }
  }
}
