package org.naba.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.naba.quotes.Quote;
import org.naba.text.ArabicNormalizer;
import org.naba.text.Span;

/**
 * The source of truth: articles, their paragraphs, sentences and quotes in SQLite (WAL mode).
 *
 * <p>Each article is written in one transaction, so a crash never leaves half an article. Several
 * processes may use the same file: a busy timeout makes writers wait for each other.
 */
public final class Store implements AutoCloseable {

  /** 1: articles and their structure; 2: feed sources, their seen items, article keys. */
  static final int SCHEMA_VERSION = 2;

  private final Connection connection;
  private final Path file;
  private final Clock clock;

  /** Prepared once and reused: ingest runs the same few statements for every article. */
  private final Map<String, PreparedStatement> statements = new HashMap<>();

  private Store(Connection connection, Path file, Clock clock) {
    this.connection = connection;
    this.file = file;
    this.clock = clock;
  }

  /** Opens (creating if needed) the store at {@code file}. */
  public static Store open(Path file, Clock clock) {
    try {
      Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
      try (Statement st = connection.createStatement()) {
        st.execute("PRAGMA busy_timeout = 30000");
        st.execute("PRAGMA journal_mode = WAL");
        st.execute("PRAGMA synchronous = NORMAL");
        // bulk ingest: checkpoint the WAL less often and keep more pages in memory (64 MB)
        st.execute("PRAGMA wal_autocheckpoint = 20000");
        st.execute("PRAGMA cache_size = -65536");
        st.execute("PRAGMA foreign_keys = ON");
      }
      Store store = new Store(connection, file, clock);
      store.migrate();
      return store;
    } catch (SQLException e) {
      throw new StoreException("cannot open store " + file + ": " + e.getMessage(), e);
    }
  }

  public static Store open(Path file) {
    return open(file, Clock.systemUTC());
  }

  public Path file() {
    return file;
  }

