package org.naba.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naba.SharedData;
import org.naba.quotes.QuoteExtractor;
import org.naba.store.Store;

/** Ingest of a real corpus, twice. */
@SharedData
class IngestorIT {

  static final Path ANT_IRAQ = SharedData.FOLDER.resolve("news/ant-iraq.jsonl.gz");

  @TempDir Path dir;

  @Test
  void ingestsAntIraqAndNothingNewOnASecondRun() {
    try (Store store = Store.open(dir.resolve("naba.db"))) {
      Ingestor ingestor =
          new Ingestor(
              store,
              new Sources(OutletDirectory.load(OutletDirectoryTest.CONFIG)),
              new ArticleAnalysis(new QuoteExtractor()),
              2);
      IngestReport first = ingestor.ingest(List.of(ANT_IRAQ));
      // 2,304 lines; 160 of them repeat the URL of an earlier line (the same story filed under two
      // sections), which the store keys on, so they are duplicates.
      assertEquals(2304, first.total());
      assertEquals(2144, first.ingested());
      assertEquals(160, first.duplicate());
      assertFalse(first.hasFailures(), first.problems().toString());
      IngestReport second = ingestor.ingest(List.of(ANT_IRAQ));
      assertEquals(0, second.ingested());
      assertEquals(2304, second.duplicate());
      assertEquals(2144, store.articleCount());
    }
  }
}
