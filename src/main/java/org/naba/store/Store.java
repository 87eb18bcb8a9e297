package org.naba.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.naba.database.Database;
import org.naba.database.Dialect;
import org.naba.database.PostgresSchema;
import org.naba.database.Session;
import org.naba.database.SqliteDatabase;
import org.naba.database.Work;
import org.naba.quotes.Quote;
import org.naba.quotes.QuoteClause;
import org.naba.text.ArabicNormalizer;
import org.naba.text.Span;

/**
 * The source of truth: articles, their paragraphs, sentences and quotes, in a {@link Database}: a
 * SQLite file (WAL mode; the default) or a PostgreSQL server ({@code store.url}).
 *
 * <p>Each article is written in one transaction, so a crash never leaves half an article. Several
 * processes may use the same store: on SQLite a busy timeout makes writers wait for each other; on
 * PostgreSQL they write at once, and each article's transaction also adds a row to the index's
 * outbox ({@link #drainOutbox}), since sequence numbers there may commit out of order.
 *
 * <p>Long because it is the one store boundary: one database, its statements and one lock hold
 * every table's plain SQL and mapper, so each write stays one transaction and every database error
 * is wrapped in one place. The quote listings could move to a reader of their own.
 */
public final class Store implements AutoCloseable {

  /**
   * 1: articles and their structure; 2: feed sources, their seen items, article keys; 3: the story
   * of each article.
   */
  static final int SCHEMA_VERSION = 3;

  /** PostgreSQL's schema_version component of these tables. */
  static final String COMPONENT = "articles";

  private static final List<String> SQLITE_PRAGMAS =
      // bulk ingest: checkpoint the WAL less often and keep more pages in memory (64 MB)
      List.of("wal_autocheckpoint = 20000", "cache_size = -65536");

  private final Database db;
  private final Clock clock;

  /** The column of a span's end offset: {@code end} is reserved in PostgreSQL. */
  private final String end;

  private Store(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
    this.end = db.dialect() == Dialect.POSTGRESQL ? "stop" : "end";
  }

  /** Opens (creating if needed) the SQLite store at {@code file}. */
  public static Store open(Path file, Clock clock) {
    Database db;
    try {
      db = SqliteDatabase.open(file, SQLITE_PRAGMAS);
    } catch (SQLException e) {
      throw new StoreException("cannot open store " + file + ": " + e.getMessage(), e);
    }
    return open(db, clock);
  }

  public static Store open(Path file) {
    return open(file, Clock.systemUTC());
  }

  /** Opens the store in {@code db}, creating or upgrading its tables; the store then owns it. */
  public static Store open(Database db, Clock clock) {
    Store store = new Store(db, clock);
    try {
      if (db.dialect() == Dialect.POSTGRESQL) {
        PostgresSchema.migrate(db, COMPONENT, SCHEMA_VERSION, PostgresArticleTables::upgrade);
        PostgresSchema.migrate(
            db, PostgresArticleTables.CONSUMERS, 1, PostgresArticleTables::upgradeConsumers);
      } else {
        store.migrateSqlite();
      }
      return store;
    } catch (SQLException | RuntimeException e) {
      db.close();
      if (e instanceof StoreException se) {
        throw se;
      }
      throw new StoreException("cannot open store " + db.name() + ": " + e.getMessage(), e);
    }
  }

  /** Names the store in messages: its file, or its server's URL without credentials. */
  public String name() {
    return db.name();
  }

  private void migrateSqlite() throws SQLException {
    int version =
        db.session(
            s -> {
              try (Statement st = s.connection().createStatement();
                  ResultSet rs = st.executeQuery("PRAGMA user_version")) {
                return rs.getInt(1);
              }
            });
    if (version > SCHEMA_VERSION) {
      throw new StoreException(
          "store "
              + db.name()
              + " has schema version "
              + version
              + ", newer than this Naba ("
              + SCHEMA_VERSION
              + ")");
    }
    if (version == SCHEMA_VERSION) {
      return;
    }
    db.transaction(
        t -> {
          try (Statement st = t.connection().createStatement()) {
            if (version < 1) {
              createArticleTables(st);
            }
            if (version < 2) {
              SourceTable.createTables(st);
            }
            if (version < 3) {
              StoryTable.createTables(st);
            }
            st.execute("PRAGMA user_version = " + SCHEMA_VERSION);
          }
          return null;
        });
  }

