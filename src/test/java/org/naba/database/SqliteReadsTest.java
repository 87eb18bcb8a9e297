package org.naba.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads on a SQLite file do not wait for its writer, and see only what is committed. */
class SqliteReadsTest {

  @TempDir Path dir;

  @Test
  void aReadRunsWhileTheWriterHoldsATransactionAndSeesTheLastCommit() throws Exception {
    try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("t.db"), List.of())) {
      db.session(
          s -> {
            try (Statement st = s.connection().createStatement()) {
              st.execute("CREATE TABLE t (x INTEGER)");
              st.execute("INSERT INTO t VALUES (1)");
            }
            return null;
          });
      CountDownLatch written = new CountDownLatch(1);
      CountDownLatch readDone = new CountDownLatch(1);
      CompletableFuture<Void> writer =
          CompletableFuture.runAsync(
              () -> {
                try {
                  db.transaction(
                      s -> {
                        try (Statement st = s.connection().createStatement()) {
                          st.execute("INSERT INTO t VALUES (2)");
                        }
                        // the transaction stays open, the writer's lock held, until the read is
                        // done
                        assertEquals(2, count(db), "own uncommitted row seen by its own thread");
                        written.countDown();
                        awaitOrFail(readDone);
                        return null;
                      });
                } catch (SQLException e) {
                  throw new IllegalStateException(e);
                }
              });
      assertTrue(written.await(30, TimeUnit.SECONDS));
      assertEquals(1, count(db), "a read during the writer's transaction sees the last commit");
      readDone.countDown();
      writer.get(30, TimeUnit.SECONDS);
      assertEquals(2, count(db), "a read after the commit sees it");
    }
  }

  @Test
  void aReadConnectionCannotWrite() throws Exception {
    try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("r.db"), List.of())) {
      db.session(
          s -> {
            try (Statement st = s.connection().createStatement()) {
              st.execute("CREATE TABLE t (x INTEGER)");
            }
            return null;
          });
      assertThrows(
          SQLException.class,
          () ->
              db.read(
                  s -> {
                    try (Statement st = s.connection().createStatement()) {
                      return st.executeUpdate("INSERT INTO t VALUES (1)");
                    }
                  }));
    }
  }

  private static void awaitOrFail(CountDownLatch latch) {
    try {
      assertTrue(latch.await(30, TimeUnit.SECONDS), "the read never finished");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static long count(Database db) throws SQLException {
    return db.read(
        s -> {
          try (Statement st = s.connection().createStatement();
              ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM t")) {
            rs.next();
            return rs.getLong(1);
          }
        });
  }
}
