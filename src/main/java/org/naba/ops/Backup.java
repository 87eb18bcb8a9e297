package org.naba.ops;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Backups of a data folder's SQLite files, taken while Naba runs, and their restore.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>Each file ({@code naba.db}, the store; {@code telegram.db}, the bot's ledger and the
 *       digests' subscriptions, when there is one) is copied with {@code VACUUM INTO}: one read
 *       transaction, so the copy is the file as it was at one moment, whole, while other
 *       connections go on writing (WAL mode).
 *   <li>Each copy is checked ({@code PRAGMA quick_check}), and {@value #MANIFEST} is written last:
 *       a folder without it is no backup.
 *   <li>The Lucene index is not copied: it is rebuilt from the store on the first start.
 *   <li>A backup goes into a new or empty folder; a restore into a data folder that holds neither
 *       file, so nothing is overwritten. Each restored file is copied beside its place and moved
 *       there, so a restore cut short leaves no half file.
 * </ul>
 */
public final class Backup {

  /** The store's file, which every backup holds. */
  public static final String STORE = "naba.db";

  /** The bot's file, held when the data folder has one. */
  public static final String BOT = "telegram.db";

  /** Written last; lists what the backup holds. */
  public static final String MANIFEST = "backup.properties";

  /**
   * What a backup holds.
   *
   * @param folder where it is
   * @param takenAt when it was taken
   * @param files the SQLite files it holds
   * @param articles articles in its store
   * @param lastSeq the highest article sequence number in its store
   */
  public record Manifest(
      Path folder, Instant takenAt, List<String> files, long articles, long lastSeq) {}

  private Backup() {}

  /** Copies the SQLite files of {@code dataDir} into {@code folder} (new or empty). */
  public static Manifest take(Path dataDir, Path folder, Instant now) {
    Path store = dataDir.resolve(STORE);
    if (!Files.isRegularFile(store)) {
      throw new BackupException("no store to back up: " + store + " does not exist");
    }
    requireEmpty(folder);
    List<String> files = new ArrayList<>();
    try {
      Files.createDirectories(folder);
      for (String name : List.of(STORE, BOT)) {
        Path source = dataDir.resolve(name);
        if (Files.isRegularFile(source)) {
          vacuumInto(source, folder.resolve(name));
          check(folder.resolve(name));
          files.add(name);
        }
      }
      long[] counts = counts(folder.resolve(STORE));
      Manifest manifest = new Manifest(folder, now, files, counts[0], counts[1]);
      write(manifest);
      return manifest;
    } catch (IOException e) {
      throw new BackupException("cannot write the backup in " + folder + ": " + e.getMessage(), e);
    }
  }

  /** Reads the manifest of the backup in {@code folder}. */
  public static Manifest read(Path folder) {
    Path file = folder.resolve(MANIFEST);
    if (!Files.isRegularFile(file)) {
      throw new BackupException(
          folder + " holds no backup: " + MANIFEST + " is missing (an unfinished backup?)");
    }
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(in);
      return new Manifest(
          folder,
          Instant.parse(p.getProperty("taken-at")),
          List.of(p.getProperty("files").split(",")),
          Long.parseLong(p.getProperty("articles")),
          Long.parseLong(p.getProperty("last-seq")));
    } catch (IOException | RuntimeException e) {
      throw new BackupException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Restores the backup in {@code folder} into {@code dataDir}, which must hold no store and no bot
   * file (the index, if any, is removed: it is rebuilt from the restored store).
   */
  public static Manifest restore(Path folder, Path dataDir) {
    Manifest manifest = read(folder);
    for (String name : List.of(STORE, BOT)) {
      if (Files.exists(dataDir.resolve(name))) {
        throw new BackupException(
            "restore needs a data folder without "
                + name
                + ": "
                + dataDir.resolve(name)
                + " exists (restore into a new folder, or move it away first)");
      }
    }
    try {
      Files.createDirectories(dataDir);
      deleteTree(dataDir.resolve("index"));
      for (String name : manifest.files()) {
        Path part = dataDir.resolve(name + ".restoring");
        Files.copy(folder.resolve(name), part, StandardCopyOption.REPLACE_EXISTING);
        check(part);
        Files.move(part, dataDir.resolve(name), StandardCopyOption.ATOMIC_MOVE);
      }
    } catch (IOException e) {
      throw new BackupException(
          "cannot restore " + folder + " into " + dataDir + ": " + e.getMessage(), e);
    }
    return manifest;
  }

  private static void requireEmpty(Path folder) {
    if (!Files.exists(folder)) {
      return;
    }
    if (!Files.isDirectory(folder)) {
      throw new BackupException("backup folder " + folder + " is a file: name a new folder");
    }
    try (Stream<Path> entries = Files.list(folder)) {
      if (entries.findAny().isPresent()) {
        throw new BackupException("backup folder " + folder + " is not empty: name a new folder");
      }
    } catch (IOException e) {
      throw new BackupException("cannot read backup folder " + folder + ": " + e.getMessage(), e);
    }
  }

  private static void vacuumInto(Path source, Path target) {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + source);
        Statement st = c.createStatement()) {
      st.execute("PRAGMA busy_timeout = 30000");
      st.execute("VACUUM INTO '" + target.toString().replace("'", "''") + "'");
    } catch (SQLException e) {
      throw new BackupException(
          "cannot copy " + source + " into " + target + ": " + e.getMessage(), e);
    }
  }

  /** Fails unless {@code file} passes SQLite's quick check. */
  private static void check(Path file) {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("PRAGMA quick_check")) {
      String result = rs.next() ? rs.getString(1) : "no answer";
      if (!"ok".equals(result)) {
        throw new BackupException(file + " failed SQLite's quick check: " + result);
      }
    } catch (SQLException e) {
      throw new BackupException("cannot check " + file + ": " + e.getMessage(), e);
    }
  }

  /** Articles and the highest sequence number in the store {@code file}. */
  private static long[] counts(Path file) {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT COUNT(*), COALESCE(MAX(seq), 0) FROM articles")) {
      return new long[] {rs.getLong(1), rs.getLong(2)};
    } catch (SQLException e) {
      throw new BackupException("cannot count the articles of " + file + ": " + e.getMessage(), e);
    }
  }

  private static void write(Manifest m) throws IOException {
    Properties p = new Properties();
    p.setProperty("taken-at", m.takenAt().toString());
    p.setProperty("files", String.join(",", m.files()));
    p.setProperty("articles", Long.toString(m.articles()));
    p.setProperty("last-seq", Long.toString(m.lastSeq()));
    Path part = m.folder().resolve(MANIFEST + ".part");
    try (Writer out = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
      p.store(out, "Naba backup: restore with `naba restore " + m.folder() + "`");
    }
    Files.move(part, m.folder().resolve(MANIFEST), StandardCopyOption.ATOMIC_MOVE);
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