  private static void createArticleTables(Statement st) throws SQLException {
    st.execute(
        """
        CREATE TABLE articles (
          seq INTEGER PRIMARY KEY AUTOINCREMENT,
          id TEXT NOT NULL UNIQUE,
          dedup_key TEXT NOT NULL UNIQUE,
          url TEXT,
          outlet TEXT,
          title TEXT NOT NULL,
          published TEXT,
          body TEXT NOT NULL,
          ingested_at TEXT NOT NULL
        )""");
    st.execute(
        """
        CREATE TABLE paragraphs (
          article_seq INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
          ordinal INTEGER NOT NULL,
          start INTEGER NOT NULL,
          end INTEGER NOT NULL,
          PRIMARY KEY (article_seq, ordinal)
        ) WITHOUT ROWID""");
    st.execute(
        """
        CREATE TABLE sentences (
          article_seq INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
          ordinal INTEGER NOT NULL,
          paragraph INTEGER NOT NULL,
          start INTEGER NOT NULL,
          end INTEGER NOT NULL,
          PRIMARY KEY (article_seq, ordinal)
        ) WITHOUT ROWID""");
    st.execute(
        """
        CREATE TABLE quotes (
          article_seq INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
          ordinal INTEGER NOT NULL,
          start INTEGER NOT NULL,
          end INTEGER NOT NULL,
          speaker TEXT,
          role TEXT,
          cue TEXT,
          PRIMARY KEY (article_seq, ordinal),
          CHECK (0 <= start AND start < end)
        ) WITHOUT ROWID""");
    st.execute("CREATE INDEX quotes_by_speaker ON quotes(speaker)");
  }

  /**
   * Stores {@code parsed} in one transaction unless an article with the same key is already there.
   * The key is the URL when there is one, else a hash of the normalised body.
   *
   * @throws StoreException if the article's id is taken by a different article, or on a database
   *     failure; nothing is written then
   */
  public AddOutcome add(ParsedArticle parsed) {
    Article a = parsed.article();
    String key = dedupKey(a);
    try {
      return db.transaction(
          s -> {
            if (exists(s, "SELECT 1 FROM articles WHERE dedup_key = ?", key)) {
              return AddOutcome.DUPLICATE;
            }
            if (exists(s, "SELECT 1 FROM articles WHERE id = ?", a.id())) {
              throw new StoreException(
                  "article id '" + a.id() + "' is already stored with a different URL or text");
            }
            OptionalLong seq = insertArticle(s, a, key, clock.instant());
            if (seq.isEmpty()) {
              return AddOutcome.DUPLICATE; // another process stored it meanwhile
            }
            insertStructure(s, seq.getAsLong(), parsed);
            return AddOutcome.ADDED;
          });
    } catch (SQLException e) {
      throw new StoreException("cannot store article '" + a.id() + "': " + e.getMessage(), e);
    }
  }

  private boolean exists(Session s, String sql, String value) throws SQLException {
    PreparedStatement ps = s.statement(sql);
    ps.setString(1, value);
    try (ResultSet rs = ps.executeQuery()) {
      return rs.next();
    }
  }

  /**
   * Inserts the article row, and on PostgreSQL its outbox row in the same transaction; empty when
   * an article with the same key is there already.
   */
  private OptionalLong insertArticle(Session s, Article a, String key, Instant ingestedAt)
      throws SQLException {
    PreparedStatement ps =
        s.statement(
            "INSERT INTO articles(id, dedup_key, url, outlet, title, published, body, ingested_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (dedup_key) DO NOTHING"
                + " RETURNING seq");
    ps.setString(1, a.id());
    ps.setString(2, key);
    ps.setString(3, a.url());
    ps.setString(4, a.outlet());
    ps.setString(5, a.title());
    ps.setString(6, a.published());
    ps.setString(7, a.text());
    ps.setString(8, ingestedAt.toString());
    long seq;
    try (ResultSet rs = ps.executeQuery()) {
      if (!rs.next()) {
        return OptionalLong.empty();
      }
      seq = rs.getLong(1);
    }
    if (db.dialect() == Dialect.POSTGRESQL) {
      // one row per index that follows the store; shared, so that a new index registering
      // (exclusively) waits for this transaction, and this one sees it once it has registered
      PreparedStatement lock = s.statement("SELECT pg_advisory_xact_lock_shared(?)");
      lock.setLong(1, OUTBOX_LOCK);
      lock.execute();
      PreparedStatement outbox =
          s.statement(
              "INSERT INTO index_outbox(consumer, article_seq) SELECT name, ? FROM index_consumers");
      outbox.setLong(1, seq);
      outbox.executeUpdate();
    }
    return OptionalLong.of(seq);
  }

