package org.naba.quotes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Development aid (not a test): prints the quotes of chosen articles.
 *
 * <p>Usage: {@code QuoteDump FILE.jsonl.gz ID...} or {@code QuoteDump SEED.txt}.
 */
public final class QuoteDump {

  private QuoteDump() {}

  public static void main(String[] args) throws Exception {
    QuoteExtractor extractor = new QuoteExtractor();
    if (args[0].endsWith(".txt")) {
      print(extractor, args[0], SeedBodies.read(Path.of(args[0])));
      return;
    }
    Set<String> ids = Set.of(java.util.Arrays.copyOfRange(args, 1, args.length));
    ObjectMapper json = new ObjectMapper();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(Path.of(args[0]))),
                StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        JsonNode a = json.readTree(line);
        if (ids.contains(a.get("id").asText())) {
          print(extractor, a.get("id").asText(), a.get("text").asText());
        }
      }
    }
  }

  private static void print(QuoteExtractor extractor, String id, String body) {
    System.out.println("=== " + id);
    for (Quote q : extractor.extract(body)) {
      System.out.printf(
          "[%d,%d] cue=%s | speaker=%s | role=%s%n   %s%n",
          q.start(), q.end(), q.cue(), q.speaker(), q.role(), q.text());
    }
  }
}
