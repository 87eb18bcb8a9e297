package org.naba.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * A PostgreSQL server through a small HikariCP pool: each piece of work borrows a connection and
 * returns it, so several threads and processes read and write at once. The URL, user and password
 * come from the settings; only {@link #name()} (the URL without credentials or parameters) ever
 * appears in messages.
 */
public final class PostgresDatabase implements Database {

  /** The URLs this class takes. */
  public static final String URL_PREFIX = "jdbc:postgresql://";

  private static final int POOL_SIZE = 8;

  private final HikariDataSource pool;
  private final String name;
  private final String url;
  private final java.util.Properties login = new java.util.Properties();

  private PostgresDatabase(HikariDataSource pool, String name, String url, String user, String pw) {
    this.pool = pool;
    this.name = name;
    this.url = url;
    if (user != null && !user.isEmpty()) {
      login.setProperty("user", user);
    }
    if (pw != null && !pw.isEmpty()) {
      login.setProperty("password", pw);
    }
  }

  /**
   * Connects to {@code url} ({@code jdbc:postgresql://HOST:PORT/DATABASE}) as {@code user} (null:
   * the URL's or the driver's default).
   *
   * @throws IllegalArgumentException if {@code url} is not a PostgreSQL JDBC URL
   * @throws SQLException if the server cannot be reached or refuses the login
   */
  public static PostgresDatabase connect(String url, String user, String password)
      throws SQLException {
    String name = redacted(url);
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    if (user != null && !user.isEmpty()) {
      config.setUsername(user);
    }
    if (password != null && !password.isEmpty()) {
      config.setPassword(password);
    }
    config.setMaximumPoolSize(POOL_SIZE);
    config.setMinimumIdle(1);
    config.setPoolName("naba-postgres");
    config.setInitializationFailTimeout(10_000);
    try {
      return new PostgresDatabase(new HikariDataSource(config), name, url, user, password);
    } catch (RuntimeException e) {
      // Hikari wraps the driver's error; keep its message, which names no password
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      throw new SQLException("cannot connect to " + name + ": " + cause.getMessage(), cause);
    }
  }

  /**
   * {@code url} without a user, a password or parameters: {@code jdbc:postgresql://HOST:PORT/DB}.
   *
   * @throws IllegalArgumentException if {@code url} is not a PostgreSQL JDBC URL
   */
  public static String redacted(String url) {
    if (url == null || !url.startsWith(URL_PREFIX)) {
      throw new IllegalArgumentException("not a PostgreSQL URL (" + URL_PREFIX + "HOST:PORT/DB)");
    }
    try {
      URI uri = URI.create(url.substring("jdbc:".length()));
      String host = uri.getHost() == null ? "" : uri.getHost();
      String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
      String path = uri.getPath() == null ? "" : uri.getPath();
      return URL_PREFIX + host + port + path;
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "not a PostgreSQL URL (" + URL_PREFIX + "HOST:PORT/DB)", e);
    }
  }

  @Override
  public Dialect dialect() {
    return Dialect.POSTGRESQL;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public <T> T session(Work<T> work) throws SQLException {
    try (Session session = new Session(pool.getConnection())) {
      return work.run(session);
    }
  }

  @Override
  public <T> T transaction(Work<T> work) throws SQLException {
    try (Session session = new Session(pool.getConnection())) {
      return session.transaction(work);
    }
  }

  @Override
  public <T> T read(Work<T> work) throws SQLException {
    return transaction(work);
  }

  @Override
  public Connection hold() throws SQLException {
    return pool.getConnection();
  }

  /**
   * A connection of its own, outside the pool, for a lock held as long as a session lasts (the
   * elected sender's): the pool never recycles it, and it ends, releasing the lock, when it is
   * closed or when this process dies.
   */
  public Connection dedicated() throws SQLException {
    try {
      return java.sql.DriverManager.getConnection(url, login);
    } catch (SQLException e) {
      throw new SQLException("cannot connect to " + name + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    pool.close();
  }
}
