package org.naba.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naba.config.NabaConfig;
import org.naba.ops.Backup;
import org.naba.store.Store;

/**
 * {@code naba backup} while articles are being stored, and {@code naba restore} into new folders:
 * the copy is the store at one moment, whole, and the restored folder answers as the original did.
 */
class BackupRestoreTest {

  private static final String QUESTION = "ماذا قال النعمان عن التنسيق مع كردستان؟";
  private static final int FILES = 60;
  private static final int PER_FILE = 5;

  @TempDir Path dir;

  /** Files of articles unrelated to the question: the statements of a farming ministry. */
  private List<Path> articles() throws Exception {
    List<Path> files = new ArrayList<>();
    for (int f = 0; f < FILES; f++) {
      StringBuilder lines = new StringBuilder();
      for (int i = 0; i < PER_FILE; i++) {
        int n = f * PER_FILE + i;
        lines
            .append("{\"id\":\"farm-")
            .append(n)
            .append("\",\"url\":\"https://farm.example/")
            .append(n)
            .append("\",\"outlet\":\"روداو\",\"title\":\"موسم القمح ")
            .append(n)
            .append("\",\"published\":\"2021-12-0")
            .append(1 + n % 9)
            .append("\",\"text\":\"قال المتحدث باسم وزارة الزراعة إن \\\"موسم القمح رقم ")
            .append(n)
            .append(" جيد والأمطار كافية\\\". وأضاف أن الحصاد يبدأ في أيار.\"}\n");
      }
      Path file = dir.resolve("farm-" + f + ".jsonl");
      Files.writeString(file, lines, StandardCharsets.UTF_8);
      files.add(file);
    }
    return files;
  }

  private static String answers(Path data) {
    CliRun run = CliRun.of("ask", "--json", QUESTION, "--data", data.toString());
    assertEquals(0, run.exitCode(), run.err());
    return run.out();
  }

