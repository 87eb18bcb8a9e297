package org.naba.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naba.store.Article;

class SeedArticleParserTest {

  static final Path SEED_000 = Path.of("seeds/000_fbcca49827e3a288.txt");
  static final Path SEED_001 = Path.of("seeds/001_47a385f4b9943841.txt");

  private final SeedArticleParser parser =
      new SeedArticleParser(
          OutletDirectory.load(OutletDirectoryTest.CONFIG), new ArabicDateFinder());

  private Article article(Path file) {
    return assertInstanceOf(Read.Found.class, parser.read(file)).article();
  }

  private Read.Failed failure(Path file) {
    return assertInstanceOf(Read.Failed.class, parser.read(file));
  }

  @Test
  void readsSeed000TitleOutletAndDate() {
    Article a = article(SEED_000);
    assertEquals("000_fbcca49827e3a288", a.id());
    assertEquals(
        "جهاز مكافحة الارهاب تنسيقنا عال جداً مع المنظومة الامنية باقليم كوردستان", a.title());
    assertEquals("روداو", a.outlet());
    assertEquals("2021-12-08", a.published());
    assertNull(a.url());
  }

  @Test
  void leavesSeed000sOutletLineOutOfTheBody() throws IOException {
    Article a = article(SEED_000);
    String[] lines = Files.readString(SEED_000).strip().split("\n");
    assertEquals(10, a.text().split("\n").length);
    assertTrue(a.text().startsWith(lines[1]));
    assertTrue(a.text().endsWith(lines[lines.length - 2]));
    assertFalse(a.text().contains("روداو"));
  }

  @Test
  void readsSeed001OutletFromTheEndOfItsTitleAndFindsNoDate() {
    Article a = article(SEED_001);
    assertEquals("001_47a385f4b9943841", a.id());
    assertEquals("خلية تنسيق استخباري بقيادة جهاز مكافحة الإرهاب لمطاردة الإرهاب", a.title());
    assertEquals("العراقية", a.outlet());
    assertNull(a.published());
    assertTrue(a.text().startsWith("كشف جهاز مكافحة الإرهاب، اليوم الأربعاء"));
    assertFalse(a.text().contains("\n"));
  }

  @Test
  void letsASidecarOverrideWhatTheTextImplies(@TempDir Path dir) throws IOException {
    Path seed = dir.resolve("000_fbcca49827e3a288.txt");
    Files.copy(SEED_000, seed);
    Files.writeString(
        dir.resolve("000_fbcca49827e3a288.meta.json"),
        "{\"title\": \"عنوان من الملف الجانبي\", \"outlet\": \"Shafaq News\","
            + " \"published\": \"2021-12-09\", \"url\": \"https://www.rudaw.net/arabic/x\"}");
    Article a = article(seed);
    assertEquals("عنوان من الملف الجانبي", a.title());
    assertEquals("شفق نيوز", a.outlet());
    assertEquals("2021-12-09", a.published());
    assertEquals("https://www.rudaw.net/arabic/x", a.url());
    assertEquals(article(SEED_000).text(), a.text());
  }

  @Test
  void keepsWhatASidecarDoesNotMention(@TempDir Path dir) throws IOException {
    Path seed = dir.resolve("001.txt");
    Files.copy(SEED_001, seed);
    Files.writeString(dir.resolve("001.meta.json"), "{\"published\": null, \"url\": \"u\"}");
    Article a = article(seed);
    assertEquals("العراقية", a.outlet());
    assertEquals("خلية تنسيق استخباري بقيادة جهاز مكافحة الإرهاب لمطاردة الإرهاب", a.title());
    assertNull(a.published());
    assertEquals("u", a.url());
  }

  @Test
  void rejectsABrokenSidecarNamingIt(@TempDir Path dir) throws IOException {
    Path seed = dir.resolve("a.txt");
    Files.copy(SEED_001, seed);
    Files.writeString(dir.resolve("a.meta.json"), "{\"title\": ");
    Read.Failed f = failure(seed);
    assertEquals(Outcome.INVALID, f.outcome());
    assertTrue(f.reason().contains("a.meta.json"), f.reason());
  }

