package org.naba.tools.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.naba.digest.DigestComposer;
import org.naba.digest.DigestRunner;
import org.naba.store.Store;
import org.naba.telegram.TelegramHtml;
import org.naba.text.ArabicNormalizer;

/**
 * Composes the digests of many subscriptions over a store, the way one run of {@link DigestRunner}
 * does when they are all due at once: one window (everything stored, the worst case), prepared
 * once, then one message per distinct saved query, shared by the subscriptions that have it.
 *
 * <p>The saved queries cycle through: everything; a top speaker's full name; the last word of a top
 * speaker's name; a topic word from {@link #TOPICS}.
 */
public final class DigestBenchmark {

  /** Topic words of the benchmark's topic subscriptions. */
  static final List<String> TOPICS =
      List.of("النفط", "الانتخابات", "الحكومة", "الارهاب", "كردستان", "الموازنة", "الكهرباء");

  private static final int SPEAKERS = 200;

  /** What one benchmark run measured. */
  public record Figures(
      int subscriptions,
      int distinctQueries,
      int windowQuotes,
      int windowStatements,
      int digests,
      double readSeconds,
      double prepareSeconds,
      double composeSeconds) {

    public double totalSeconds() {
      return readSeconds + prepareSeconds + composeSeconds;
    }
  }

  private DigestBenchmark() {}

  /** Composes and renders the digests of {@code subscriptions} subscriptions over {@code store}. */
  public static Figures run(Store store, int subscriptions, int limit) {
    List<String> speakers = store.topSpeakers(SPEAKERS);
    List<String> queries = new ArrayList<>(subscriptions);
    for (int i = 0; i < subscriptions; i++) {
      int n = i / 4;
      String query =
          switch (i % 4) {
            case 0 -> "";
            case 1 -> speakers.isEmpty() ? "" : speakers.get(n % speakers.size());
            case 2 -> speakers.isEmpty() ? "" : lastWord(speakers.get(n % speakers.size()));
            default -> TOPICS.get(n % TOPICS.size());
          };
      queries.add(query);
    }
    DigestComposer composer = new DigestComposer(limit);
    TelegramHtml html = new TelegramHtml();
    long t0 = System.nanoTime();
    var quotes = store.quotesIngested(Instant.EPOCH, Instant.now());
    long t1 = System.nanoTime();
    DigestComposer.Window window = DigestComposer.prepare(quotes);
    long t2 = System.nanoTime();
    // as in a run: one message per distinct query over the shared window
    Map<String, Optional<String>> messages = new HashMap<>();
    int digests = 0;
    for (String query : queries) {
      Optional<String> message =
          messages.computeIfAbsent(
              ArabicNormalizer.normalize(query).strip(),
              q -> DigestRunner.render(composer.compose(window, query), "").map(html::single));
      if (message.isPresent()) {
        digests++;
      }
    }
    long t3 = System.nanoTime();
    Set<String> distinct = new HashSet<>(queries);
    return new Figures(
        subscriptions,
        distinct.size(),
        quotes.size(),
        window.size(),
        digests,
        (t1 - t0) / 1e9,
        (t2 - t1) / 1e9,
        (t3 - t2) / 1e9);
  }

  private static String lastWord(String name) {
    String[] words = name.strip().split("\\s+");
    return words[words.length - 1];
  }
}
