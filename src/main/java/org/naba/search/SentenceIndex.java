package org.naba.search;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.naba.store.Store;
import org.naba.store.StoredArticle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Lucene index of sentences and quotes, derived from the store and rebuildable from it.
 *
 * <p>Each commit records the last article sequence number it holds and the schema it was built
 * with, so after a crash (or an ingest by another process) {@link #catchUp} indexes exactly what
 * the store has beyond that. On PostgreSQL, where writers commit sequence numbers out of order, the
 * watermark only loads an empty index and the store's outbox brings the rest ({@link
 * Store#drainOutbox}). Only one process writes the index: a second process opens it read only and
 * searches what the writer has committed.
 *
 * <p>It writes the {@link ArticleUnits} of each article as {@link UnitSchema} makes them into
 * documents, on its indexing threads; it searches through a {@link UnitSearcher}.
 *
 * <p>Long because it owns the index's whole life (open, catch up by watermark or outbox, rebuild
 * beside the old index, repair of a damaged one), which share one writer and one commit protocol.
 */
public final class SentenceIndex implements UnitIndex {

  /**
   * Bump when {@link UnitDocuments} or {@link UnitFields} change what is indexed; with the tuning
   * (which decides the fields) it names the index format, and an index of another format is
   * rebuilt. 4: الاثنين no longer offers a number; 5: the writer analyses the fields, so the text
   * field keeps the analysis chain's positions (a dropped stop word leaves a gap). 7: the site's
   * furniture (SiteFurniture) is no unit. 8: the dialects' interrogatives (شو، وش، مين) are stop
   * words. 9: a ة before the possessive ه is stemmed away (تجربته → تجرب).
   */
  static final String FORMAT_VERSION = "9";

  static final String LAST_ARTICLE_SEQ = "last_article_seq";
  static final String FORMAT_KEY = "format";
  private static final int BATCH = 2_000;

  /**
   * The writers' buffer before they flush a segment: a sixth of the heap, at most 128 MB, so that
   * indexing fits beside the bot in a small heap (256 MB: 42 MB).
   */
  private static final double RAM_BUFFER_MB =
      Math.min(128, Runtime.getRuntime().maxMemory() / 6.0 / (1 << 20));

  private static final Logger log = LoggerFactory.getLogger(SentenceIndex.class);

  private final Directory directory;
  private final UnitSchema schema;
  private final IndexWriter writer; // null when read only
  private final UnitSearcher searcher;
  private final ExecutorService indexers;
  private long indexedSeq;
  private boolean stale; // holds another format: the next catchUp rebuilds it
  private String consumer; // its name among the store outbox's consumers (PostgreSQL)

  private SentenceIndex(
      Directory directory, UnitSchema schema, IndexWriter writer, UnitSearcher searcher)
      throws IOException {
    this.directory = directory;
    this.schema = schema;
    this.writer = writer;
    this.searcher = searcher;
    this.indexers =
        Executors.newFixedThreadPool(
            Runtime.getRuntime().availableProcessors(),
            Thread.ofPlatform().name("naba-indexer-", 1).daemon().factory());
    this.indexedSeq = committedSeq(directory);
  }

