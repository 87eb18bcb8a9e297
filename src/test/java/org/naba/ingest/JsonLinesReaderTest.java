package org.naba.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naba.store.Article;

class JsonLinesReaderTest {

  static final Path BROKEN = Path.of("src/test/resources/ingest/broken.jsonl");

  private final JsonLinesReader reader =
      new JsonLinesReader(OutletDirectory.load(OutletDirectoryTest.CONFIG));

  private List<Read> readAll(Path file) {
    List<Read> out = new ArrayList<>();
    reader.read(file, entry -> out.add(entry.read()));
    return out;
  }

  private static List<String> lines(List<Read> reads) {
    return reads.stream()
        .filter(r -> r instanceof Read.Failed)
        .map(r -> ((Read.Failed) r).line())
        .toList();
  }

  @Test
  void readsTheGoodLinesAndNamesFileAndLineOfEachBadOne() {
    List<Read> reads = readAll(BROKEN);
    List<String> ids =
        reads.stream()
            .filter(r -> r instanceof Read.Found)
            .map(r -> ((Read.Found) r).article().id())
            .toList();
    assertEquals(List.of("BB-culture-47-20180226", "AL-culture-119-20180303"), ids);
    String f = BROKEN.toString();
    List<String> problems = lines(reads);
    assertEquals(5, problems.size(), problems.toString());
    assertTrue(problems.get(0).startsWith(f + ":2: broken JSON"), problems.get(0));
    assertEquals(
        f + ":3: article 'no-text': missing \"text\" (a string is required)", problems.get(1));
    assertEquals(f + ":5: missing \"id\" (a non-blank string is required)", problems.get(2));
    assertEquals(f + ":6: article 'blank-text': blank text", problems.get(3));
    assertEquals(f + ":7: not a JSON object", problems.get(4));
  }

  @Test
  void countsBlankTextAsEmptyAndTheOtherProblemsAsInvalid() {
    List<Outcome> outcomes =
        readAll(BROKEN).stream()
            .filter(r -> r instanceof Read.Failed)
            .map(r -> ((Read.Failed) r).outcome())
            .toList();
    assertEquals(
        List.of(Outcome.INVALID, Outcome.INVALID, Outcome.INVALID, Outcome.EMPTY, Outcome.INVALID),
        outcomes);
  }

  @Test
  void mapsTheOutletCodeAndKeepsEverythingElseAsGiven() {
    Article a = assertInstanceOf(Read.Found.class, readAll(BROKEN).get(0)).article();
    assertEquals("بي بي سي عربي", a.outlet());
    assertEquals("http://www.bbc.co.uk/arabic/art-and-culture-43196447", a.url());
    assertEquals("الأمطار الغزيرة تكشف عشرات القطع الأثرية في بابل", a.title());
    assertEquals("2018-02-26T09:47:45+00:00", a.published());
    assertTrue(a.text().startsWith("كشفت الأمطار الغزيرة في العراق عن 75 قطعة أثرية"));
    assertEquals(6, a.text().split("\n").length);
  }

  @Test
  void readsGzipTheSameAsPlain(@TempDir Path dir) throws IOException {
    Path gz = dir.resolve("broken.jsonl.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(Files.readAllBytes(BROKEN));
    }
    List<Read> plain = readAll(BROKEN);
    List<Read> zipped = readAll(gz);
    assertEquals(plain.size(), zipped.size());
    for (int i = 0; i < plain.size(); i++) {
      if (plain.get(i) instanceof Read.Found found) {
        assertEquals(found.article(), ((Read.Found) zipped.get(i)).article());
      }
    }
  }

