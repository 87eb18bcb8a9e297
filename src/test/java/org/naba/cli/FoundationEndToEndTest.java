package org.naba.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The foundation's promise: from the seed files to a verbatim, attributed quote. */
class FoundationEndToEndTest {

  private static final String QUESTION = "ماذا قال النعمان عن التنسيق مع كردستان؟";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private static String seedBody(String id) throws Exception {
    List<String> lines = Files.readAllLines(Path.of("seeds", id + ".txt"), StandardCharsets.UTF_8);
    return String.join("\n", lines);
  }

  @Test
  void firstRunIngestsTheSeedsAndAnswersWithAVerbatimQuoteOfTheSpokesman() throws Exception {
    CliRun run = CliRun.of("ask", "--json", "--data", dir.toString(), QUESTION);
    assertEquals(0, run.exitCode(), run.err());
    JsonNode root = JSON.readTree(run.out());
    assertEquals(QUESTION, root.get("question").asText());
    JsonNode first = root.get("answers").get(0);
    assertEquals(1, first.get("rank").asInt());
    assertEquals("quote", first.get("kind").asText());
    assertEquals("صباح النعمان", first.get("speaker").asText());
    String articleId = first.get("article").get("id").asText();
    assertTrue(
        seedBody(articleId).contains(first.get("text").asText()),
        "the answer is a verbatim span of its seed article");
    assertTrue(Set.of("روداو", "العراقية").contains(first.get("article").get("outlet").asText()));
    assertTrue(Files.exists(dir.resolve("naba.db")));
    assertTrue(Files.isDirectory(dir.resolve("index")));
  }

  @Test
  void everyAnswerIsAVerbatimSpanOfItsArticle() throws Exception {
    CliRun run = CliRun.of("ask", "--json", "--data", dir.toString(), "من زار قضاء مخمور؟");
    JsonNode answers = JSON.readTree(run.out()).get("answers");
    assertFalse(answers.isEmpty());
    for (JsonNode a : answers) {
      assertTrue(seedBody(a.get("article").get("id").asText()).contains(a.get("text").asText()));
    }
  }

  @Test
  void aQuoteThatCompletesAReportedClauseIsShownWithIt() throws Exception {
    // ant-all SK-sport-2389-20180803: shown alone, the quote says the opposite of what was said
    Path file = dir.resolve("neuer.jsonl");
    Files.writeString(
        file,
        "{\"id\": \"n1\", \"url\": null, \"outlet\": \"sky\", \"title\": \"نوير يدافع عن"
            + " المنتخب\", \"published\": \"2018-08-03\", \"text\": \"قال حارس المنتخب الألماني"
            + " مانويل نوير إن الفريق تحدث كثيرا عن رحيل أوزيل.\\nوأكد نوير أن أوزيل، لم يكن"
            + " \\\"على الإطلاق ضحية للعنصرية في المنتخب الألماني\\\"، مضيفا أن الفريق حاول دوما"
            + " دمج اللاعبين.\"}\n");
    Path data = dir.resolve("d");
    assertEquals(0, CliRun.of("ingest", "--data", data.toString(), file.toString()).exitCode());
    CliRun run =
        CliRun.of(
            "ask",
            "--json",
            "--data",
            data.toString(),
            "ماذا قال نوير عن العنصرية في المنتخب الألماني؟");
    JsonNode quote = null;
    for (JsonNode a : JSON.readTree(run.out()).get("answers")) {
      quote = quote == null && a.get("kind").asText().equals("quote") ? a : quote;
    }
    assertNotNull(quote, run.out());
    assertEquals(
        "أوزيل، لم يكن \"على الإطلاق ضحية للعنصرية في المنتخب الألماني\"",
        quote.get("text").asText());
  }

  @Test
  void answersOneJsonObjectPerLineFromStandardInput() throws Exception {
    var in = System.in;
    try {
      System.setIn(
          new java.io.ByteArrayInputStream(
              (QUESTION + "\n\nمن زار قضاء مخمور؟\n").getBytes(StandardCharsets.UTF_8)));
      CliRun run = CliRun.of("ask", "--json", "--stdin", "--data", dir.toString());
      assertEquals(0, run.exitCode(), run.err());
      List<String> lines = run.out().lines().toList();
      assertEquals(2, lines.size());
      assertEquals("من زار قضاء مخمور؟", JSON.readTree(lines.get(1)).get("question").asText());
    } finally {
      System.setIn(in);
    }
  }

  @Test
  void printsAReadableAnswerWithSpeakerOutletTitleAndDate() {
    CliRun run = CliRun.of("ask", "--data", dir.toString(), QUESTION);
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("صباح النعمان"), run.out());
    assertTrue(run.out().contains("«"), run.out());
    assertTrue(run.out().contains("روداو") || run.out().contains("العراقية"), run.out());
  }

  @Test
  void ingestReportsCountsAndASecondRunAddsNothing() {
    Path seeds = Path.of("seeds");
    CliRun first = CliRun.of("ingest", "--data", dir.toString(), seeds.toString());
    assertEquals(0, first.exitCode(), first.err());
    assertTrue(first.out().startsWith("ingested 2, duplicate 0"), first.out());
    CliRun second = CliRun.of("ingest", "--data", dir.toString(), seeds.toString());
    assertTrue(second.out().startsWith("ingested 0, duplicate 2"), second.out());
  }

  @Test
  void aBadLineIsNamedAndTheRestIsStillIngestedWithExitCodeOne() throws Exception {
    Path file = dir.resolve("mixed.jsonl");
    Files.writeString(
        file,
        "{\"id\": \"a1\", \"url\": null, \"outlet\": \"bbc\", \"title\": \"t\", \"published\": null,"
            + " \"text\": \"قال الوزير إن \\\"الوضع مستقر تماما في المدينة\\\".\"}\n"
            + "{broken\n");
    CliRun run = CliRun.of("ingest", "--data", dir.resolve("d").toString(), file.toString());
    assertEquals(1, run.exitCode());
    assertTrue(run.err().contains(file + ":2"), run.err());
    assertTrue(run.out().startsWith("ingested 1,"), run.out());
  }

  @Test
  void reindexRebuildsFromTheStore() {
    CliRun.of("ingest", "--data", dir.toString(), "seeds");
    CliRun run = CliRun.of("reindex", "--data", dir.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("reindexed 2 articles"), run.out());
  }

  @Test
  void quotesPrintsEachQuoteWithItsOffsetsInTheBody() throws Exception {
    CliRun run = CliRun.of("quotes", "--json", "seeds/001_47a385f4b9943841.txt");
    assertEquals(0, run.exitCode(), run.err());
    JsonNode article = JSON.readTree(run.out().lines().findFirst().orElseThrow());
    assertEquals("001_47a385f4b9943841", article.get("id").asText());
    assertFalse(article.get("quotes").isEmpty());
  }

  @Test
  void aBadSettingIsOneLineNamingItWithExitCodeTwo() {
    CliRun run =
        CliRun.of(
            java.util.Map.of("NABA_ANSWERS_MAX", "zero"), "ask", "--data", dir.toString(), "x");
    assertEquals(2, run.exitCode());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(run.err().contains("NABA_ANSWERS_MAX"), run.err());
  }

  @Test
  void anUnknownCommandIsBadUsage() {
    assertEquals(2, CliRun.of("frobnicate").exitCode());
  }
}