  private void insertStructure(Session s, long seq, ParsedArticle parsed) throws SQLException {
    PreparedStatement paragraphs =
        s.statement(
            "INSERT INTO paragraphs(article_seq, ordinal, start, " + end + ") VALUES (?, ?, ?, ?)");
    for (int i = 0; i < parsed.paragraphs().size(); i++) {
      Span p = parsed.paragraphs().get(i);
      paragraphs.setLong(1, seq);
      paragraphs.setInt(2, i);
      paragraphs.setInt(3, p.start());
      paragraphs.setInt(4, p.end());
      paragraphs.addBatch();
    }
    paragraphs.executeBatch();
    PreparedStatement sentences =
        s.statement(
            "INSERT INTO sentences(article_seq, ordinal, paragraph, start, "
                + end
                + ")"
                + " VALUES (?, ?, ?, ?, ?)");
    for (int i = 0; i < parsed.sentences().size(); i++) {
      Span sentence = parsed.sentences().get(i);
      sentences.setLong(1, seq);
      sentences.setInt(2, i);
      sentences.setInt(3, parsed.paragraphOf(sentence));
      sentences.setInt(4, sentence.start());
      sentences.setInt(5, sentence.end());
      sentences.addBatch();
    }
    sentences.executeBatch();
    PreparedStatement quotes =
        s.statement(
            "INSERT INTO quotes(article_seq, ordinal, start, "
                + end
                + ", speaker, role, cue)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)");
    for (int i = 0; i < parsed.quotes().size(); i++) {
      Quote q = parsed.quotes().get(i);
      quotes.setLong(1, seq);
      quotes.setInt(2, i);
      quotes.setInt(3, q.start());
      quotes.setInt(4, q.end());
      quotes.setString(5, q.speaker());
      quotes.setString(6, q.role());
      quotes.setString(7, q.cue());
      quotes.addBatch();
    }
    quotes.executeBatch();
  }

  static String dedupKey(Article a) {
    if (a.url() != null && !a.url().isBlank()) {
      return "url:" + a.url().strip();
    }
    return "sha256:" + textHash(a.text());
  }

