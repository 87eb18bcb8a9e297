package org.naba.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.naba.search.UnitIndex.WeightedTerm;

class UnitSearcherTest {

  private final UnitSchema schema = new UnitSchema();
  private final ByteBuffersDirectory directory = new ByteBuffersDirectory();

  private static Unit unit(long article, int ordinal, String text) {
    return new Unit(
        article,
        "a" + article,
        Unit.Kind.SENTENCE,
        ordinal,
        4,
        4 + text.length(),
        text,
        "",
        "ع",
        null);
  }

  private IndexWriter writer() throws IOException {
    return new IndexWriter(
        directory, new IndexWriterConfig(schema.analyzer()).setSimilarity(schema.similarity()));
  }

  @Test
  void aSearcherOverAWriterSeesWhatItAddedOnceRefreshed() throws IOException {
    try (IndexWriter writer = writer();
        UnitSearcher searcher = UnitSearcher.over(writer, schema)) {
      writer.addDocument(schema.toDocument(unit(1, 0, "زار الوزير أربيل.")));
      assertEquals(0, searcher.unitCount());
      searcher.refresh();
      assertEquals(1, searcher.unitCount());
    }
  }

  @Test
  void aHitSaysWhereItsUnitIs() throws IOException {
    try (IndexWriter writer = writer();
        UnitSearcher searcher = UnitSearcher.over(writer, schema)) {
      writer.addDocument(schema.toDocument(unit(3, 2, "زار الوزير أربيل.")));
      searcher.refresh();
      Hit hit = searcher.search("متى زار الوزير أربيل؟", 5).get(0);
      assertEquals(new Hit(3, Unit.Kind.SENTENCE, 2, 4, 21, hit.score()), hit);
      assertTrue(hit.score() > 0);
    }
  }

  @Test
  void aSearcherOverADirectorySeesOnlyWhatIsCommitted() throws IOException {
    try (IndexWriter writer = writer()) {
      writer.addDocument(schema.toDocument(unit(1, 0, "زار الوزير أربيل.")));
      writer.commit();
      writer.addDocument(schema.toDocument(unit(2, 0, "زار الوزير بغداد.")));
      try (UnitSearcher searcher = UnitSearcher.over(directory, schema)) {
        assertEquals(1, searcher.unitCount());
      }
    }
  }

  @Test
  void aRareTermWeighsMoreThanACommonOne() throws IOException {
    try (IndexWriter writer = writer();
        UnitSearcher searcher = UnitSearcher.over(writer, schema)) {
      writer.addDocument(schema.toDocument(unit(1, 0, "زار الوزير أربيل.")));
      writer.addDocument(schema.toDocument(unit(2, 0, "زار الوزير بغداد.")));
      searcher.refresh();
      List<WeightedTerm> weighed = searcher.weigh(List.of("وزير", "بغداد", "نجف"));
      assertEquals(
          List.of("وزير", "بغداد", "نجف"), weighed.stream().map(WeightedTerm::term).toList());
      assertTrue(weighed.get(0).idf() < weighed.get(1).idf());
      assertTrue(weighed.get(1).idf() < weighed.get(2).idf());
    }
  }

  @AfterEach
  void close() throws IOException {
    schema.close();
    directory.close();
  }
}