  /**
   * The answers' statements, speakers and articles, in rank order (scores left out: they weigh
   * terms by the whole collection, which grew meanwhile).
   */
  private static List<String> statements(String json) throws Exception {
    List<String> out = new ArrayList<>();
    for (com.fasterxml.jackson.databind.JsonNode a :
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).path("answers")) {
      out.add(
          a.path("text").asText()
              + " | "
              + a.path("speaker").asText()
              + " | "
              + a.path("article").path("id").asText());
    }
    return out;
  }

  @Test
  void aBackupTakenDuringAnIngestIsTheStoreAtOneMomentAndRestoresToAFolderThatAnswersTheSame()
      throws Exception {
    Path original = dir.resolve("original");
    NabaConfig config = EmbeddedNaba.config(original);
    try (Naba naba = Naba.open(config)) { // the seeds, indexed
      assertEquals(2, naba.store().articleCount());
    }
    List<Path> files = articles();
    CountDownLatch started = new CountDownLatch(1);
    AtomicBoolean finished = new AtomicBoolean();
    AtomicReference<Throwable> failed = new AtomicReference<>();
    Thread ingest =
        Thread.ofPlatform()
            .name("test-ingest")
            .start(
                () -> {
                  // as `naba ingest` does beside a running bot: its own connection, store only
                  try (Store store = Store.open(config.storeFile())) {
                    for (int f = 0; f < files.size(); f++) {
                      Naba.ingestor(config, store).ingest(List.of(files.get(f)));
                      if (f == 2) {
                        started.countDown();
                      }
                    }
                  } catch (Throwable t) {
                    failed.set(t);
                  } finally {
                    finished.set(true);
                    started.countDown();
                  }
                });
    assertTrue(started.await(60, TimeUnit.SECONDS));
    Path during = dir.resolve("backup-during");
    CliRun backup = CliRun.of("backup", during.toString(), "--data", original.toString());
    boolean ingestWentOn = !finished.get();
    ingest.join();
    assertEquals(null, failed.get());
    assertEquals(0, backup.exitCode(), backup.err());
    assumeTrue(ingestWentOn, "the ingest ended before the backup did: nothing ran beside it");
    Backup.Manifest taken = Backup.read(during);
    long total = 2 + FILES * PER_FILE;
    // at least the three files ingested before the backup began (it may start before the fourth
    // file's first article commits), and not all of them
    assertTrue(
        taken.articles() >= 2 + 3 * PER_FILE && taken.articles() < total,
        "taken mid-ingest: " + taken.articles());

    Path restored = dir.resolve("restored");
    CliRun restore = CliRun.of("restore", during.toString(), "--data", restored.toString());
    assertEquals(0, restore.exitCode(), restore.err());
    assertTrue(restore.out().contains("index rebuilt"), restore.out());
    try (Store a = Store.open(config.storeFile());
        Store b = Store.open(restored.resolve("naba.db"))) {
      // the store at one moment: the first articles of the original, each whole
      assertEquals(taken.articles(), b.articleCount());
      assertEquals(taken.lastSeq(), b.lastSeq());
      for (long seq = 1; seq <= b.lastSeq(); seq++) {
        assertEquals(a.bySeq(seq), b.bySeq(seq), "article " + seq);
      }
    }
    // the farming articles share no word with the question: the restored folder answers it with
    // the statements the original gives
    List<String> expected = statements(answers(original));
    assertEquals(5, expected.size());
    assertEquals(expected, statements(answers(restored)));

    // once the ingest is over, a backup restores to a folder that answers exactly the same
    Path after = dir.resolve("backup-after");
    assertEquals(
        0, CliRun.of("backup", after.toString(), "--data", original.toString()).exitCode());
    Path again = dir.resolve("restored-again");
    assertEquals(0, CliRun.of("restore", after.toString(), "--data", again.toString()).exitCode());
    try (Store b = Store.open(again.resolve("naba.db"))) {
      assertEquals(total, b.articleCount());
    }
    assertEquals(expected, statements(answers(again)));
    String farm = "ماذا قال المتحدث عن موسم القمح رقم 7؟";
    List<String> farmAnswers =
        statements(CliRun.of("ask", "--json", farm, "--data", again.toString()).out());
    // only the first: the farming statements after it score alike, and equal scores come in the
    // order the index was built in (one pass here, piece by piece in the original)
    assertEquals(
        statements(CliRun.of("ask", "--json", farm, "--data", original.toString()).out()).get(0),
        farmAnswers.get(0));
    assertTrue(farmAnswers.get(0).startsWith("موسم القمح رقم 7 جيد"), farmAnswers.get(0));
  }

  @Test
  void aBackupGoesOnlyIntoANewFolderAndARestoreOnlyIntoAFolderWithoutAStore() throws Exception {
    Path data = dir.resolve("data");
    try (Naba naba = Naba.open(EmbeddedNaba.config(data))) {
      assertEquals(2, naba.store().articleCount());
    }
    Path full = dir.resolve("full");
    Files.createDirectories(full);
    Files.writeString(full.resolve("x"), "x");
    CliRun refused = CliRun.of("backup", full.toString(), "--data", data.toString());
    assertEquals(1, refused.exitCode());
    assertTrue(refused.err().contains("is not empty"), refused.err());
    Path backup = dir.resolve("b");
    assertEquals(0, CliRun.of("backup", backup.toString(), "--data", data.toString()).exitCode());
    CliRun over = CliRun.of("restore", backup.toString(), "--data", data.toString());
    assertEquals(1, over.exitCode());
    assertTrue(over.err().contains("without naba.db"), over.err());
    assertEquals(1, over.err().strip().lines().count(), over.err());
    CliRun none =
        CliRun.of(
            "restore", dir.resolve("nothing").toString(), "--data", dir.resolve("new").toString());
    assertEquals(1, none.exitCode());
    assertTrue(none.err().contains("backup.properties is missing"), none.err());
  }
}
