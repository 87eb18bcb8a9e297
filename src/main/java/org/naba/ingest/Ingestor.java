package org.naba.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.naba.store.AddOutcome;
import org.naba.store.Article;
import org.naba.store.ParsedArticle;
import org.naba.store.Store;
import org.naba.store.StoreException;

/**
 * Ingests files and folders into the {@link Store}, counting outcomes by kind.
 *
 * <p>A pipeline: one reader thread walks the sources in order; each entry is parsed and analysed on
 * an executor; the calling thread stores the results in input order, one {@link Store#add} (one
 * transaction) per article. A bounded queue between them keeps memory flat on any input size.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>Each article is stored on its own; a {@link StoreException} for one article (e.g. its id is
 *       taken by another article) counts as invalid, with a line naming the article, and the rest
 *       goes on.
 *   <li>An article already in the store counts as a duplicate, so running twice ingests nothing
 *       new.
 *   <li>Empty, invalid and skipped items each get one line in the report.
 * </ul>
 */
public final class Ingestor {

  static final int QUEUE_CAPACITY = 256;

  private final Store store;
  private final Sources sources;
  private final ArticleAnalysis analysis;
  private final Executor executor;
  private final int threads;

  /** An ingestor analysing on {@code executor}, which the caller owns. */
  public Ingestor(Store store, Sources sources, ArticleAnalysis analysis, Executor executor) {
    this.store = store;
    this.sources = sources;
    this.analysis = analysis;
    this.executor = executor;
    this.threads = 0;
  }

  /**
   * An ingestor that analyses on its own pool of {@code threads} named threads, created for each
   * {@link #ingest} call and closed at its end.
   */
  public Ingestor(Store store, Sources sources, ArticleAnalysis analysis, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    this.store = store;
    this.sources = sources;
    this.analysis = analysis;
    this.executor = null;
    this.threads = threads;
  }

  /** An ingestor with one analysis thread per available processor. */
  public Ingestor(Store store, Sources sources, ArticleAnalysis analysis) {
    this(store, sources, analysis, Runtime.getRuntime().availableProcessors());
  }

  /** Ingests {@code paths} (files and folders) and reports what happened. */
  public IngestReport ingest(List<Path> paths) {
    return ingest(paths, problem -> {});
  }

