package org.naba.tools.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class EvalCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cmd = new CommandLine(new EvalCommand());
    cmd.setOut(new PrintWriter(out));
    cmd.setErr(new PrintWriter(err));
    return cmd.execute(args);
  }

  private static String sample() throws URISyntaxException {
    return Path.of(EvalCommandTest.class.getResource("/eval/xquad-ar-sample.json").toURI())
        .toString();
  }

  @Test
  void printsOneJsonObjectPerDatasetWithBothSystems() throws Exception {
    int code = run("--dataset", sample(), "--dataset", sample(), "--json");
    assertEquals(0, code, err.toString());
    String[] lines = out.toString().strip().split("\n");
    assertEquals(2, lines.length);
    JsonNode report = new ObjectMapper().readTree(lines[0]);
    assertEquals("xquad-ar-sample.json", report.path("dataset").asText());
    assertEquals(30, report.path("questions").asInt());
    assertTrue(report.path("units").asInt() > 2);
    assertTrue(report.path("meanWordsPerUnit").asDouble() > 0);
    for (String system : new String[] {"naba", "baseline"}) {
      JsonNode metrics = report.path(system).path("metrics");
      assertTrue(metrics.has("recallAt1") && metrics.has("recallAt5") && metrics.has("mrrAt10"));
    }
  }

  @Test
  void printsATableWithoutJson() throws Exception {
    assertEquals(0, run("--dataset", sample()));
    String table = out.toString();
    assertTrue(table.contains("naba") && table.contains("lucene-arabic-bm25"), table);
  }

  @Test
  void aMissingDatasetExitsWithTwoAndNamesTheFile() {
    assertEquals(2, run("--dataset", "no/such/set.json"));
    assertTrue(err.toString().contains("no/such/set.json"), err.toString());
  }

  @Test
  void aFileThatIsNotSquadExitsWithOneAndNamesTheFile() throws Exception {
    Path notSquad = Files.createTempFile("not-squad", ".json");
    Files.writeString(notSquad, "{\"rows\": []}");
    try {
      assertEquals(1, run("--dataset", notSquad.toString()));
      assertTrue(err.toString().contains(notSquad.toString()), err.toString());
    } finally {
      Files.delete(notSquad);
    }
  }

  @Test
  void rowsInAMissingFolderExitWithTwoAndNameTheFolderBeforeAnyQuestionIsAsked() throws Exception {
    Path qa = Files.createTempFile("qa", ".tsv");
    Files.writeString(qa, "question\tkind\texpected\tarticles\tspeaker\n");
    try {
      assertEquals(2, run("--qa", qa.toString(), "--rows", "no/such/folder/rows.tsv"));
      assertTrue(err.toString().contains("no/such/folder"), err.toString());
      assertTrue(out.toString().isEmpty(), "nothing was evaluated: " + out);
    } finally {
      Files.delete(qa);
    }
  }

  @Test
  void rowsWithoutQaIsAUsageError() throws Exception {
    assertEquals(2, run("--dataset", sample(), "--rows", "rows.tsv"));
    assertTrue(err.toString().contains("--rows needs --qa"), err.toString());
  }

  @Test
  void aMissingDistractorFileExitsWithTwoAndNamesTheFile() throws Exception {
    assertEquals(2, run("--dataset", sample(), "--distractors", "no/such/news.jsonl.gz"));
    assertTrue(err.toString().contains("no/such/news.jsonl.gz"), err.toString());
  }
}
