// Adds the light stems of the question (qs) and of each candidate, its previous and next sentence
// (ts, ps, ns) to a CandidateDump file. java -cp target/naba.jar StemCands.java IN.jsonl OUT.jsonl
import java.io.*;
import java.nio.file.*;
import com.fasterxml.jackson.databind.*;
import com.fasterxml.jackson.databind.node.*;
import org.naba.text.*;

public class StemCands {
  static ArrayNode stems(ObjectMapper m, JsonNode t) {
    ArrayNode a = m.createArrayNode();
    if (t == null || t.isNull()) return a;
    for (String w : ArabicNormalizer.words(t.asText())) {
      if (ArabicStopwords.isStopword(w)) continue;
      a.add(ArabicLightStemmer.stem(w));
    }
    return a;
  }
  public static void main(String[] a) throws Exception {
    ObjectMapper m = new ObjectMapper();
    try (BufferedWriter w = Files.newBufferedWriter(Path.of(a[1])); BufferedReader r = Files.newBufferedReader(Path.of(a[0]))) {
      String line;
      while ((line = r.readLine()) != null) {
        ObjectNode n = (ObjectNode) m.readTree(line);
        n.set("qs", stems(m, n.get("q")));
        for (JsonNode c : n.get("c")) {
          ObjectNode o = (ObjectNode) c;
          o.set("ts", stems(m, o.get("t"))); o.set("ps", stems(m, o.get("prev"))); o.set("ns", stems(m, o.get("next")));
        }
        w.write(m.writeValueAsString(n)); w.newLine();
      }
    }
  }
}