  /**
   * Ingests {@code paths}, also handing each problem line to {@code onProblem} (on the calling
   * thread) as soon as it is known, e.g. to print it while a long run goes on.
   */
  public IngestReport ingest(List<Path> paths, Consumer<String> onProblem) {
    if (executor != null) {
      return run(paths, executor, onProblem);
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, named("naba-analysis-"));
    try {
      return run(paths, pool, onProblem);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * What became of one article given to {@link #ingest(String, Article, Collection)}.
   *
   * @param outcome {@link Outcome#INGESTED}, {@link Outcome#UPDATED}, {@link Outcome#DUPLICATE} or
   *     {@link Outcome#INVALID}
   * @param articleId the stored article's id (a known article's own when it was known), or {@code
   *     null} when nothing was stored
   * @param problem the report line when it is invalid, else {@code null}
   */
  public record Stored(Outcome outcome, String articleId, String problem) {}

  /**
   * Analyses and stores one article read elsewhere (a feed's item) on the calling thread, as a
   * possibly new version of a stored one ({@link Store#put}): the same URL or alias with other text
   * replaces the stored article, keeping its id.
   *
   * @param aliases other keys that name the same article (a feed item's GUID)
   */
  public Stored ingest(String location, Article article, Collection<String> aliases) {
    Result result = analyse(new Entry(location, () -> new Read.Found(location, article)));
    if (result instanceof Problem problem) {
      return new Stored(problem.failed().outcome(), null, problem.failed().line());
    }
    ParsedArticle parsed = ((Analysed) result).parsed();
    try {
      Store.PutResult put = store.put(parsed, aliases);
      Outcome outcome =
          switch (put.outcome()) {
            case ADDED -> Outcome.INGESTED;
            case UPDATED -> Outcome.UPDATED;
            case DUPLICATE -> Outcome.DUPLICATE;
          };
      return new Stored(outcome, put.id(), null);
    } catch (StoreException e) {
      return new Stored(Outcome.INVALID, null, notStored(location, parsed, e));
    }
  }

  private static String notStored(String location, ParsedArticle parsed, StoreException e) {
    return location + ": article '" + parsed.article().id() + "' not stored: " + e.getMessage();
  }

  private sealed interface Result permits Analysed, Problem, End {}

  private record Analysed(String location, ParsedArticle parsed) implements Result {}

  private record Problem(Read.Failed failed) implements Result {}

  private record End() implements Result {}

  private IngestReport run(List<Path> paths, Executor pool, Consumer<String> onProblem) {
    BlockingQueue<Future<Result>> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
    AtomicBoolean cancelled = new AtomicBoolean();
    Thread reader =
        named("naba-ingest-reader-").newThread(() -> readInto(paths, queue, pool, cancelled));
    reader.start();
    Counts counts = new Counts(onProblem);
    try {
      while (true) {
        Result result = take(queue);
        if (result instanceof End) {
          break;
        }
        counts.apply(result);
      }
    } finally {
      cancelled.set(true);
      reader.interrupt();
      queue.clear();
      joinQuietly(reader);
    }
    return counts.report();
  }

  /** The reader: submits one task per entry and queues its future, in order; then an end mark. */
  private void readInto(
      List<Path> paths,
      BlockingQueue<Future<Result>> queue,
      Executor pool,
      AtomicBoolean cancelled) {
    try {
      try {
        sources.scan(
            paths,
            entry -> {
              if (cancelled.get()) {
                throw new CancellationException("ingest cancelled");
              }
              FutureTask<Result> task = new FutureTask<>(() -> analyse(entry));
              pool.execute(task);
              put(queue, task);
            });
      } catch (CancellationException e) {
        return;
      } catch (RuntimeException e) {
        put(
            queue,
            CompletableFuture.completedFuture(
                new Problem(
                    new Read.Failed(
                        String.valueOf(paths), Outcome.INVALID, "reading stopped: " + e))));
      }
      put(queue, CompletableFuture.completedFuture(new End()));
    } catch (CancellationException e) {
      // the consumer has gone; nothing more to do
    }
  }

  private Result analyse(Entry entry) {
    Read read = entry.read();
    if (read instanceof Read.Failed failed) {
      return new Problem(failed);
    }
    Read.Found found = (Read.Found) read;
    try {
      return new Analysed(found.location(), analysis.analyse(found.article()));
    } catch (RuntimeException e) {
      return new Problem(
          new Read.Failed(
              found.location(),
              Outcome.INVALID,
              "article '" + found.article().id() + "': cannot analyse: " + e));
    }
  }

  private static void put(BlockingQueue<Future<Result>> queue, Future<Result> future) {
    try {
      queue.put(future);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("ingest cancelled");
    }
  }

  private static Result take(BlockingQueue<Future<Result>> queue) {
    try {
      return queue.take().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("ingest interrupted");
    } catch (ExecutionException e) {
      throw new IllegalStateException("analysis failed unexpectedly", e.getCause());
    }
  }

  private static void joinQuietly(Thread thread) {
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static ThreadFactory named(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return runnable -> {
      Thread t = new Thread(runnable, prefix + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  /** Counts by outcome; used on the calling thread only. */
  private final class Counts {
    private int ingested;
    private int duplicate;
    private int empty;
    private int invalid;
    private int skipped;
    private final List<String> problems = new ArrayList<>();
    private final Consumer<String> onProblem;

    Counts(Consumer<String> onProblem) {
      this.onProblem = onProblem;
    }

    void apply(Result result) {
      if (result instanceof Problem problem) {
        count(problem.failed().outcome());
        problem(problem.failed().line());
        return;
      }
      Analysed analysed = (Analysed) result;
      try {
        AddOutcome outcome = store.add(analysed.parsed());
        count(outcome == AddOutcome.ADDED ? Outcome.INGESTED : Outcome.DUPLICATE);
      } catch (StoreException e) {
        count(Outcome.INVALID);
        problem(notStored(analysed.location(), analysed.parsed(), e));
      }
    }

    private void problem(String line) {
      problems.add(line);
      onProblem.accept(line);
    }

    private void count(Outcome outcome) {
      switch (outcome) {
        case INGESTED, UPDATED -> ingested++;
        case DUPLICATE -> duplicate++;
        case EMPTY -> empty++;
        case INVALID -> invalid++;
        case SKIPPED -> skipped++;
      }
    }

    IngestReport report() {
      return new IngestReport(ingested, duplicate, empty, invalid, skipped, problems);
    }
  }
}
