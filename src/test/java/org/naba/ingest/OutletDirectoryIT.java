package org.naba.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.naba.SharedData;

/** The outlet directory against every outlet code of the news corpora. */
@SharedData
class OutletDirectoryIT {

  private final OutletDirectory outlets = OutletDirectory.load(OutletDirectoryTest.CONFIG);

  @Test
  void knowsEveryOutletCodeOfTheNewsCorpora() throws IOException {
    Set<String> unknown = new TreeSet<>();
    ObjectMapper json = new ObjectMapper();
    for (String corpus : List.of("ant-all", "ant-iraq", "saudinewsnet")) {
      Path file = SharedData.FOLDER.resolve("news/" + corpus + ".jsonl.gz");
      try (BufferedReader in =
          new BufferedReader(
              new InputStreamReader(
                  new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
        String line;
        while ((line = in.readLine()) != null) {
          String code = json.readTree(line).get("outlet").asText();
          if (outlets.canonical(code).isEmpty()) {
            unknown.add(code);
          }
        }
      }
    }
    assertEquals(Set.of(), unknown);
  }
}
