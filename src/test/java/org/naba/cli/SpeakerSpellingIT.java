package org.naba.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naba.SharedData;
import org.naba.answer.Answer;

/** A question that spells the speaker's name another way still finds the speaker's statements. */
@SharedData
class SpeakerSpellingIT {

  private static final Path ANT_IRAQ = Path.of("../shared/data/news/ant-iraq.jsonl.gz");
  private static final String MUNICH = "\"FR-internationalNews-2-20180218\"";

  @TempDir Path dir;

  @Test
  void aNameSpelledAnotherWayFindsTheSpeakersStatements() throws Exception {
    // the real AFP article spells him نتانياهو; readers (and most outlets) write نتنياهو
    Path articles = Files.createDirectories(dir.resolve("articles"));
    Files.writeString(articles.resolve("munich.jsonl"), line(MUNICH), StandardCharsets.UTF_8);
    try (Naba naba = EmbeddedNaba.withArticles(dir.resolve("data"), articles)) {
      List<Answer> answers =
          naba.answerer().ask("ماذا قال نتنياهو عن وكلاء إيران في اليمن ولبنان؟").answers();
      assertFalse(answers.isEmpty());
      assertEquals("بنيامين نتانياهو", answers.get(0).speaker());
      assertTrue(answers.stream().anyMatch(a -> a.text().contains("تلتهم مساحات")), "" + answers);
      assertTrue(
          naba.answerer().ask("ماذا قال نتنياهم عن وكلاء إيران في اليمن ولبنان؟").answers().stream()
              .noneMatch(a -> "بنيامين نتانياهو".equals(a.speaker())),
          "a name one letter off is someone else");
    }
  }

  private static String line(String id) throws Exception {
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(ANT_IRAQ)), StandardCharsets.UTF_8))) {
      return in.lines().filter(l -> l.contains(id)).findFirst().orElseThrow() + "\n";
    }
  }
}
