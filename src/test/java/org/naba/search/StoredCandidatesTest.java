package org.naba.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.naba.text.SentenceSegmenter;
import org.naba.text.Span;

/**
 * The reranker's features read from OpenSearch's stored fields ({@link StoredCandidates}) equal
 * those read from the embedded index's postings ({@link Candidates}), for the seeds' units and
 * questions of each kind: so both backends rerank alike.
 */
class StoredCandidatesTest {

  private final UnitSchema schema = new UnitSchema();

  @AfterEach
  void close() {
    schema.close();
  }

  /** The seeds' sentences (each with its paragraph and title) and quoted statements. */
  static List<Unit> seedUnits() throws IOException {
    SentenceSegmenter segmenter = new SentenceSegmenter();
    List<Unit> units = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> list = Files.list(Path.of("seeds"))) {
      files = list.sorted().toList();
    }
    long seq = 1;
    for (Path file : files) {
      List<String> lines = Files.readAllLines(file).stream().filter(l -> !l.isBlank()).toList();
      String title = lines.get(0);
      int sentence = 0;
      int quote = 0;
      for (String paragraph : lines.subList(1, lines.size())) {
        for (Span s : segmenter.split(paragraph)) {
          units.add(
              new Unit(
                  seq,
                  "seed" + seq,
                  Unit.Kind.SENTENCE,
                  sentence++,
                  s.start(),
                  s.end(),
                  s.of(paragraph),
                  paragraph,
                  title,
                  null,
                  19_000 + seq));
        }
        int open = paragraph.indexOf('"');
        int close = open < 0 ? -1 : paragraph.indexOf('"', open + 1);
        if (close > open + 1) {
          units.add(
              new Unit(
                  seq,
                  "seed" + seq,
                  Unit.Kind.QUOTE,
                  quote++,
                  open + 1,
                  close,
                  paragraph.substring(open + 1, close),
                  paragraph,
                  title,
                  "صباح النعمان"));
        }
      }
      seq++;
    }
    return units;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ماذا قال المتحدث باسم جهاز مكافحة الارهاب؟",
        "كم عدد العمليات التي نفذها الجهاز؟",
        "متى أعلن جهاز مكافحة الإرهاب عن الاستراتيجية؟",
        "من قال إن التنسيق مع اقليم كوردستان عال؟",
        "ما هي خلية التنسيق الاستخباري؟"
      })
  void featuresFromStoredTextsEqualFeaturesFromThePostings(String question) throws IOException {
    List<Unit> units = seedUnits();
    assertTrue(units.size() > 20, "units: " + units.size());
    try (MemoryUnitIndex index = MemoryUnitIndex.of(schema, units)) {
      IndexSearcher searcher = index.searcher();
      TopDocs top = searcher.search(schema.query(question), Reranking.DEFAULT.depth());
      ScoreDoc[] docs = top.scoreDocs;
      assertTrue(docs.length > 5, "hits: " + docs.length);
      List<Unit> hits = new ArrayList<>();
      float[] scores = new float[docs.length];
      for (int i = 0; i < docs.length; i++) {
        hits.add(units.get(docs[i].doc)); // one segment, documents in the order added
        scores[i] = docs[i].score;
      }
      IndexReader reader = searcher.getIndexReader();
      int n = reader.numDocs();
      double[][] fromPostings = schema.reranker().features(searcher, question, docs);
      double[][] fromStored =
          schema
              .reranker()
              .features(
                  new StoredCandidates(
                      StoredUnit.of(hits, schema.tuning(), new SentenceSegmenter()),
                      schema.fields(),
                      schema.tuning()),
                  (field, term) -> Reranker.idf(n, reader.docFreq(new Term(field, term))),
                  question,
                  scores);
      assertEquals(fromPostings.length, fromStored.length);
      for (int i = 0; i < docs.length; i++) {
        assertArrayEquals(fromPostings[i], fromStored[i], 1e-9, "candidate " + i);
      }
    }
  }
}
