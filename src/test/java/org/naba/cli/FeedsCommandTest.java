package org.naba.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code naba feeds}: the sources, through the production command line. */
class FeedsCommandTest {

  @TempDir Path dir;

  private CliRun run(String... args) {
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--data";
    all[args.length + 1] = dir.resolve("data").toString();
    return CliRun.of(Map.of("NABA_FEEDS_SOURCES", ""), all);
  }

  @Test
  void addsListsAndRemovesASourceNamingItsOutletByAlias() {
    CliRun added = run("feeds", "add", "https://www.rudaw.net/arabic/rss", "--every", "10m");
    assertEquals(0, added.exitCode(), added.err());
    assertTrue(added.out().startsWith("following https://www.rudaw.net/arabic/rss"), added.out());
    CliRun list = run("feeds", "list");
    assertTrue(
        list.out().contains("https://www.rudaw.net/arabic/rss\tروداو\tevery 10m\tnever fetched"),
        list.out());
    assertTrue(
        run("feeds", "add", "https://www.rudaw.net/arabic/rss")
            .out()
            .startsWith("already following"));
    assertEquals(0, run("feeds", "remove", "https://www.rudaw.net/arabic/rss").exitCode());
    assertTrue(run("feeds", "list").out().contains("no sources"));
  }

  @Test
  void refusesALoopbackUrlWithOneLineNamingTheSetting() {
    CliRun r = run("feeds", "add", "http://127.0.0.1:8080/rss");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("http://127.0.0.1:8080/rss"), r.err());
    assertTrue(r.err().contains("feeds.allow-private-addresses=true"), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
  }

  @Test
  void refusesAUrlWithCredentialsWithoutRepeatingThem() {
    CliRun r = run("feeds", "add", "https://reader:s3cret@www.rudaw.net/arabic/rss");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("https://www.rudaw.net/"), r.err());
    assertTrue(r.err().contains("password"), r.err());
    assertFalse(r.err().contains("s3cret"), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(run("feeds", "list").out().contains("no sources"));
  }

  @Test
  void importsAnOpmlFileAndExportsTheSources() throws Exception {
    Path opml = dir.resolve("subs.opml");
    Files.writeString(
        opml,
        "<opml version=\"2.0\"><body><outline text=\"Sky News Arabia\" xmlUrl=\"https://www.skynewsarabia.com/rss\"/>"
            + "<outline text=\"group\"><outline text=\"BBC\" xmlUrl=\"https://feeds.bbci.co.uk/arabic/rss.xml\"/></outline>"
            + "</body></opml>");
    CliRun imported = run("feeds", "import", opml.toString());
    assertEquals(0, imported.exitCode(), imported.err());
    assertTrue(imported.out().contains("imported 2 new sources"), imported.out());
    CliRun exported = run("feeds", "export");
    assertTrue(
        exported.out().contains("xmlUrl=\"https://www.skynewsarabia.com/rss\""), exported.out());
    assertTrue(exported.out().contains("text=\"سكاي نيوز عربية\""), exported.out());
  }

  @Test
  void aNewDataFolderFollowsTheSourcesOfTheSourcesFile() throws Exception {
    Path file = dir.resolve("sources.json");
    Files.writeString(
        file,
        "{\"sources\": [{\"url\": \"https://x.test/rss\", \"outlet\": \"Rudaw\", \"every\": \"2h\","
            + " \"enabled\": false}]}");
    CliRun list =
        CliRun.of(
            Map.of("NABA_FEEDS_SOURCES", file.toString()),
            "feeds",
            "list",
            "--data",
            dir.resolve("fresh").toString());
    assertTrue(
        list.out().contains("https://x.test/rss\tروداو\tevery 2h\toff"), list.out() + list.err());
  }

  @Test
  void pollOnceWithNoDueSourcesSaysSo() {
    CliRun r = run("feeds", "poll", "--once");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("0 sources polled, 0 failed"), r.out());
  }
}