  private void migrate() throws SQLException {
    int version;
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery("PRAGMA user_version")) {
      version = rs.getInt(1);
    }
    if (version > SCHEMA_VERSION) {
      throw new StoreException(
          "store "
              + file
              + " has schema version "
              + version
              + ", newer than this Naba ("
              + SCHEMA_VERSION
              + ")");
    }
    if (version == SCHEMA_VERSION) {
      return;
    }
    connection.setAutoCommit(false);
    try (Statement st = connection.createStatement()) {
      if (version < 1) {
        createArticleTables(st);
      }
      if (version < 2) {
        SourceTable.createTables(st);
      }
      st.execute("PRAGMA user_version = " + SCHEMA_VERSION);
      connection.commit();
    } catch (SQLException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(true);
    }
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
  public synchronized AddOutcome add(ParsedArticle parsed) {
    Article a = parsed.article();
    String key = dedupKey(a);
    try {
      connection.setAutoCommit(false);
      try {
        if (exists("SELECT 1 FROM articles WHERE dedup_key = ?", key)) {
          connection.rollback();
          return AddOutcome.DUPLICATE;
        }
        if (exists("SELECT 1 FROM articles WHERE id = ?", a.id())) {
          connection.rollback();
          throw new StoreException(
              "article id '" + a.id() + "' is already stored with a different URL or text");
        }
        long seq = insertArticle(a, key);
        insertStructure(seq, parsed);
        connection.commit();
        return AddOutcome.ADDED;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StoreException("cannot store article '" + a.id() + "': " + e.getMessage(), e);
    }
  }

  private boolean exists(String sql, String value) throws SQLException {
    PreparedStatement ps = statement(sql);
    ps.setString(1, value);
    try (ResultSet rs = ps.executeQuery()) {
      return rs.next();
    }
  }

  private PreparedStatement statement(String sql) throws SQLException {
    PreparedStatement ps = statements.get(sql);
    if (ps == null) {
      ps = connection.prepareStatement(sql);
      statements.put(sql, ps);
    }
    return ps;
  }

  private long insertArticle(Article a, String key) throws SQLException {
    return insertArticle(a, key, clock.instant());
  }

  private long insertArticle(Article a, String key, Instant ingestedAt) throws SQLException {
    PreparedStatement ps =
        statement(
            "INSERT INTO articles(id, dedup_key, url, outlet, title, published, body, ingested_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING seq");
    ps.setString(1, a.id());
    ps.setString(2, key);
    ps.setString(3, a.url());
    ps.setString(4, a.outlet());
    ps.setString(5, a.title());
    ps.setString(6, a.published());
    ps.setString(7, a.text());
    ps.setString(8, ingestedAt.toString());
    try (ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private void insertStructure(long seq, ParsedArticle parsed) throws SQLException {
    PreparedStatement paragraphs =
        statement("INSERT INTO paragraphs(article_seq, ordinal, start, end) VALUES (?, ?, ?, ?)");
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
        statement(
            "INSERT INTO sentences(article_seq, ordinal, paragraph, start, end)"
                + " VALUES (?, ?, ?, ?, ?)");
    for (int i = 0; i < parsed.sentences().size(); i++) {
      Span s = parsed.sentences().get(i);
      sentences.setLong(1, seq);
      sentences.setInt(2, i);
      sentences.setInt(3, parsed.paragraphOf(s));
      sentences.setInt(4, s.start());
      sentences.setInt(5, s.end());
      sentences.addBatch();
    }
    sentences.executeBatch();
    PreparedStatement quotes =
        statement(
            "INSERT INTO quotes(article_seq, ordinal, start, end, speaker, role, cue)"
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
  public synchronized PutResult put(ParsedArticle parsed, Collection<String> aliases) {
    Article a = parsed.article();
    List<String> identity = new ArrayList<>();
    identity.add(dedupKey(a));
    identity.addAll(aliases);
    String textKey = "text:" + textHash(a.text());
    try {
      connection.setAutoCommit(false);
      try {
        PutResult result = putInTransaction(parsed, identity, textKey);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StoreException("cannot store article '" + a.id() + "': " + e.getMessage(), e);
    }
  }

  private PutResult putInTransaction(ParsedArticle parsed, List<String> identity, String textKey)
      throws SQLException {
    Article a = parsed.article();
    String known = null;
    for (String key : identity) {
      known = articleIdFor(key);
      if (known != null) {
        break;
      }
    }
    boolean byIdentity = known != null;
    if (!byIdentity) {
      known = articleIdFor(textKey);
    }
    if (known == null) {
      if (exists("SELECT 1 FROM articles WHERE id = ?", a.id())) {
        throw new StoreException(
            "article id '" + a.id() + "' is already stored with a different URL or text");
      }
      long seq = insertArticle(a, dedupKey(a));
      insertStructure(seq, parsed);
      addKeys(a.id(), identity);
      addKeys(a.id(), List.of(textKey));
      return new PutResult(AddOutcome.ADDED, a.id(), seq);
    }
    KnownRow old = knownRow(known);
    if (!byIdentity || (old.title().equals(a.title()) && old.body().equals(a.text()))) {
      addKeys(known, identity);
      return new PutResult(AddOutcome.DUPLICATE, known, old.seq());
    }
    PreparedStatement delete = statement("DELETE FROM articles WHERE seq = ?");
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
    long seq = insertArticle(renamed, dedupKey(renamed), old.ingestedAt());
    insertStructure(
        seq, new ParsedArticle(renamed, parsed.paragraphs(), parsed.sentences(), parsed.quotes()));
    PreparedStatement dropText =
        statement("DELETE FROM article_keys WHERE article_id = ? AND key LIKE 'text:%'");
    dropText.setString(1, known);
    dropText.executeUpdate();
    List<String> keys = new ArrayList<>(identity);
    keys.add(textKey);
    keys.add(old.dedupKey()); // the old URL still names it
    addKeys(known, keys);
    return new PutResult(AddOutcome.UPDATED, known, seq);
  }

  private record KnownRow(
      long seq, String dedupKey, String title, String body, String published, Instant ingestedAt) {}

  private String articleIdFor(String key) throws SQLException {
    PreparedStatement byDedup = statement("SELECT id FROM articles WHERE dedup_key = ?");
    byDedup.setString(1, key);
    try (ResultSet rs = byDedup.executeQuery()) {
      if (rs.next()) {
        return rs.getString(1);
      }
    }
    PreparedStatement byKey = statement("SELECT article_id FROM article_keys WHERE key = ?");
    byKey.setString(1, key);
    try (ResultSet rs = byKey.executeQuery()) {
      return rs.next() ? rs.getString(1) : null;
    }
  }

  private KnownRow knownRow(String id) throws SQLException {
    PreparedStatement ps =
        statement(
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

  private void addKeys(String id, Collection<String> keys) throws SQLException {
    PreparedStatement ps =
        statement("INSERT OR IGNORE INTO article_keys(key, article_id) VALUES (?, ?)");
    for (String key : keys) {
      ps.setString(1, key);
      ps.setString(2, id);
      ps.addBatch();
    }
    ps.executeBatch();
  }

  /** The feed sources and their fetch state, in this store. */
  public SourceTable sources() {
    return new SourceTable(this, connection, file);
  }

  /** Articles stored after {@code seq}, oldest first, at most {@code limit}. */
  public synchronized List<StoredArticle> after(long seq, int limit) {
    try {
      PreparedStatement ps =
          statement(
              "SELECT seq, id, url, outlet, title, published, body, ingested_at FROM articles"
                  + " WHERE seq > ? ORDER BY seq LIMIT ?");
      ps.setLong(1, seq);
      ps.setInt(2, limit);
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
      long first = rows.get(0).seq();
      long last = rows.get(rows.size() - 1).seq();
      Map<Long, List<Span>> paragraphs = spans("paragraphs", first, last);
      Map<Long, List<Span>> sentences = spans("sentences", first, last);
      Map<Long, List<Quote>> quotes = quotes(rows, first, last);
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
    } catch (SQLException e) {
      throw new StoreException("cannot read articles from " + file + ": " + e.getMessage(), e);
    }
  }

  private record Row(long seq, Article article, Instant ingestedAt) {}

  /** The article with store sequence number {@code seq}. */
  public synchronized Optional<StoredArticle> bySeq(long seq) {
    List<StoredArticle> found = after(seq - 1, 1);
    return found.isEmpty() || found.get(0).seq() != seq
        ? Optional.empty()
        : Optional.of(found.get(0));
  }

  /** The article with identifier {@code id}. */
  public synchronized Optional<StoredArticle> byId(String id) {
    try {
      PreparedStatement ps = statement("SELECT seq FROM articles WHERE id = ?");
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? bySeq(rs.getLong(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read article '" + id + "': " + e.getMessage(), e);
    }
  }

  /** The spans of a structure table for the articles {@code first..last}, by article. */
  private Map<Long, List<Span>> spans(String table, long first, long last) throws SQLException {
    PreparedStatement ps =
        statement(
            "SELECT article_seq, start, end FROM "
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

  private Map<Long, List<Quote>> quotes(List<Row> rows, long first, long last) throws SQLException {
    Map<Long, String> bodies = new HashMap<>();
    for (Row row : rows) {
      bodies.put(row.seq(), row.article().text());
    }
    PreparedStatement ps =
        statement(
            "SELECT article_seq, start, end, speaker, role, cue FROM quotes"
                + " WHERE article_seq BETWEEN ? AND ? ORDER BY article_seq, ordinal");
    ps.setLong(1, first);
    ps.setLong(2, last);
    Map<Long, List<Quote>> out = new HashMap<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        long seq = rs.getLong(1);
        String body = bodies.get(seq);
        int start = rs.getInt(2);
        int end = rs.getInt(3);
        out.computeIfAbsent(seq, k -> new ArrayList<>())
            .add(
                new Quote(
                    body.substring(start, end),
                    start,
                    end,
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6)));
      }
    }
    return out;
  }

  /** The highest sequence number stored, or 0 when the store is empty. */
  public synchronized long lastSeq() {
    return queryLong("SELECT COALESCE(MAX(seq), 0) FROM articles");
  }

  public synchronized long articleCount() {
    return queryLong("SELECT COUNT(*) FROM articles");
  }

  private long queryLong(String sql) {
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new StoreException("cannot query " + file + ": " + e.getMessage(), e);
    }
  }

  /** The speakers quoted most often, most quoted first. */
  public synchronized List<String> topSpeakers(int limit) {
    try (PreparedStatement ps =
        connection.prepareStatement(
            "SELECT speaker FROM quotes WHERE speaker IS NOT NULL"
                + " GROUP BY speaker ORDER BY COUNT(*) DESC, speaker LIMIT ?")) {
      ps.setInt(1, limit);
      List<String> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("cannot query " + file + ": " + e.getMessage(), e);
    }
  }

  /** Article counts per outlet, largest first ({@code null} outlet as "unknown"). */
  public synchronized Map<String, Long> outletCounts() {
    try (Statement st = connection.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT COALESCE(outlet, 'unknown'), COUNT(*) AS n FROM articles"
                    + " GROUP BY 1 ORDER BY n DESC, 1")) {
      Map<String, Long> out = new LinkedHashMap<>();
      while (rs.next()) {
        out.put(rs.getString(1), rs.getLong(2));
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("cannot query " + file + ": " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized void close() {
    try {
      for (PreparedStatement ps : statements.values()) {
        ps.close();
      }
      connection.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close store " + file + ": " + e.getMessage(), e);
    }
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

  private static final String LISTING_COLUMNS =
      "SELECT a.id, a.body, q.start, q.end, q.speaker, q.role, a.title, a.outlet, a.published,"
          + " a.url";
  private static final String LISTING_FROM =
      " FROM quotes q JOIN articles a ON a.seq = q.article_seq";
  private static final String LISTING_SELECT = LISTING_COLUMNS + LISTING_FROM;

  /** Order for "newest": by publication date when known (ISO sorts as text), then by arrival. */
  private static final String NEWEST_FIRST =
      " ORDER BY a.published IS NULL, a.published DESC, a.seq DESC, q.ordinal";

  /** The newest quotes that name their speaker, newest first, at most {@code limit}. */
  public synchronized List<QuoteListing> latestQuotes(int limit) {
    try {
      PreparedStatement ps =
          statement(LISTING_SELECT + " WHERE q.speaker IS NOT NULL" + NEWEST_FIRST + " LIMIT ?");
      ps.setInt(1, limit);
      return listings(ps);
    } catch (SQLException e) {
      throw new StoreException("cannot query " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * A speaker and the role their quotes give most often.
   *
   * @param role the most frequent role, or {@code null} when no quote gives one
   * @param quotes how many quotes the store attributes to them
   */
  public record SpeakerSummary(String speaker, String role, int quotes) {}

  /** Every speaker of a quote, with their most frequent role. */
  public synchronized List<SpeakerSummary> speakers() {
    Map<String, SpeakerSummary> bySpeaker = new LinkedHashMap<>();
    Map<String, Integer> roleCount = new HashMap<>();
    try (Statement st = connection.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT speaker, role, COUNT(*) FROM quotes WHERE speaker IS NOT NULL"
                    + " GROUP BY speaker, role ORDER BY speaker")) {
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
      return List.copyOf(bySpeaker.values());
    } catch (SQLException e) {
      throw new StoreException("cannot read the speakers of " + file + ": " + e.getMessage(), e);
    }
  }

  /** The newest publication date of the store (ISO 8601 as stored), or empty when none has one. */
  public synchronized Optional<String> newestPublished() {
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery("SELECT MAX(published) FROM articles")) {
      return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
    } catch (SQLException e) {
      throw new StoreException("cannot query " + file + ": " + e.getMessage(), e);
    }
  }

  /** The quotes of exactly these speakers, newest first, at most {@code limit}. */
  public synchronized List<QuoteListing> quotesOf(Collection<String> speakers, int limit) {
    if (speakers.isEmpty()) {
      return List.of();
    }
    String marks = String.join(",", java.util.Collections.nCopies(speakers.size(), "?"));
    try (PreparedStatement ps =
        connection.prepareStatement(
            LISTING_SELECT + " WHERE q.speaker IN (" + marks + ")" + NEWEST_FIRST + " LIMIT ?")) {
      int i = 1;
      for (String speaker : speakers) {
        ps.setString(i++, speaker);
      }
      ps.setInt(i, limit);
      return listings(ps);
    } catch (SQLException e) {
      throw new StoreException(
          "cannot query " + file + " for the quotes of " + speakers + ": " + e.getMessage(), e);
    }
  }

  /**
   * Quotes by the speakers whose name contains {@code name} (compared after Arabic normalisation),
   * newest first, at most {@code limit}.
   */
  public synchronized List<QuoteListing> quotesBySpeaker(String name, int limit) {
    String wanted = ArabicNormalizer.normalize(name).strip();
    if (wanted.isEmpty()) {
      return List.of();
    }
    try {
      List<String> speakers = new ArrayList<>();
      try (Statement st = connection.createStatement();
          ResultSet rs =
              st.executeQuery("SELECT DISTINCT speaker FROM quotes WHERE speaker IS NOT NULL")) {
        while (rs.next()) {
          String speaker = rs.getString(1);
          if (ArabicNormalizer.normalize(speaker).contains(wanted)) {
            speakers.add(speaker);
          }
        }
      }
      return quotesOf(speakers, limit);
    } catch (SQLException e) {
      throw new StoreException(
          "cannot query " + file + " for speaker '" + name + "': " + e.getMessage(), e);
    }
  }

  /**
   * The quotes that name their speaker, of the articles ingested after {@code after} and at or
   * before {@code upTo}, newest first.
   */
  public synchronized List<QuoteListing> quotesIngested(Instant after, Instant upTo) {
    // ingested_at is Instant#toString text: the prefix up to the seconds sorts like the instant,
    // so SQL narrows by whole seconds and the exact bounds are applied here
    String from = after.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    from = from.substring(0, from.length() - 1);
    try {
      PreparedStatement ps =
          statement(
              LISTING_COLUMNS
                  + ", a.ingested_at"
                  + LISTING_FROM
                  + " WHERE q.speaker IS NOT NULL AND a.ingested_at >= ?"
                  + NEWEST_FIRST);
      ps.setString(1, from);
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
    } catch (SQLException e) {
      throw new StoreException("cannot query " + file + " for new quotes: " + e.getMessage(), e);
    }
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

  /** A row of {@link #LISTING_SELECT} as a listing: the quote cut from its article's body. */
  private static QuoteListing listing(ResultSet rs) throws SQLException {
    return new QuoteListing(
        rs.getString(1),
        rs.getString(2).substring(rs.getInt(3), rs.getInt(4)),
        rs.getString(5),
        rs.getString(6),
        rs.getString(7),
        rs.getString(8),
        rs.getString(9),
        rs.getString(10));
  }
}
