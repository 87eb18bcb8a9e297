package org.naba.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcesTest {

  private final Sources sources = new Sources(OutletDirectory.load(OutletDirectoryTest.CONFIG));

  private static String describe(Read read) {
    return read instanceof Read.Found f
        ? "article " + f.article().id()
        : ((Read.Failed) read).outcome() + " " + read.location();
  }

  @Test
  void walksAFolderRecursivelyInSortedOrderAndSkipsOtherFiles(@TempDir Path dir)
      throws IOException {
    Files.createDirectories(dir.resolve("b/c"));
    Files.createDirectories(dir.resolve(".git"));
    Files.copy(SeedArticleParserTest.SEED_001, dir.resolve("b/c/z.txt"));
    Files.copy(SeedArticleParserTest.SEED_000, dir.resolve("a.txt"));
    Files.writeString(dir.resolve("a.meta.json"), "{}");
    Files.writeString(dir.resolve("notes.md"), "# notes");
    Files.writeString(dir.resolve(".git/HEAD"), "ref");
    Files.copy(JsonLinesReaderTest.BROKEN, dir.resolve("b/x.JSONL"));
    List<String> seen = sources.readAll(List.of(dir)).stream().map(SourcesTest::describe).toList();
    assertEquals(
        List.of(
            "article a",
            "article z",
            "article BB-culture-47-20180226",
            "INVALID " + dir.resolve("b/x.JSONL") + ":2",
            "INVALID " + dir.resolve("b/x.JSONL") + ":3",
            "INVALID " + dir.resolve("b/x.JSONL") + ":5",
            "EMPTY " + dir.resolve("b/x.JSONL") + ":6",
            "INVALID " + dir.resolve("b/x.JSONL") + ":7",
            "article AL-culture-119-20180303",
            "SKIPPED " + dir.resolve("notes.md")),
        seen);
  }

  @Test
  void reportsANamedFileOfAnotherTypeAndAMissingPathAsInvalid(@TempDir Path dir)
      throws IOException {
    Path pdf = Files.writeString(dir.resolve("x.pdf"), "%PDF");
    Path missing = dir.resolve("missing.txt");
    List<Read> reads = sources.readAll(List.of(pdf, missing));
    assertEquals(
        pdf + ": unsupported file type (Naba reads .txt, .jsonl and .jsonl.gz)",
        ((Read.Failed) reads.get(0)).line());
    assertEquals(Outcome.INVALID, ((Read.Failed) reads.get(0)).outcome());
    assertEquals(missing + ": no such file or folder", ((Read.Failed) reads.get(1)).line());
  }

  @Test
  void readsTheSeedsFolder() {
    List<String> seen =
        sources.readAll(List.of(Path.of("seeds"))).stream().map(SourcesTest::describe).toList();
    assertEquals(List.of("article 000_fbcca49827e3a288", "article 001_47a385f4b9943841"), seen);
  }
}