  /** The hex SHA-256 of the normalised text: the same for the same words in any spelling. */
  static String textHash(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(ArabicNormalizer.normalize(text).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  // --- revisable articles (a feed's items): identity keys and updates in place ---

  /**
   * What {@link #put} did.
   *
   * @param id the stored article's id: the known article's when the item was known
   * @param seq its sequence number now (a new one when it was updated)
   */
  public record PutResult(AddOutcome outcome, String id, long seq) {}

  /**
   * Stores an article that may be a new version of a stored one (a feed's item), in one
   * transaction.
   *
   * <p>Rules:
   *
   * <ul>
   *   <li>The article is known when its URL, or one of {@code aliases} (say a feed item's GUID),
   *       names a stored article; failing that, when its normalised text is stored (under another
   *       URL).
   *   <li>Unknown: stored as new, its URL, aliases and text kept as its keys ({@link
   *       AddOutcome#ADDED}).
   *   <li>Known by its text only, or known with the same title and text: {@link
   *       AddOutcome#DUPLICATE}; its URL and aliases become keys of the stored article, so the same
   *       text under two URLs is stored once.
   *   <li>Known by URL or alias with another title or text: {@link AddOutcome#UPDATED}. The stored
   *       article is replaced, structure and all, under the same id and with a new sequence number
   *       (so the index follows it, and a search hit on the old version finds no article); its
   *       first ingest time is kept, and so is its date when the new version has none.
   * </ul>
   *
   * @throws StoreException if a new article's id is taken by another article, or on a database
   *     failure; nothing is written then
   */
  public PutResult put(ParsedArticle parsed, Collection<String> aliases) {
    Article a = parsed.article();
    List<String> identity = new ArrayList<>();
    identity.add(dedupKey(a));
    identity.addAll(aliases);
    String textKey = "text:" + textHash(a.text());
    try {
      return db.transaction(s -> putInTransaction(s, parsed, identity, textKey));
    } catch (SQLException e) {
      throw new StoreException("cannot store article '" + a.id() + "': " + e.getMessage(), e);
    }
  }

  private PutResult putInTransaction(
      Session s, ParsedArticle parsed, List<String> identity, String textKey) throws SQLException {
    Article a = parsed.article();
    String known = null;
    for (String key : identity) {
      known = articleIdFor(s, key);
      if (known != null) {
        break;
      }
    }
    boolean byIdentity = known != null;
    if (!byIdentity) {
      known = articleIdFor(s, textKey);
    }
    if (known == null) {
      if (exists(s, "SELECT 1 FROM articles WHERE id = ?", a.id())) {
        throw new StoreException(
            "article id '" + a.id() + "' is already stored with a different URL or text");
      }
      long seq = inserted(insertArticle(s, a, dedupKey(a), clock.instant()), a);
      insertStructure(s, seq, parsed);
      addKeys(s, a.id(), identity);
      addKeys(s, a.id(), List.of(textKey));
      return new PutResult(AddOutcome.ADDED, a.id(), seq);
    }
    KnownRow old = knownRow(s, known);
    if (!byIdentity || (old.title().equals(a.title()) && old.body().equals(a.text()))) {
      addKeys(s, known, identity);
      return new PutResult(AddOutcome.DUPLICATE, known, old.seq());
    }
    PreparedStatement delete = s.statement("DELETE FROM articles WHERE seq = ?");
    delete.setLong(1, old.seq());
    delete.executeUpdate();
    Article renamed =
        new Article(
            known,
            a.url(),
            a.outlet(),
            a.title(),
            a.published() != null ? a.published() : old.published(),
            a.text());
    long seq = inserted(insertArticle(s, renamed, dedupKey(renamed), old.ingestedAt()), renamed);
    insertStructure(
        s,
        seq,
        new ParsedArticle(renamed, parsed.paragraphs(), parsed.sentences(), parsed.quotes()));
    PreparedStatement dropText =
        s.statement("DELETE FROM article_keys WHERE article_id = ? AND key LIKE 'text:%'");
    dropText.setString(1, known);
    dropText.executeUpdate();
    List<String> keys = new ArrayList<>(identity);
    keys.add(textKey);
    keys.add(old.dedupKey()); // the old URL still names it
    addKeys(s, known, keys);
    return new PutResult(AddOutcome.UPDATED, known, seq);
  }

  /** The new row's sequence number: its keys were looked up in this transaction. */
  private static long inserted(OptionalLong seq, Article a) {
    if (seq.isEmpty()) {
      throw new StoreException("article '" + a.id() + "' was stored by another process meanwhile");
    }
    return seq.getAsLong();
  }

  private record KnownRow(
      long seq, String dedupKey, String title, String body, String published, Instant ingestedAt) {}

  private String articleIdFor(Session s, String key) throws SQLException {
    PreparedStatement byDedup = s.statement("SELECT id FROM articles WHERE dedup_key = ?");
    byDedup.setString(1, key);
    try (ResultSet rs = byDedup.executeQuery()) {
      if (rs.next()) {
        return rs.getString(1);
      }
    }
    PreparedStatement byKey = s.statement("SELECT article_id FROM article_keys WHERE key = ?");
    byKey.setString(1, key);
    try (ResultSet rs = byKey.executeQuery()) {
      return rs.next() ? rs.getString(1) : null;
    }
  }

  private KnownRow knownRow(Session s, String id) throws SQLException {
    PreparedStatement ps =
        s.statement(
            "SELECT seq, dedup_key, title, body, published, ingested_at FROM articles WHERE id = ?");
    ps.setString(1, id);
    try (ResultSet rs = ps.executeQuery()) {
      if (!rs.next()) {
        throw new StoreException("article key names article '" + id + "', which is not stored");
      }
      return new KnownRow(
          rs.getLong(1),
          rs.getString(2),
          rs.getString(3),
          rs.getString(4),
          rs.getString(5),
          Instant.parse(rs.getString(6)));
    }
  }

  private void addKeys(Session s, String id, Collection<String> keys) throws SQLException {
    PreparedStatement ps =
        s.statement(
            "INSERT INTO article_keys(key, article_id) VALUES (?, ?) ON CONFLICT (key) DO NOTHING");
    for (String key : keys) {
      ps.setString(1, key);
      ps.setString(2, id);
      ps.addBatch();
    }
    ps.executeBatch();
  }

  /** The feed sources and their fetch state, in this store. */
  public SourceTable sources() {
    return new SourceTable(db);
  }

  /** The story of each article (one event across outlets), in this store. */
  public StoryTable stories() {
    return new StoryTable(db);
  }

  /** Articles stored after {@code seq}, oldest first, at most {@code limit}. */
  public List<StoredArticle> after(long seq, int limit) {
    return read(
        "seq > ? ORDER BY seq LIMIT ?",
        ps -> {
          ps.setLong(1, seq);
          ps.setInt(2, limit);
        });
  }

  /** The article with store sequence number {@code seq}. */
  public Optional<StoredArticle> bySeq(long seq) {
    return read("seq = ?", ps -> ps.setLong(1, seq)).stream().findFirst();
  }

  /** The article with identifier {@code id}. */
  public Optional<StoredArticle> byId(String id) {
    return read("id = ?", ps -> ps.setString(1, id)).stream().findFirst();
  }

  /** Sets the parameters of a statement. */
  @FunctionalInterface
  private interface Binder {
    void bind(PreparedStatement ps) throws SQLException;
  }

  private List<StoredArticle> read(String where, Binder binder) {
    try {
      return db.read(s -> articles(s, where, binder));
    } catch (SQLException e) {
      throw new StoreException("cannot read articles from " + db.name() + ": " + e.getMessage(), e);
    }
  }

  /** The articles {@code WHERE where}, with their structure. */
  private List<StoredArticle> articles(Session s, String where, Binder binder) throws SQLException {
    PreparedStatement ps =
        s.statement(
            "SELECT seq, id, url, outlet, title, published, body, ingested_at FROM articles WHERE "
                + where);
    binder.bind(ps);
    List<Row> rows = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        rows.add(
            new Row(
                rs.getLong(1),
                new Article(
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getString(7)),
                Instant.parse(rs.getString(8))));
      }
    }
    if (rows.isEmpty()) {
      return List.of();
    }
    long first = rows.stream().mapToLong(Row::seq).min().orElseThrow();
    long last = rows.stream().mapToLong(Row::seq).max().orElseThrow();
    Map<Long, List<Span>> paragraphs = spans(s, "paragraphs", first, last);
    Map<Long, List<Span>> sentences = spans(s, "sentences", first, last);
    Map<Long, List<Quote>> quotes = quotes(s, rows, first, last);
    List<StoredArticle> out = new ArrayList<>(rows.size());
    for (Row row : rows) {
      out.add(
          new StoredArticle(
              row.seq(),
              row.ingestedAt(),
              new ParsedArticle(
                  row.article(),
                  paragraphs.getOrDefault(row.seq(), List.of()),
                  sentences.getOrDefault(row.seq(), List.of()),
                  quotes.getOrDefault(row.seq(), List.of()))));
    }
    return out;
  }

