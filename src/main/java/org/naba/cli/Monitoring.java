package org.naba.cli;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.naba.metrics.NabaMetrics;
import org.naba.ops.AdminServer;
import org.naba.ops.Check;
import org.naba.telegram.TelegramBot;

/**
 * What the running bot shows its operator: its meters (Prometheus) and, when {@code
 * http.admin.listen} is not off, the admin endpoint that serves them with its health. It starts
 * before the data folder opens, so that {@code /healthz} answers while a large index catches up and
 * {@code /readyz} says what is still missing.
 *
 * @param metrics the meters
 * @param admin the endpoint, or {@code null} when off
 */
public record Monitoring(NabaMetrics metrics, AdminServer admin) implements AutoCloseable {

  /** Parts of the running bot that {@code /readyz} checks, set as they start. */
  static final class Parts {
    final AtomicReference<Naba> naba = new AtomicReference<>();
    final AtomicReference<TelegramBot> bot = new AtomicReference<>();

    List<Check> checks() {
      List<Check> checks = new ArrayList<>();
      Naba n = naba.get();
      if (n == null) {
        checks.add(new Check("store", false, "opening the data folder"));
        checks.add(new Check("index", false, "catching up with the store"));
      } else {
        try {
          long articles = n.store().articleCount();
          checks.add(new Check("store", true, articles + " articles"));
          long lag = n.store().articlesAfter(n.index().indexedSeq());
          checks.add(new Check("index", true, lag + " articles stored but not yet searchable"));
        } catch (RuntimeException e) {
          checks.add(new Check("store", false, e.getMessage()));
        }
      }
      TelegramBot b = bot.get();
      checks.add(
          new Check(
              "telegram",
              b != null && b.running(),
              b == null ? "starting" : b.running() ? "taking updates" : "stopped"));
      return checks;
    }
  }

  /** Meters in Prometheus' registry, served on {@code listen} unless it is {@code null}. */
  static Monitoring start(InetSocketAddress listen, Parts parts) {
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    NabaMetrics metrics = new NabaMetrics(registry);
    try {
      AdminServer admin =
          listen == null ? null : AdminServer.start(listen, registry, parts::checks);
      return new Monitoring(metrics, admin);
    } catch (java.io.UncheckedIOException e) {
      throw new org.naba.config.ConfigException(
          "http.admin.listen: "
              + e.getMessage()
              + " ("
              + e.getCause().getMessage()
              + "); set another address, or off");
    }
  }

  @Override
  public void close() {
    if (admin != null) {
      admin.close();
    }
  }
}
