package org.naba.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Naba's meters, by name, over one Micrometer registry: what the bot counts while it runs. In
 * Prometheus' format each name's dots become underscores and counters end in {@code _total} ({@code
 * naba.updates.received} is {@code naba_updates_received_total}).
 *
 * <p>The meters:
 *
 * <ul>
 *   <li>{@value #UPDATES}, by {@code kind} (message, callback, inline, member, other): updates
 *       taken in, once each.
 *   <li>{@value #ANSWERS}, by {@code status} (answer, related, none), and the timer {@value
 *       #ANSWER_LATENCY} (a histogram): questions answered and how long finding the answers took.
 *   <li>{@value #SEND_QUEUE}: requests queued or in flight to Telegram.
 *   <li>{@value #SENDS}, by {@code outcome} (sent, uncertain, dropped): requests the send queue
 *       finished; uncertain ones may or may not have arrived and are never sent again.
 *   <li>{@value #FLOOD_WAITS}: 429 answers waited out; {@value #RETRIES}, by {@code reason} (flood,
 *       not_sent, repeatable): requests sent again.
 *   <li>{@value #DIGESTS}, by {@code outcome} (sent, uncertain): daily digests.
 *   <li>{@value #INDEX_LAG}: articles stored but not yet searchable.
 * </ul>
 */
public final class NabaMetrics {

  public static final String UPDATES = "naba.updates.received";
  public static final String ANSWERS = "naba.answers";
  public static final String ANSWER_LATENCY = "naba.answer.latency";
  public static final String SEND_QUEUE = "naba.send.queue.depth";
  public static final String SENDS = "naba.sends";
  public static final String FLOOD_WAITS = "naba.send.flood.waits";
  public static final String RETRIES = "naba.send.retries";
  public static final String DIGESTS = "naba.digests";
  public static final String INDEX_LAG = "naba.index.lag";

  private final MeterRegistry registry;
  private final Timer answerLatency;

  public NabaMetrics(MeterRegistry registry) {
    this.registry = registry;
    this.answerLatency =
        Timer.builder(ANSWER_LATENCY)
            .description("time to find the answers to a question")
            .publishPercentileHistogram()
            .minimumExpectedValue(Duration.ofMillis(1))
            .maximumExpectedValue(Duration.ofSeconds(10))
            .register(registry);
  }

  /** Meters kept in memory only (commands that export nothing, tests). */
  public static NabaMetrics inMemory() {
    return new NabaMetrics(new SimpleMeterRegistry());
  }

  public MeterRegistry registry() {
    return registry;
  }

  public void updateReceived(String kind) {
    counter(UPDATES, "kind", kind).increment();
  }

  public void answered(String status, Duration took) {
    counter(ANSWERS, "status", status).increment();
    answerLatency.record(took);
  }

  public void sendFinished(String outcome) {
    counter(SENDS, "outcome", outcome).increment();
  }

  public void floodWait() {
    Counter.builder(FLOOD_WAITS).register(registry).increment();
  }

  public void retried(String reason) {
    counter(RETRIES, "reason", reason).increment();
  }

  public void digest(String outcome) {
    counter(DIGESTS, "outcome", outcome).increment();
  }

  /** Reports {@code value} under {@code name} whenever the meters are read. */
  public void gauge(String name, Supplier<Number> value) {
    Gauge.builder(name, value).strongReference(true).register(registry);
  }

  /** The count of counter {@code name} with {@code tag} = {@code value} (0 when never counted). */
  public double count(String name, String tag, String value) {
    Counter c = registry.find(name).tag(tag, value).counter();
    return c == null ? 0 : c.count();
  }

  private Counter counter(String name, String tag, String value) {
    return Counter.builder(name).tag(tag, value).register(registry);
  }
}