  private record Row(long seq, Article article, Instant ingestedAt) {}

  /** The spans of a structure table for the articles {@code first..last}, by article. */
  private Map<Long, List<Span>> spans(Session s, String table, long first, long last)
      throws SQLException {
    PreparedStatement ps =
        s.statement(
            "SELECT article_seq, start, "
                + end
                + " FROM "
                + table
                + " WHERE article_seq BETWEEN ? AND ? ORDER BY article_seq, ordinal");
    ps.setLong(1, first);
    ps.setLong(2, last);
    Map<Long, List<Span>> out = new HashMap<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
            .add(new Span(rs.getInt(2), rs.getInt(3)));
      }
    }
    return out;
  }

  /** The quotes of {@code rows} (of the articles {@code first..last}), by article. */
  private Map<Long, List<Quote>> quotes(Session s, List<Row> rows, long first, long last)
      throws SQLException {
    Map<Long, String> bodies = new HashMap<>();
    for (Row row : rows) {
      bodies.put(row.seq(), row.article().text());
    }
    PreparedStatement ps =
        s.statement(
            "SELECT article_seq, start, "
                + end
                + ", speaker, role, cue FROM quotes"
                + " WHERE article_seq BETWEEN ? AND ? ORDER BY article_seq, ordinal");
    ps.setLong(1, first);
    ps.setLong(2, last);
    Map<Long, List<Quote>> out = new HashMap<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        String body = bodies.get(rs.getLong(1));
        if (body == null) {
          continue; // an article between first and last that was not asked for
        }
        int start = rs.getInt(2);
        int stop = rs.getInt(3);
        out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
            .add(
                new Quote(
                    body.substring(start, stop),
                    start,
                    stop,
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6)));
      }
    }
    return out;
  }

  // --- the index's outbox (PostgreSQL) ---

  /** Whether the index follows this store through {@link #drainOutbox} (PostgreSQL). */
  public boolean hasOutbox() {
    return db.dialect() == Dialect.POSTGRESQL;
  }

  /** The advisory lock between ingest (shared) and an index registering (exclusive). */
  private static final long OUTBOX_LOCK = 0x6e6162614f757458L;

  /** How long an index may go without taking its rows before it is forgotten, rows and all. */
  public static final Duration INDEXER_EXPIRY = Duration.ofDays(7);

  /**
   * Registers {@code name} as an index that follows this store, so that every article stored from
   * now on gets an outbox row for it. Waits for the articles being stored right now (their
   * transactions hold the lock it takes exclusively), so an index that reads the store after this
   * returned true misses nothing: what committed before is in the store, what commits after has its
   * row. Indexes not seen for {@link #INDEXER_EXPIRY} are forgotten here, with their rows.
   *
   * @return true when {@code name} was not registered: its index must be built from the store
   */
  public boolean registerIndexer(String name) {
    requireOutbox();
    try {
      return db.transaction(
          s -> {
            PreparedStatement lock = s.statement("SELECT pg_advisory_xact_lock(?)");
            lock.setLong(1, OUTBOX_LOCK);
            lock.execute();
            PreparedStatement expire =
                s.statement(
                    "DELETE FROM index_consumers WHERE last_seen < now() - make_interval(secs => ?)");
            expire.setDouble(1, INDEXER_EXPIRY.toSeconds());
            expire.executeUpdate();
            PreparedStatement ps =
                s.statement(
                    "INSERT INTO index_consumers(name, last_seen) VALUES (?, now())"
                        + " ON CONFLICT (name) DO UPDATE SET last_seen = now()"
                        + " RETURNING (xmax = 0)");
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              return rs.getBoolean(1);
            }
          });
    } catch (SQLException e) {
      throw new StoreException(
          "cannot register index " + name + " with " + db.name() + ": " + e.getMessage(), e);
    }
  }

  private void requireOutbox() {
    if (!hasOutbox()) {
      throw new IllegalStateException("store " + db.name() + " has no outbox (SQLite)");
    }
  }

  /** Receives the articles taken from the outbox; the rows go once it returns. */
  @FunctionalInterface
  public interface OutboxSink {
    void accept(List<StoredArticle> articles) throws IOException;
  }

  /**
   * Takes up to {@code limit} of {@code consumer}'s rows of the outbox that no other indexer holds
   * ({@code FOR UPDATE SKIP LOCKED}), hands their articles to {@code sink}, and deletes the rows
   * once it returned, all in one transaction: if {@code sink} throws, the rows stay for the next
   * try (at-least-once; the index replaces an article's units by its id, so a second time is
   * harmless). A row whose article was replaced by a newer version is deleted unread: the new
   * version has its own row.
   *
   * @return the number of rows taken (0: the outbox is empty or held by other indexers)
   * @throws IOException what {@code sink} threw; nothing is deleted then
   */
  public int drainOutbox(String consumer, int limit, OutboxSink sink) throws IOException {
    requireOutbox();
    try {
      return db.transaction(
          s -> {
            PreparedStatement seen =
                s.statement("UPDATE index_consumers SET last_seen = now() WHERE name = ?");
            seen.setString(1, consumer);
            if (seen.executeUpdate() == 0) {
              throw new StoreException(
                  "index " + consumer + " is not registered with " + db.name());
            }
            List<Long> ids = new ArrayList<>();
            List<Long> seqs = new ArrayList<>();
            PreparedStatement take =
                s.statement(
                    "SELECT id, article_seq FROM index_outbox WHERE consumer = ? ORDER BY id"
                        + " LIMIT ? FOR UPDATE SKIP LOCKED");
            take.setString(1, consumer);
            take.setInt(2, limit);
            try (ResultSet rs = take.executeQuery()) {
              while (rs.next()) {
                ids.add(rs.getLong(1));
                seqs.add(rs.getLong(2));
              }
            }
            if (ids.isEmpty()) {
              return 0;
            }
            java.sql.Array seqArray = s.connection().createArrayOf("bigint", seqs.toArray());
            List<StoredArticle> articles =
                articles(s, "seq = ANY(?) ORDER BY seq", ps -> ps.setArray(1, seqArray));
            try {
              sink.accept(articles);
            } catch (IOException e) {
              throw new OutboxSinkFailure(e);
            }
            PreparedStatement done = s.statement("DELETE FROM index_outbox WHERE id = ANY(?)");
            done.setArray(1, s.connection().createArrayOf("bigint", ids.toArray()));
            done.executeUpdate();
            return ids.size();
          });
    } catch (OutboxSinkFailure e) {
      throw e.io;
    } catch (SQLException e) {
      throw new StoreException(
          "cannot take the index's outbox of " + db.name() + ": " + e.getMessage(), e);
    }
  }

  /** Carries the sink's failure out of the transaction (which it rolls back). */
  private static final class OutboxSinkFailure extends RuntimeException {
    private final transient IOException io;

    OutboxSinkFailure(IOException io) {
      super(io);
      this.io = io;
    }
  }

  /** The rows waiting in the index's outbox (0 on SQLite, which has none). */
  public long outboxSize() {
    return hasOutbox() ? queryLong("SELECT COUNT(*) FROM index_outbox") : 0;
  }

  /** The highest sequence number stored, or 0 when the store is empty. */
  public long lastSeq() {
    return queryLong("SELECT COALESCE(MAX(seq), 0) FROM articles");
  }

  public long articleCount() {
    return queryLong("SELECT COUNT(*) FROM articles");
  }

  /** Articles stored after sequence number {@code seq} (say, those an index does not hold yet). */
  public synchronized long articlesAfter(long seq) {
    return queryLong("SELECT COUNT(*) FROM articles WHERE seq > " + seq);
  }

  private long queryLong(String sql) {
    return query(
        s -> {
          try (Statement st = s.connection().createStatement();
              ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
          }
        });
  }

  /** Runs a read on a consistent snapshot, naming the store if it fails. */
  private <T> T query(Work<T> work) {
    try {
      return db.read(work);
    } catch (SQLException e) {
      throw new StoreException("cannot query " + db.name() + ": " + e.getMessage(), e);
    }
  }

  /** The speakers quoted most often, most quoted first. */
  public List<String> topSpeakers(int limit) {
    return query(
        s -> {
          PreparedStatement ps =
              s.statement(
                  "SELECT speaker FROM quotes WHERE speaker IS NOT NULL"
                      + " GROUP BY speaker ORDER BY COUNT(*) DESC, speaker LIMIT ?");
          ps.setInt(1, limit);
          List<String> out = new ArrayList<>();
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              out.add(rs.getString(1));
            }
          }
          return out;
        });
  }

  /** Article counts per outlet, largest first ({@code null} outlet as "unknown"). */
  public Map<String, Long> outletCounts() {
    return query(
        s -> {
          try (Statement st = s.connection().createStatement();
              ResultSet rs =
                  st.executeQuery(
                      "SELECT COALESCE(outlet, 'unknown'), COUNT(*) AS n FROM articles"
                          + " GROUP BY 1 ORDER BY n DESC, 1")) {
            Map<String, Long> out = new LinkedHashMap<>();
            while (rs.next()) {
              out.put(rs.getString(1), rs.getLong(2));
            }
            return out;
          }
        });
  }

  @Override
  public void close() {
    db.close();
  }

  // --- queries for the bot ---

  /**
   * A quote with the article it comes from, for lists of statements (newest, by speaker).
   *
   * @param text verbatim from the article body
   */
  public record QuoteListing(
      String articleId,
      String text,
      String speaker,
      String role,
      String title,
      String outlet,
      String published,
      String url) {}

  private String listingColumns() {
    return "SELECT a.id, a.body, q.start, q."
        + end
        + ", q.speaker, q.role, a.title, a.outlet, a.published, a.url";
  }

  private static final String LISTING_FROM =
      " FROM quotes q JOIN articles a ON a.seq = q.article_seq";

  /** Order for "newest": by publication date when known (ISO sorts as text), then by arrival. */
  private static final String NEWEST_FIRST =
      " ORDER BY a.published IS NULL, a.published DESC, a.seq DESC, q.ordinal";

  /** The newest quotes that name their speaker, newest first, at most {@code limit}. */
  public List<QuoteListing> latestQuotes(int limit) {
    return query(
        s -> {
          PreparedStatement ps =
              s.statement(
                  listingColumns()
                      + LISTING_FROM
                      + " WHERE q.speaker IS NOT NULL"
                      + NEWEST_FIRST
                      + " LIMIT ?");
          ps.setInt(1, limit);
          return listings(ps);
        });
  }

  /**
   * A speaker and the role their quotes give most often.
   *
   * @param role the most frequent role, or {@code null} when no quote gives one
   * @param quotes how many quotes the store attributes to them
   */
  public record SpeakerSummary(String speaker, String role, int quotes) {}

  /** Every speaker of a quote, with their most frequent role. */
  public List<SpeakerSummary> speakers() {
    return query(
        s -> {
          Map<String, SpeakerSummary> bySpeaker = new LinkedHashMap<>();
          Map<String, Integer> roleCount = new HashMap<>();
          try (Statement st = s.connection().createStatement();
              ResultSet rs =
                  st.executeQuery(
                      "SELECT speaker, role, COUNT(*) FROM quotes WHERE speaker IS NOT NULL"
                          + " GROUP BY speaker, role ORDER BY speaker, role")) {
            while (rs.next()) {
              String speaker = rs.getString(1);
              String role = rs.getString(2);
              int n = rs.getInt(3);
              SpeakerSummary before = bySpeaker.get(speaker);
              int total = n + (before == null ? 0 : before.quotes());
              boolean better = role != null && n > roleCount.getOrDefault(speaker, 0);
              if (better) {
                roleCount.put(speaker, n);
              }
              bySpeaker.put(
                  speaker,
                  new SpeakerSummary(
                      speaker, better ? role : before == null ? null : before.role(), total));
            }
          }
          return List.copyOf(bySpeaker.values());
        });
  }

  /**
   * The newest publication date (ISO 8601 as stored) of the articles stored after sequence number
   * {@code seq}, or empty when none has one. Reads only those articles (by their sequence numbers),
   * so a caller that follows a growing store never scans it whole.
   */
  public Optional<String> newestPublishedAfter(long seq) {
    return query(
        s -> {
          try (PreparedStatement ps =
              s.connection()
                  .prepareStatement("SELECT MAX(published) FROM articles WHERE seq > ?")) {
            ps.setLong(1, seq);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
          }
        });
  }

  /** The quotes of exactly these speakers, newest first, at most {@code limit}. */
  public List<QuoteListing> quotesOf(Collection<String> speakers, int limit) {
    if (speakers.isEmpty()) {
      return List.of();
    }
    String marks = String.join(",", java.util.Collections.nCopies(speakers.size(), "?"));
    return query(
        s -> {
          try (PreparedStatement ps =
              s.connection()
                  .prepareStatement(
                      listingColumns()
                          + LISTING_FROM
                          + " WHERE q.speaker IN ("
                          + marks
                          + ")"
                          + NEWEST_FIRST
                          + " LIMIT ?")) {
            int i = 1;
            for (String speaker : speakers) {
              ps.setString(i++, speaker);
            }
            ps.setInt(i, limit);
            return listings(ps);
          }
        });
  }

  /**
   * Quotes by the speakers whose name contains {@code name} (compared after Arabic normalisation),
   * newest first, at most {@code limit}.
   */
  public List<QuoteListing> quotesBySpeaker(String name, int limit) {
    String wanted = ArabicNormalizer.normalize(name).strip();
    if (wanted.isEmpty()) {
      return List.of();
    }
    List<String> speakers =
        query(
            s -> {
              List<String> out = new ArrayList<>();
              try (Statement st = s.connection().createStatement();
                  ResultSet rs =
                      st.executeQuery(
                          "SELECT DISTINCT speaker FROM quotes WHERE speaker IS NOT NULL")) {
                while (rs.next()) {
                  String speaker = rs.getString(1);
                  if (ArabicNormalizer.normalize(speaker).contains(wanted)) {
                    out.add(speaker);
                  }
                }
              }
              return out;
            });
    return quotesOf(speakers, limit);
  }

  /**
   * The quotes that name their speaker, of the articles ingested after {@code after} and at or
   * before {@code upTo}, newest first.
   */
  public List<QuoteListing> quotesIngested(Instant after, Instant upTo) {
    // ingested_at is Instant#toString text: the prefix up to the seconds sorts like the instant,
    // so SQL narrows by whole seconds and the exact bounds are applied here
    String from = after.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    String fromSecond = from.substring(0, from.length() - 1);
    return query(
        s -> {
          PreparedStatement ps =
              s.statement(
                  listingColumns()
                      + ", a.ingested_at"
                      + LISTING_FROM
                      + " WHERE q.speaker IS NOT NULL AND a.ingested_at >= ?"
                      + NEWEST_FIRST);
          ps.setString(1, fromSecond);
          List<QuoteListing> out = new ArrayList<>();
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              Instant at = Instant.parse(rs.getString(11));
              if (at.isAfter(after) && !at.isAfter(upTo)) {
                out.add(listing(rs));
              }
            }
          }
          return out;
        });
  }

  private static List<QuoteListing> listings(PreparedStatement ps) throws SQLException {
    List<QuoteListing> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(listing(rs));
      }
    }
    return out;
  }

  /**
   * A row of {@link #listingColumns()} as a listing: the quote cut from its article's body, with
   * the reported clause it completes ({@link QuoteClause}).
   */
  private static QuoteListing listing(ResultSet rs) throws SQLException {
    return new QuoteListing(
        rs.getString(1),
        QuoteClause.text(rs.getString(2), rs.getInt(3), rs.getInt(4)),
        rs.getString(5),
        rs.getString(6),
        rs.getString(7),
        rs.getString(8),
        rs.getString(9),
        rs.getString(10));
  }
}
