package org.naba.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naba.quotes.QuoteExtractor;
import org.naba.store.Article;
import org.naba.store.Store;

class IngestorTest {

  static final Path SEEDS = Path.of("seeds");

  @TempDir Path dir;
  private Store store;
  private Ingestor ingestor;

  @BeforeEach
  void openStore() {
    store = Store.open(dir.resolve("naba.db"));
    ingestor =
        new Ingestor(
            store,
            new Sources(OutletDirectory.load(OutletDirectoryTest.CONFIG)),
            new ArticleAnalysis(new QuoteExtractor()),
            2);
  }

  @AfterEach
  void closeStore() {
    store.close();
  }

  @Test
  void ingestsTheSeedsOnceAndFindsThemDuplicateTheSecondTime() {
    IngestReport first = ingestor.ingest(List.of(SEEDS));
    assertEquals(new IngestReport(2, 0, 0, 0, 0, List.of()), first);
    IngestReport second = ingestor.ingest(List.of(SEEDS));
    assertEquals(new IngestReport(0, 2, 0, 0, 0, List.of()), second);
    assertEquals(2, store.articleCount());
    Article a = store.byId("000_fbcca49827e3a288").orElseThrow().article();
    assertEquals("روداو", a.outlet());
    assertEquals("2021-12-08", a.published());
    assertEquals("العراقية", store.byId("001_47a385f4b9943841").orElseThrow().article().outlet());
  }

  @Test
  void storesTheGoodLinesOfABrokenFileAndNamesTheBadOnes() {
    List<String> told = new ArrayList<>();
    IngestReport report = ingestor.ingest(List.of(JsonLinesReaderTest.BROKEN), told::add);
    assertEquals(report.problems(), told);
    assertEquals(2, report.ingested());
    assertEquals(4, report.invalid());
    assertEquals(1, report.empty());
    assertTrue(report.hasFailures());
    assertEquals(5, report.problems().size());
    assertTrue(report.problems().get(0).startsWith(JsonLinesReaderTest.BROKEN + ":2: "));
    assertTrue(store.byId("AL-culture-119-20180303").isPresent());
    assertTrue(store.byId("BB-culture-47-20180226").isPresent());
  }

  @Test
  void countsAnIdCollisionAsInvalidAndStoresTheRest(@TempDir Path other) throws IOException {
    ingestor.ingest(List.of(SEEDS));
    Files.writeString(
        other.resolve("001_47a385f4b9943841.txt"), "عنوان آخر\nنص مختلف تماماً عن البذرة.\n");
    Files.writeString(other.resolve("002_new.txt"), "عنوان جديد\nنص جديد لم يخزن من قبل.\n");
    IngestReport report = ingestor.ingest(List.of(other));
    assertEquals(1, report.ingested());
    assertEquals(1, report.invalid());
    String line = report.problems().get(0);
    assertTrue(
        line.startsWith(
            other.resolve("001_47a385f4b9943841.txt")
                + ": article '001_47a385f4b9943841' not stored: "),
        line);
    assertTrue(store.byId("002_new").isPresent());
    assertEquals(3, store.articleCount());
  }

  @Test
  void storesTheGoodFilesOfAFolderAndNamesTheBadOnes(@TempDir Path folder) throws IOException {
    Files.copy(SEEDS.resolve("000_fbcca49827e3a288.txt"), folder.resolve("a.txt"));
    Files.copy(SEEDS.resolve("001_47a385f4b9943841.txt"), folder.resolve("b.txt"));
    Path binary = Files.write(folder.resolve("c.txt"), new byte[] {'x', 0, 'y'});
    Path latin1 = Files.write(folder.resolve("d.txt"), new byte[] {'t', '\n', (byte) 0xE9, '\n'});
    Path empty = Files.write(folder.resolve("e.jsonl"), new byte[0]);
    Path notes = Files.writeString(folder.resolve("notes.md"), "# notes");
    IngestReport report = ingestor.ingest(List.of(folder));
    assertEquals(new IngestReport(2, 0, 1, 2, 1, report.problems()), report);
    assertEquals(
        List.of(
            binary + ": binary data (NUL byte at byte 1)",
            latin1 + ": not valid UTF-8 (at byte 2)",
            empty + ": empty file",
            notes + ": unsupported file type (Naba reads .txt, .jsonl and .jsonl.gz)"),
        report.problems());
    assertTrue(report.hasFailures());
  }

  @Test
  void usesAnExecutorItIsGivenAndLeavesItRunning() {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Ingestor shared =
          new Ingestor(
              store,
              new Sources(OutletDirectory.load(OutletDirectoryTest.CONFIG)),
              new ArticleAnalysis(new QuoteExtractor()),
              pool);
      assertEquals(2, shared.ingest(List.of(SEEDS)).ingested());
      assertFalse(pool.isShutdown());
    } finally {
      pool.shutdownNow();
    }
  }
}