  @Test
  void rejectsASidecarDateThatIsNotIso(@TempDir Path dir) throws IOException {
    Path seed = dir.resolve("a.txt");
    Files.copy(SEED_001, seed);
    Files.writeString(dir.resolve("a.meta.json"), "{\"published\": \"8/12/2021\"}");
    assertTrue(failure(seed).reason().contains("ISO 8601"));
  }

  @Test
  void takesADatelineAtTheStartOfTheBody() {
    Read read =
        parser.parse("x", "x", "عنوان الخبر\nبغداد 3 آذار 2019 - قال المتحدث إن الوضع هادئ.\n");
    assertEquals("2019-03-03", assertInstanceOf(Read.Found.class, read).article().published());
  }

  @Test
  void ignoresAnEventDateLaterInTheStory() {
    Read read =
        parser.parse(
            "x",
            "x",
            "عنوان الخبر\nقال المتحدث باسم وزارة الداخلية في مؤتمر صحفي عقده ببغداد إن الهجوم"
                + " الذي وقع في 3 آذار 2019 كان الأعنف.\n");
    assertNull(assertInstanceOf(Read.Found.class, read).article().published());
  }

  @Test
  void reportsAnEmptyFileAsEmpty(@TempDir Path dir) throws IOException {
    Path file = Files.write(dir.resolve("e.txt"), new byte[0]);
    assertEquals(Outcome.EMPTY, failure(file).outcome());
  }

  @Test
  void reportsATitleWithoutBodyAsEmpty(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("t.txt"), "عنوان فقط\n\n");
    assertEquals(Outcome.EMPTY, failure(file).outcome());
  }

  @Test
  void dropsLinesOfNoBreakSpacesAndCountsABodyOfThemAsEmpty(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("n.txt"), "عنوان\n\u00a0\u200f\n\u00a0\n");
    assertEquals(Outcome.EMPTY, failure(file).outcome());
    Path spaced = Files.writeString(dir.resolve("s.txt"), "عنوان\nفقرة.\n\u00a0\nفقرة ثانية.\n");
    assertEquals("فقرة.\nفقرة ثانية.", article(spaced).text());
  }

  @Test
  void reportsABinaryFileAsInvalid(@TempDir Path dir) throws IOException {
    Path file = Files.write(dir.resolve("b.txt"), new byte[] {'a', 0, 'b', '\n', 'c'});
    Read.Failed f = failure(file);
    assertEquals(Outcome.INVALID, f.outcome());
    assertTrue(f.line().startsWith(file + ": binary"), f.line());
  }

  @Test
  void reportsBytesThatAreNotUtf8AsInvalid(@TempDir Path dir) throws IOException {
    byte[] latin1 = "عنوان\n".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[latin1.length + 2];
    System.arraycopy(latin1, 0, bytes, 0, latin1.length);
    bytes[latin1.length] = (byte) 0xE9;
    bytes[latin1.length + 1] = 'x';
    Path file = Files.write(dir.resolve("l.txt"), bytes);
    Read.Failed f = failure(file);
    assertEquals(Outcome.INVALID, f.outcome());
    assertEquals(file + ": not valid UTF-8 (at byte " + latin1.length + ")", f.line());
  }

  @Test
  void acceptsAByteOrderMarkAndWindowsLineEnds(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("w.txt");
    Files.write(
        file,
        ("\uFEFFعنوان\r\nالفقرة الأولى.\r\nالفقرة الثانية.\r\nروداو\r\n")
            .getBytes(StandardCharsets.UTF_8));
    Article a = article(file);
    assertEquals("عنوان", a.title());
    assertEquals("الفقرة الأولى.\nالفقرة الثانية.", a.text());
    assertEquals("روداو", a.outlet());
  }
}
