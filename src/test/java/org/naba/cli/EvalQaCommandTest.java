package org.naba.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalQaCommandTest {

  @TempDir Path dir;

  @Test
  void scoresAQaFileAgainstTheDataFolderAndCountsOutOfScopeQuestions() throws Exception {
    Path qa = dir.resolve("qa.tsv");
    Files.writeString(
        qa,
        "question\texpected\tarticle\n"
            + "منو زار قضاء مخمور؟\tمصطفى الكاظمي زار اليوم الاربعاء\t000_fbcca49827e3a288\n"
            + "كم عمر الفنانة هيفاء وهبي؟\t\t\n");
    CliRun run =
        CliRun.of("eval", "--json", "--data", dir.resolve("d").toString(), "--qa", qa.toString());
    assertEquals(0, run.exitCode(), run.err());
    JsonNode report = new ObjectMapper().readTree(run.out());
    assertEquals(1, report.get("in_scope").asInt());
    assertEquals(1.0, report.get("top1").asDouble());
    assertEquals(1, report.get("out_of_scope").asInt());
    assertEquals(1.0, report.get("declined").asDouble());
  }

  @Test
  void needsADatasetOrAQaFile() {
    CliRun run = CliRun.of("eval", "--data", dir.toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("--qa"), run.err());
  }
}
