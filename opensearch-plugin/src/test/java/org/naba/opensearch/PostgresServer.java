package org.naba.opensearch;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL server for the tests: Debian's binaries ({@code initdb}, {@code pg_ctl}),
 * a cluster in a temporary folder, a free loopback port, {@code fsync=off}; one per test JVM,
 * started on first use and stopped when the JVM exits. PostgreSQL refuses to run as root, so as
 * root it runs as the {@code postgres} user (created by the Debian package). {@code .ci/run}
 * installs the package when it is missing.
 *
 * <p>A copy of the main build's {@code org.naba.database.PostgresServer} for {@link ScaleOutIT}
 * (the plugin project cannot use the main build's classes). Its test JVM runs as uid 1000 in a user
 * namespace (see {@code src/test/bin/java-unprivileged}), where PostgreSQL starts directly.
 */
final class PostgresServer {

  private static final Object LOCK = new Object();
  private static PostgresServer shared;
  private static String unavailable;

  private final int port;
  private final AtomicInteger databases = new AtomicInteger();

  private PostgresServer(int port) {
    this.port = port;
  }

  /** The JVM's server, or empty with {@link #whyUnavailable()} when it cannot start. */
  public static Optional<PostgresServer> shared() {
    synchronized (LOCK) {
      if (shared == null && unavailable == null) {
        try {
          shared = start();
        } catch (IOException | InterruptedException | RuntimeException e) {
          unavailable = "PostgreSQL could not start: " + e.getMessage();
        }
      }
      return Optional.ofNullable(shared);
    }
  }

  public static String whyUnavailable() {
    return unavailable;
  }

  /** A new empty database on this server: {@code jdbc:postgresql://127.0.0.1:PORT/tN}. */
  public String newDatabase() {
    String name = "t" + databases.incrementAndGet();
    try (Connection c = DriverManager.getConnection(url("postgres"), "naba", "");
        Statement st = c.createStatement()) {
      st.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create test database " + name, e);
    }
    return url(name);
  }

  private String url(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=naba";
  }

  private static PostgresServer start() throws IOException, InterruptedException {
    Path bin = binaries();
    boolean root = "root".equals(System.getProperty("user.name"));
    Path dir = Files.createTempDirectory("naba-pg");
    Path data = dir.resolve("data");
    if (root) {
      run(List.of("chown", "-R", "postgres", dir.toString()), null);
    }
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    run(
        as(
            root,
            bin.resolve("initdb").toString(),
            "-D",
            data.toString(),
            "-U",
            "naba",
            "--auth=trust",
            "--no-sync",
            "-E",
            "UTF8",
            "--locale=C"),
        dir);
    run(
        as(
            root,
            bin.resolve("pg_ctl").toString(),
            "-D",
            data.toString(),
            "-l",
            dir.resolve("log").toString(),
            "-w",
            "-o",
            "-p "
                + port
                + " -k "
                + dir
                + " -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off"
                + " -c full_page_writes=off",
            "start"),
        dir);
    List<String> stop =
        as(
            root,
            bin.resolve("pg_ctl").toString(),
            "-D",
            data.toString(),
            "-m",
            "immediate",
            "stop");
    Runtime.getRuntime()
        .addShutdownHook(
            Thread.ofPlatform()
                .name("naba-test-postgres-stop")
                .unstarted(
                    () -> {
                      try {
                        run(stop, dir);
                        deleteTree(dir);
                      } catch (IOException | InterruptedException e) {
                        // the JVM is exiting; the folder is temporary
                      }
                    }));
    return new PostgresServer(port);
  }

  /** The folder of initdb and pg_ctl: the newest /usr/lib/postgresql/N/bin. */
  private static Path binaries() throws IOException {
    Path root = Path.of("/usr/lib/postgresql");
    if (Files.isDirectory(root)) {
      try (Stream<Path> versions = Files.list(root)) {
        Optional<Path> bin =
            versions
                .map(v -> v.resolve("bin"))
                .filter(b -> Files.isExecutable(b.resolve("initdb")))
                .max(Comparator.comparing(b -> versionOf(b.getParent())));
        if (bin.isPresent()) {
          return bin.get();
        }
      }
    }
    throw new IOException(
        "no initdb under /usr/lib/postgresql/*/bin (apt-get install postgresql; .ci/run does)");
  }

  private static int versionOf(Path dir) {
    try {
      return Integer.parseInt(dir.getFileName().toString());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static List<String> as(boolean root, String... command) {
    List<String> out = new ArrayList<>();
    if (root) {
      out.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    out.addAll(List.of(command));
    return out;
  }

  private static void run(List<String> command, Path dir) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    if (dir != null) {
      pb.directory(dir.toFile());
    }
    Process p = pb.start();
    String output = new String(p.getInputStream().readAllBytes());
    if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IOException(String.join(" ", command) + " failed: " + output.strip());
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