  @Test
  void keepsUnknownOutletCodesAndDropsADateThatIsNotIso(@TempDir Path dir) throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("a.jsonl"),
            "{\"id\": 7, \"outlet\": \"example-times\", \"published\": \"أمس\", \"text\": \"نص.\"}\n");
    Article a = assertInstanceOf(Read.Found.class, readAll(file).get(0)).article();
    assertEquals("7", a.id());
    assertEquals("example-times", a.outlet());
    assertNull(a.published());
    assertEquals("", a.title());
    assertNull(a.url());
  }

  @Test
  void reportsALineThatIsNotUtf8AndReadsTheNext(@TempDir Path dir) throws IOException {
    byte[] good = "{\"id\": \"g\", \"text\": \"نص\"}\n".getBytes(StandardCharsets.UTF_8);
    byte[] bad = "{\"id\": \"b\", \"text\": \"\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1);
    Path file = dir.resolve("mixed.jsonl");
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(bad);
      out.write(good);
    }
    List<Read> reads = readAll(file);
    assertEquals(file + ":1: not valid UTF-8 (at byte 21)", ((Read.Failed) reads.get(0)).line());
    assertEquals("g", ((Read.Found) reads.get(1)).article().id());
  }

  @Test
  void reportsABinaryFileOnceAsInvalid(@TempDir Path dir) throws IOException {
    byte[] bytes = new byte[5000];
    Arrays.fill(bytes, (byte) 7);
    bytes[100] = 0;
    bytes[2000] = '\n';
    Path file = Files.write(dir.resolve("blob.jsonl"), bytes);
    List<Read> reads = readAll(file);
    assertEquals(1, reads.size());
    assertEquals(
        file + ": binary file (NUL byte at byte 100)", ((Read.Failed) reads.get(0)).line());
  }

  @Test
  void rejectsTwoObjectsOnOneLine(@TempDir Path dir) throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("two.jsonl"),
            "{\"id\": \"a\", \"text\": \"نص\"} {\"id\": \"b\", \"text\": \"نص\"}\n");
    Read.Failed f = (Read.Failed) readAll(file).get(0);
    assertTrue(f.line().startsWith(file + ":1: broken JSON"), f.line());
  }

  @Test
  void countsATextOfNoBreakSpacesAsEmpty(@TempDir Path dir) throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("n.jsonl"), "{\"id\": \"n\", \"text\": \"\u00a0\\n\u00a0\"}\n");
    Read.Failed f = (Read.Failed) readAll(file).get(0);
    assertEquals(Outcome.EMPTY, f.outcome());
    assertEquals(file + ":1: article 'n': blank text", f.line());
  }

  @Test
  void reportsAnEmptyFileAsEmpty(@TempDir Path dir) throws IOException {
    Path empty = Files.write(dir.resolve("e.jsonl"), new byte[0]);
    Path blank = Files.writeString(dir.resolve("b.jsonl"), "\n  \n");
    assertEquals(Outcome.EMPTY, ((Read.Failed) readAll(empty).get(0)).outcome());
    assertEquals(Outcome.EMPTY, ((Read.Failed) readAll(blank).get(0)).outcome());
  }

  @Test
  void reportsATruncatedGzipAfterTheLinesBeforeIt(@TempDir Path dir) throws IOException {
    Path whole = dir.resolve("whole.jsonl.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(whole))) {
      for (int i = 0; i < 20_000; i++) {
        String line = "{\"id\": \"a" + i + "\", \"text\": \"نص رقم " + i + "\"}\n";
        out.write(line.getBytes(StandardCharsets.UTF_8));
      }
    }
    byte[] bytes = Files.readAllBytes(whole);
    Path cut = Files.write(dir.resolve("cut.jsonl.gz"), Arrays.copyOf(bytes, bytes.length / 2));
    List<Read> reads = readAll(cut);
    Read last = reads.get(reads.size() - 1);
    assertTrue(reads.size() > 1);
    assertTrue(reads.subList(0, reads.size() - 1).stream().allMatch(r -> r instanceof Read.Found));
    assertEquals(Outcome.INVALID, ((Read.Failed) last).outcome());
    assertTrue(((Read.Failed) last).line().contains("broken gzip data"), last.toString());
    assertTrue(last.location().startsWith(cut + ":"), last.location());
  }

  @Test
  void reportsAFileThatIsNotGzipAsInvalid(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("fake.jsonl.gz"), "{\"id\": \"x\"}\n");
    Read.Failed f = (Read.Failed) readAll(file).get(0);
    assertEquals(Outcome.INVALID, f.outcome());
    assertTrue(f.line().startsWith(file + ": broken gzip data"), f.line());
  }
}