  /**
   * Opens the index in {@code dir}, as its writer when no other process holds it, else read only. A
   * missing or unreadable index is built anew (the caller then catches up from the store), with one
   * log line saying so. An index written with another format stays searchable until the first
   * {@link #catchUp} has built its replacement beside it and swapped it in.
   */
  public static SentenceIndex open(Path dir, UnitSchema schema) {
    try {
      Files.createDirectories(dir);
      try {
        return openWriterOrRebuild(dir, schema);
      } catch (LockObtainFailedException locked) {
        log.info("index {} is written by another process; searching it read only", dir);
        Directory directory = FSDirectory.open(dir);
        return new SentenceIndex(directory, schema, null, UnitSearcher.over(directory, schema));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open index " + dir + ": " + e.getMessage(), e);
    }
  }

  /** Opens the index's writer; an index it cannot read is deleted and built anew. */
  private static SentenceIndex openWriterOrRebuild(Path dir, UnitSchema schema) throws IOException {
    try {
      return openWriter(dir, schema, true);
    } catch (CorruptIndexException
        | IndexFormatTooOldException
        | IndexFormatTooNewException
        | NoSuchFileException
        | EOFException unreadable) {
      log.warn(
          "index {} cannot be read ({}); rebuilding it from the store",
          dir,
          unreadable.getMessage());
      deleteTree(dir);
      Files.createDirectories(dir);
      return openWriter(dir, schema, false);
    }
  }

  /**
   * @param sayIfMissing whether to log that the index is missing (not when it was just deleted)
   */
  private static SentenceIndex openWriter(Path dir, UnitSchema schema, boolean sayIfMissing)
      throws IOException {
    Directory directory = FSDirectory.open(dir);
    IndexWriter writer = null;
    try {
      writer = new IndexWriter(directory, writerConfig(schema));
      deleteTree(nextDir(dir)); // what a rebuild that died left beside it
      Map<String, String> committed = commitData(directory);
      boolean stale = false;
      if (!DirectoryReader.indexExists(directory)) {
        if (sayIfMissing) {
          log.info("index {} is missing; building it from the store", dir);
        }
        commit(writer, 0, schema); // a first commit, so that a reading process can open it at once
      } else if (!format(schema).equals(committed.get(FORMAT_KEY))) {
        log.info("index {} has another format; rebuilding it beside the old one", dir);
        stale = true;
      }
      SentenceIndex index =
          new SentenceIndex(directory, schema, writer, UnitSearcher.over(writer, schema));
      index.stale = stale;
      return index;
    } catch (IOException | RuntimeException e) {
      if (writer != null) {
        writer.rollback();
      }
      directory.close();
      throw e;
    }
  }

  private static IndexWriterConfig writerConfig(UnitSchema schema) {
    return new IndexWriterConfig(schema.analyzer())
        .setSimilarity(schema.similarity())
        .setRAMBufferSizeMB(RAM_BUFFER_MB)
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
  }

  public boolean writable() {
    return writer != null;
  }

  /** The sequence number of the last article this index holds (committed or pending). */
  @Override
  public synchronized long indexedSeq() {
    return indexedSeq;
  }

  /**
   * Indexes every stored article beyond {@link #indexedSeq()}, committing in batches, and makes
   * them searchable. Read only: refreshes to what the writing process has committed.
   *
   * @return the number of articles indexed
   */
  @Override
  public synchronized int catchUp(Store store) {
    try {
      if (writer == null) {
        searcher.refresh();
        indexedSeq = committedSeq(directory);
        return 0;
      }
      if (stale) {
        return rebuild(store);
      }
      if (store.hasOutbox() && followOutbox(store) && indexedSeq > 0) {
        log.info("index is new to the store's outbox ({}); rebuilding it from the store", consumer);
        return rebuild(store);
      }
      Set<Long> loaded = new HashSet<>();
      if (!store.hasOutbox() || indexedSeq == 0) {
        // SQLite serialises writers, so sequence numbers commit in order and a watermark is
        // exact; on PostgreSQL it only loads an empty index, the outbox then brings the rest
        List<StoredArticle> batch;
        while (!(batch = store.after(indexedSeq, BATCH)).isEmpty()) {
          addAll(writer, batch);
          indexedSeq = batch.get(batch.size() - 1).seq();
          commit(writer, indexedSeq, schema);
          batch.forEach(a -> loaded.add(a.seq()));
        }
      }
      int count = loaded.size();
      if (store.hasOutbox()) {
        count += drainOutbox(store, loaded);
      }
      searcher.refresh();
      return count;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot index articles: " + e.getMessage(), e);
    }
  }

  /**
   * Registers this index with the store's outbox under its name (kept beside the index, {@code
   * DIR.consumer}, made once): each index (each replica's, in its own data folder) has its own
   * outbox rows and deletes only those, so every index sees every article.
   *
   * @return true when the store did not know it (new, or forgotten after a long absence)
   */
  private boolean followOutbox(Store store) throws IOException {
    if (consumer == null) {
      Path dir = ((FSDirectory) directory).getDirectory();
      Path file = dir.resolveSibling(dir.getFileName() + ".consumer");
      if (Files.exists(file)) {
        consumer = Files.readString(file, StandardCharsets.UTF_8).strip();
      } else {
        String name = "index-" + java.util.UUID.randomUUID();
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temp, name, StandardCharsets.UTF_8);
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
        consumer = name;
      }
    }
    return store.registerIndexer(consumer);
  }

  /**
   * Indexes what the store's outbox holds but {@code loaded} (just indexed from the store),
   * committing each batch before the store deletes its rows (at-least-once; an article's units
   * replace its earlier ones, so twice is harmless).
   */
  private int drainOutbox(Store store, Set<Long> loaded) throws IOException {
    int count = 0;
    int taken;
    do {
      int[] indexed = {0};
      taken =
          store.drainOutbox(
              consumer,
              BATCH,
              articles -> {
                List<StoredArticle> fresh =
                    articles.stream().filter(a -> !loaded.contains(a.seq())).toList();
                addAll(writer, fresh);
                for (StoredArticle a : fresh) {
                  indexedSeq = Math.max(indexedSeq, a.seq());
                }
                commit(writer, indexedSeq, schema);
                indexed[0] = fresh.size();
              });
      count += indexed[0];
    } while (taken > 0);
    return count;
  }

