package org.naba.tools.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.ScoreDoc;
import org.naba.search.Reranking;
import org.naba.search.SearchTuning;
import org.naba.search.Unit;
import org.naba.search.UnitSchema;
import org.naba.text.ArabicNormalizer;
import org.naba.text.SentenceSegmenter;

/**
 * A probe for error analysis: writes, one JSON object a line, each question of a set with the first
 * stage's top candidates (text, article, ordinal, first-stage score, reranker features, whether it
 * answers) and each candidate's previous and next sentence. {@code java -cp target/naba.jar
 * org.naba.tools.eval.CandidateDump SET.json OUT.jsonl [--distractors FILE]}.
 */
public final class CandidateDump {

  private CandidateDump() {}

  public static void main(String[] args) throws IOException {
    SentenceSegmenter segmenter = new SentenceSegmenter();
    SquadSet set = SquadSet.load(Path.of(args[0]), segmenter);
    Path out = Path.of(args[1]);
    Path distractors = args.length > 3 && args[2].equals("--distractors") ? Path.of(args[3]) : null;
    int depth = Reranking.DEFAULT.depth();
    List<String> texts = new ArrayList<>();
    List<Long> seqs = new ArrayList<>();
    List<Integer> ordinals = new ArrayList<>();
    Map<Long, Map<Integer, Integer>> where = new HashMap<>();
    ObjectMapper json = new ObjectMapper();
    try (UnitSchema schema = new UnitSchema(SearchTuning.DEFAULT, Reranking.NONE);
        RetrievalSystem system = RetrievalSystem.naba(schema);
        InMemoryIndex index = new InMemoryIndex(system);
        BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      long next = 0;
      List<Unit> all = new ArrayList<>(set.units());
      for (Unit unit : all) {
        add(index, unit, texts, seqs, ordinals, where);
        next = Math.max(next, unit.articleSeq() + 1);
      }
      if (distractors != null) {
        new NewsDistractors(segmenter)
            .stream(distractors, next, unit -> add(index, unit, texts, seqs, ordinals, where));
      }
      index.open();
      for (SquadQuestion q : set.questions()) {
        RerankerTraining.FirstStage first = RerankerTraining.FirstStage.of(schema, index, q, depth);
        ScoreDoc[] docs = first.docs();
        double[][] features = first.features();
        int[] numbers = first.numbers();
        List<String> answers = first.normalizedAnswers();
        ObjectNode o = json.createObjectNode();
        o.put("id", q.id());
        o.put("q", q.text());
        ArrayNode as = o.putArray("answers");
        q.answers().forEach(as::add);
        ArrayNode cs = o.putArray("c");
        for (int i = 0; i < numbers.length; i++) {
          int u = numbers[i];
          ObjectNode c = cs.addObject();
          c.put("u", u);
          c.put("a", seqs.get(u));
          c.put("o", ordinals.get(u));
          c.put("s", docs[i].score);
          c.put("y", AnswerCheck.answers(ArabicNormalizer.normalize(texts.get(u)), answers));
          ArrayNode f = c.putArray("f");
          for (double x : features[i]) {
            f.add(x);
          }
          c.put("t", texts.get(u));
          Map<Integer, Integer> art = where.get(seqs.get(u));
          Integer prev = art.get(ordinals.get(u) - 1);
          Integer nxt = art.get(ordinals.get(u) + 1);
          c.put("prev", prev == null ? null : texts.get(prev));
          c.put("next", nxt == null ? null : texts.get(nxt));
        }
        w.write(json.writeValueAsString(o));
        w.newLine();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void add(
      InMemoryIndex index,
      Unit unit,
      List<String> texts,
      List<Long> seqs,
      List<Integer> ordinals,
      Map<Long, Map<Integer, Integer>> where) {
    int n = texts.size();
    index.add(unit, n);
    texts.add(unit.text());
    seqs.add(unit.articleSeq());
    ordinals.add(unit.ordinal());
    where.computeIfAbsent(unit.articleSeq(), k -> new HashMap<>()).put(unit.ordinal(), n);
  }
}
