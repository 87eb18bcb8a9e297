package org.naba.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

/**
 * A SQLite file on one writing connection, used by one thread at a time (a reentrant lock): SQLite
 * has one writer anyway, and the session keeps its prepared statements for the life of the file.
 * Reads ({@link #read}) run on up to {@value #READERS} read-only connections of their own, opened
 * when first needed, with SQLite's default page cache (the extra pragmas, a bulk ingest's large
 * cache among them, are the writer's): in WAL mode they read the last commit while the writer's
 * transaction runs.
 */
public final class SqliteDatabase implements Database {

  /** Read connections at most: the answering threads of a small machine. */
  static final int READERS = 4;

  private final Path file;
  private final Session session;
  private final ReentrantLock lock = new ReentrantLock();

  /** Idle read sessions; the permits bound those in use and idle together. */
  private final BlockingQueue<Session> readers = new ArrayBlockingQueue<>(READERS);

  private final Semaphore readPermits = new Semaphore(READERS);
  private volatile boolean closed;

  private SqliteDatabase(Path file, Connection connection) {
    this.file = file;
    this.session = new Session(connection);
  }

  /**
   * What every Naba file gets: writers of several processes wait for each other (30 s), readers do
   * not wait for writers (WAL), and foreign keys cascade.
   */
  private static final List<String> PRAGMAS =
      List.of(
          "busy_timeout = 30000",
          "journal_mode = WAL",
          "synchronous = NORMAL",
          "foreign_keys = ON");

  /**
   * Opens (creating if needed) {@code file} with Naba's pragmas, then {@code extraPragmas} (say
   * "cache_size = -65536").
   */
  public static SqliteDatabase open(Path file, List<String> extraPragmas) throws SQLException {
    return new SqliteDatabase(file, connect(file, extraPragmas, false));
  }

  private static Connection connect(Path file, List<String> extraPragmas, boolean readOnly)
      throws SQLException {
    Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
    try (Statement st = connection.createStatement()) {
      for (String pragma : Stream.concat(PRAGMAS.stream(), extraPragmas.stream()).toList()) {
        st.execute("PRAGMA " + pragma);
      }
      if (readOnly) {
        st.execute("PRAGMA query_only = ON");
      }
    } catch (SQLException e) {
      connection.close();
      throw e;
    }
    return connection;
  }

  public Path file() {
    return file;
  }

  @Override
  public Dialect dialect() {
    return Dialect.SQLITE;
  }

  @Override
  public String name() {
    return file.toString();
  }

  @Override
  public <T> T session(Work<T> work) throws SQLException {
    lock.lock();
    try {
      return work.run(session);
    } finally {
      lock.unlock();
    }
  }

  @Override
  public <T> T transaction(Work<T> work) throws SQLException {
    lock.lock();
    try {
      return session.transaction(work);
    } finally {
      lock.unlock();
    }
  }

  @Override
  public <T> T read(Work<T> work) throws SQLException {
    if (lock.isHeldByCurrentThread()) {
      // inside this thread's own session or transaction: read what it has written so far
      return session(work);
    }
    readPermits.acquireUninterruptibly();
    Session reader = null;
    try {
      reader = readers.poll();
      if (closed) {
        throw new SQLException(file + " is closed");
      }
      if (reader == null) {
        reader = new Session(connect(file, List.of(), true));
      }
      return reader.transaction(work);
    } finally {
      if (reader != null && (closed || !readers.offer(reader))) {
        reader.close();
      }
      readPermits.release();
    }
  }

  @Override
  public Connection hold() {
    return session.connection();
  }

  @Override
  public void close() {
    lock.lock();
    try {
      closed = true;
      readPermits.acquireUninterruptibly(READERS);
      try {
        for (Session reader; (reader = readers.poll()) != null; ) {
          reader.close();
        }
      } finally {
        readPermits.release(READERS);
      }
      session.close();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot close " + file + ": " + e.getMessage(), e);
    } finally {
      lock.unlock();
    }
  }
}
