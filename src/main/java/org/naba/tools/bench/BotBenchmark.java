package org.naba.tools.bench;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.naba.cli.ServeCommand;
import org.naba.config.NabaConfig;
import org.naba.telegram.BotLedger;
import org.naba.telegram.BotSettings;
import org.naba.telegram.FloodLimits;
import org.naba.telegram.TelegramSending;
import org.naba.tools.fakebot.Call;
import org.naba.tools.fakebot.FakeBotApi;
import org.naba.tools.fakebot.FakeUpdates;

/**
 * The bot's benchmark: {@code naba serve}'s production wiring against the loopback {@link
 * FakeBotApi} (bot and server in separate threads of one process), over real HTTP.
 *
 * <p>Two phases over distinct private chats (one question each, so Telegram's per-chat limit of one
 * message a second never binds; the overall limit is lifted to {@link #GLOBAL_PER_SECOND}, since
 * the fake server is not Telegram):
 *
 * <ol>
 *   <li>Throughput: {@code count} questions pushed at once; answered messages per second is the
 *       number of chats that got their reply divided by the time from the first push to the last
 *       first reply.
 *   <li>Latency: {@code count / 2} questions pushed at a steady {@link #LATENCY_RATE} per second;
 *       the reply latency of a question is the time from its push to its chat's first reply.
 *   <li>The same with {@code count / 4} questions at {@link #TELEGRAM_RATE} per second.
 * </ol>
 *
 * <p>The data folder must not be open elsewhere (the wiring opens its index for writing).
 */
public final class BotBenchmark {

  /** Overall send limit for the benchmark (Telegram's real limit is about 30 a second). */
  static final int GLOBAL_PER_SECOND = 100_000;

  /** Questions per second pushed in the latency phase. */
  static final int LATENCY_RATE = 100;

  /**
   * Questions per second of the second latency phase: the most replies Telegram lets a bot send in
   * a second, so the latency a bot can show its users at full use.
   */
  static final int TELEGRAM_RATE = 30;

  private static final String TOKEN = "100000:benchmark-token";
  private static final long FIRST_CHAT = 10_000_000L;
  private static final int WARM_UP = 1_000;
  private static final Duration PHASE_LIMIT = Duration.ofMinutes(5);

  /**
   * What one run measured.
   *
   * @param questions questions in the throughput phase
   * @param throughputSeconds time from the first push to the last first reply
   * @param messagesPerSecond answered messages per second (throughput phase)
   * @param latencyQuestions questions in the latency phase
   * @param p50Millis median reply latency (latency phase)
   * @param p99Millis 99th percentile reply latency (latency phase)
   * @param maxMillis slowest reply (latency phase)
   * @param telegramRateP50Millis median reply latency at {@link #TELEGRAM_RATE}
   * @param telegramRateP99Millis 99th percentile reply latency at {@link #TELEGRAM_RATE}
   * @param sent messages the bot sent in all (a long answer may take several)
   */
  public record Figures(
      int questions,
      double throughputSeconds,
      double messagesPerSecond,
      int latencyQuestions,
      double p50Millis,
      double p99Millis,
      double maxMillis,
      double telegramRateP50Millis,
      double telegramRateP99Millis,
      long sent) {

    /** The figures as one line. */
    public String summary() {
      return String.format(
          "bot: %d questions answered in %.2f s = %.0f answered messages/s; latency at %d/s over"
              + " %d questions: p50 %.1f ms, p99 %.1f ms, max %.1f ms; at %d/s: p50 %.1f ms, p99"
              + " %.1f ms; %d messages sent",
          questions,
          throughputSeconds,
          messagesPerSecond,
          LATENCY_RATE,
          latencyQuestions,
          p50Millis,
          p99Millis,
          maxMillis,
          TELEGRAM_RATE,
          telegramRateP50Millis,
          telegramRateP99Millis,
          sent);
    }
  }

  private final NabaConfig config;

  public BotBenchmark(NabaConfig config) {
    this.config = config;
  }

