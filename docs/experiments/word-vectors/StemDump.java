// The news corpora as Naba's light stems, one article a line, function words as _ (ppmi.py reads it).
// java -cp target/naba.jar StemDump.java OUT.txt CORPUS.jsonl.gz...
import java.io.*;
import java.nio.file.*;
import java.util.zip.GZIPInputStream;
import com.fasterxml.jackson.databind.*;
import org.naba.text.*;

public class StemDump {
  public static void main(String[] a) throws Exception {
    ObjectMapper m = new ObjectMapper();
    try (BufferedWriter w = Files.newBufferedWriter(Path.of(a[0]))) {
      for (int i = 1; i < a.length; i++) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(new FileInputStream(a[i])), "UTF-8"))) {
          String line;
          while ((line = r.readLine()) != null) {
            JsonNode n = m.readTree(line);
            String text = n.path("title").asText("") + "\n" + n.path("text").asText(n.path("body").asText(""));
            StringBuilder sb = new StringBuilder();
            for (String word : ArabicNormalizer.words(text)) {
              if (ArabicStopwords.isStopword(word)) { sb.append("_ "); continue; }
              sb.append(ArabicLightStemmer.stem(word)).append(' ');
            }
            w.write(sb.toString()); w.newLine();
          }
        }
      }
    }
  }
}