  /**
   * Analyses and adds the articles' units on the indexing threads (IndexWriter is thread-safe),
   * each in place of the units of its article's earlier version, if any (an edited article keeps
   * its id under a new sequence number).
   */
  private void addAll(IndexWriter target, List<StoredArticle> batch) throws IOException {
    List<Callable<Void>> tasks = new ArrayList<>(batch.size());
    for (StoredArticle article : batch) {
      tasks.add(
          () -> {
            target.updateDocuments(
                new Term(UnitFields.ARTICLE_ID, article.article().id()),
                schema.toDocuments(ArticleUnits.of(article)));
            return null;
          });
    }
    try {
      for (Future<Void> done : indexers.invokeAll(tasks)) {
        done.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while indexing", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IllegalStateException("cannot index an article: " + e.getCause(), e.getCause());
    }
  }

  /**
   * Builds a new index of every stored article beside this one ({@code DIR.next}) and swaps it in
   * with one commit. Until that commit this process and every reader search the old index, and a
   * crash at any point leaves the old one whole (the next rebuild clears what it left beside it).
   *
   * @return the number of articles indexed
   */
  @Override
  public synchronized int rebuild(Store store) {
    if (writer == null) {
      throw new IllegalStateException(
          "the index is held by another process (is `naba serve` running?); stop it to reindex");
    }
    try {
      if (store.hasOutbox()) {
        followOutbox(store); // before reading: what commits after then has its row
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot name the index: " + e.getMessage(), e);
    }
    Path next = nextDir(((FSDirectory) directory).getDirectory());
    long seq = 0;
    int count = 0;
    try {
      deleteTree(next);
      try (Directory built = FSDirectory.open(next);
          IndexWriter builder = new IndexWriter(built, writerConfig(schema))) {
        List<StoredArticle> batch;
        while (!(batch = store.after(seq, BATCH)).isEmpty()) {
          addAll(builder, batch);
          seq = batch.get(batch.size() - 1).seq();
          count += batch.size();
        }
        commit(builder, seq, schema);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot build the new index in " + next + ": " + e.getMessage(), e);
    }
    swapIn(next, seq);
    return count + catchUp(store);
  }

  /** Replaces this index's documents by those built in {@code next}, in one commit. */
  private void swapIn(Path next, long seq) {
    try (Directory built = FSDirectory.open(next)) {
      writer.deleteAll();
      writer.addIndexes(built); // all or nothing
      commit(writer, seq, schema);
    } catch (IOException | RuntimeException e) {
      // the last commit is the old index; a restart reopens it (the writer cannot go on)
      try {
        writer.rollback();
      } catch (IOException | RuntimeException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw new IllegalStateException(
          "cannot swap the new index in (the old one is kept; restart to reopen it): "
              + e.getMessage(),
          e);
    }
    indexedSeq = seq;
    stale = false;
    try {
      deleteTree(next);
      searcher.refresh();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot refresh the index: " + e.getMessage(), e);
    }
  }

  /** Where a rebuild builds the new index: beside {@code dir}, on the same disk. */
  private static Path nextDir(Path dir) {
    return dir.resolveSibling(dir.getFileName() + ".next");
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  @Override
  public List<Hit> search(String question, int limit, Days days) {
    return searcher.search(question, limit, days);
  }

  @Override
  public List<Hit> newest(Collection<String> terms, Scope scope, int limit, Days days) {
    return searcher.newest(terms, scope.field(), limit, days);
  }

  @Override
  public List<WeightedTerm> weigh(String question) {
    return searcher.weigh(terms(question));
  }

  @Override
  public Set<String> terms(String text) {
    return new LinkedHashSet<>(schema.fields().stems(text));
  }

  @Override
  public int unitCount() {
    return searcher.unitCount();
  }

  static String format(UnitSchema schema) {
    return FORMAT_VERSION + "/" + schema.tuning();
  }

  private static void commit(IndexWriter writer, long seq, UnitSchema schema) throws IOException {
    writer.setLiveCommitData(
        Map.of(LAST_ARTICLE_SEQ, Long.toString(seq), FORMAT_KEY, format(schema)).entrySet());
    writer.commit();
  }

  private static Map<String, String> commitData(Directory directory) throws IOException {
    if (!DirectoryReader.indexExists(directory)) {
      return Map.of();
    }
    return SegmentInfos.readLatestCommit(directory).getUserData();
  }

  private static long committedSeq(Directory directory) throws IOException {
    return Long.parseLong(commitData(directory).getOrDefault(LAST_ARTICLE_SEQ, "0"));
  }

  @Override
  public synchronized void close() {
    indexers.shutdownNow();
    try {
      searcher.close();
      if (writer != null) {
        writer.close();
      }
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the index: " + e.getMessage(), e);
    }
  }
}