  /**
   * Runs both phases with {@code count} questions cycled from {@code questions}.
   *
   * @param cacheAnswers whether the bot keeps answers to repeated questions (production does);
   *     without it every question is searched and ranked again
   */
  public Figures run(List<String> questions, int count, boolean cacheAnswers)
      throws InterruptedException {
    if (questions.isEmpty() || count < 2) {
      throw new IllegalArgumentException(
          "questions must not be empty and count must be at least 2: " + count);
    }
    BotSettings settings =
        BotSettings.defaults(Set.of())
            .withLimits(FloodLimits.telegram().withGlobalPerSecond(GLOBAL_PER_SECOND))
            .withQuestionsPerWindow(Integer.MAX_VALUE)
            .withPollTimeout(1);
    if (!cacheAnswers) {
      settings = settings.withAnswerCacheSize(0);
    }
    // update ids this data folder's bot ledger has not seen (it ignores ids it handled before)
    long firstUpdateId = 1;
    java.nio.file.Path ledgerFile = config.dataDir().resolve(TelegramSending.LEDGER_FILE);
    if (java.nio.file.Files.exists(ledgerFile)) {
      try (BotLedger ledger = BotLedger.open(ledgerFile)) {
        firstUpdateId = ledger.lastUpdateId() + 1;
      }
    }
    try (FakeBotApi api = FakeBotApi.start(TOKEN, firstUpdateId);
        ServeCommand.Serving serving =
            ServeCommand.serve(config, TOKEN, api.url(), settings, Clock.systemUTC())) {
      long chat = FIRST_CHAT;
      // warm-up (JIT, caches, connections): a server that has run for a while
      Map<Long, Long> warm = push(api, questions, chat, WARM_UP, 0);
      chat += WARM_UP;
      await(api, warm.keySet());

      Map<Long, Long> pushed = push(api, questions, chat, count, 0);
      chat += count;
      long start = pushed.values().stream().mapToLong(Long::longValue).min().orElseThrow();
      Map<Long, Long> replied = await(api, pushed.keySet());
      long end = replied.values().stream().mapToLong(Long::longValue).max().orElseThrow();
      double seconds = (end - start) / 1e9;

      int latencyCount = count / 2;
      double[] millis = paced(api, questions, chat, latencyCount, LATENCY_RATE);
      chat += latencyCount;
      double[] atTelegramRate = paced(api, questions, chat, count / 4, TELEGRAM_RATE);
      return new Figures(
          count,
          seconds,
          count / seconds,
          latencyCount,
          percentile(millis, 0.50),
          percentile(millis, 0.99),
          millis[millis.length - 1],
          percentile(atTelegramRate, 0.50),
          percentile(atTelegramRate, 0.99),
          serving.sending().queue().sentCount());
    }
  }

  /** Reply latencies of {@code n} questions pushed at {@code perSecond}, sorted, in ms. */
  private static double[] paced(
      FakeBotApi api, List<String> questions, long firstChat, int n, int perSecond)
      throws InterruptedException {
    Map<Long, Long> paced = push(api, questions, firstChat, n, perSecond);
    Map<Long, Long> replies = await(api, paced.keySet());
    double[] millis = new double[n];
    int i = 0;
    for (Map.Entry<Long, Long> e : paced.entrySet()) {
      millis[i++] = (replies.get(e.getKey()) - e.getValue()) / 1e6;
    }
    Arrays.sort(millis);
    return millis;
  }

  /**
   * Pushes {@code n} questions from chats {@code firstChat..}, at {@code perSecond} (0: all at
   * once); returns each chat's push time.
   */
  private static Map<Long, Long> push(
      FakeBotApi api, List<String> questions, long firstChat, int n, int perSecond)
      throws InterruptedException {
    Map<Long, Long> pushed = new HashMap<>();
    long start = System.nanoTime();
    for (int i = 0; i < n; i++) {
      if (perSecond > 0) {
        long due = start + TimeUnit.SECONDS.toNanos(i) / perSecond;
        long wait = due - System.nanoTime();
        if (wait > 0) {
          TimeUnit.NANOSECONDS.sleep(wait);
        }
      }
      long chat = firstChat + i;
      long id = api.push(FakeUpdates.privateText(chat, 1, questions.get(i % questions.size())));
      pushed.put(chat, api.pushedAtNanos(id));
    }
    return pushed;
  }

  /** Waits until every chat got a reply; returns each chat's first reply time. */
  private static Map<Long, Long> await(FakeBotApi api, Set<Long> chats)
      throws InterruptedException {
    long deadline = System.nanoTime() + PHASE_LIMIT.toNanos();
    while (true) {
      Map<Long, Long> first = new HashMap<>();
      for (Call c : api.calls("sendMessage")) {
        if (chats.contains(c.chatId())) {
          first.putIfAbsent(c.chatId(), c.atNanos());
        }
      }
      if (first.size() == chats.size()) {
        return first;
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "bot benchmark: only "
                + first.size()
                + " of "
                + chats.size()
                + " chats answered in "
                + PHASE_LIMIT);
      }
      Thread.sleep(20);
    }
  }

  private static double percentile(double[] sorted, double p) {
    int index = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  /** The questions of a QA file in TSV (first column; the header line skipped). */
  public static List<String> tsvQuestions(java.nio.file.Path file) throws java.io.IOException {
    List<String> out = new ArrayList<>();
    List<String> lines = java.nio.file.Files.readAllLines(file);
    for (int i = 1; i < lines.size(); i++) {
      String q = lines.get(i).split("\t", -1)[0].strip();
      if (!q.isEmpty()) {
        out.add(q);
      }
    }
    return out;
  }
}
