package org.naba.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.naba.text.Paragraphs;
import org.naba.text.SentenceSegmenter;
import org.naba.text.Span;

class UnitSchemaTest {

  private final UnitSchema schema = new UnitSchema();

  private static Unit unit(String text, String context) {
    return new Unit(
        7, "a1", Unit.Kind.SENTENCE, 3, 10, 10 + text.length(), text, context, "عنوان", null);
  }

  @Test
  void documentsCarryTheStoredFieldsTheIndexReadsBack() {
    Document doc = schema.toDocument(unit("قال الوزير.", "قال الوزير. ثم غادر."));
    assertEquals(7, UnitSchema.storedLong(doc, UnitSchema.ARTICLE_SEQ));
    assertEquals("a1", doc.get(UnitSchema.ARTICLE_ID));
    assertEquals("SENTENCE", doc.get(UnitSchema.KIND));
    assertEquals(3, UnitSchema.storedLong(doc, UnitSchema.ORDINAL));
    assertEquals(10, UnitSchema.storedLong(doc, UnitSchema.START));
    assertEquals(21, UnitSchema.storedLong(doc, UnitSchema.END));
  }

  @Test
  void documentsIndexTheUnitSeveralWaysAndItsParagraph() throws IOException {
    Document doc = schema.toDocument(unit("قال الوزير.", "قال الوزير. ثم غادر."));
    for (String field :
        List.of(
            UnitSchema.TEXT,
            UnitSchema.TEXT_EXACT,
            UnitSchema.TEXT_SKELETON,
            UnitSchema.CONTEXT,
            UnitSchema.TITLE)) {
      assertNotNull(doc.getField(field), field);
    }
    assertEquals(List.of("قال", "وزير", "غادر"), fieldTerms(doc, UnitSchema.CONTEXT));
  }

  @Test
  void theIndexHoldsTheAnalysisChainsTermsAtItsPositions() throws IOException {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      IndexWriterConfig config =
          new IndexWriterConfig(schema.analyzer()).setSimilarity(schema.similarity());
      try (IndexWriter writer = new IndexWriter(dir, config)) {
        writer.addDocument(schema.toDocument(unit("وصل الوزير إلى بغداد", "")));
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        LeafReader leaf = reader.leaves().get(0).reader();
        TermsEnum terms = leaf.terms(UnitSchema.TEXT).iterator();
        List<String> held = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (BytesRef term = terms.next(); term != null; term = terms.next()) {
          held.add(term.utf8ToString());
          PostingsEnum postings = terms.postings(null, PostingsEnum.POSITIONS);
          postings.nextDoc();
          positions.add(postings.nextPosition());
        }
        assertEquals(List.of("بغداد", "وزير", "وصل"), held);
        assertEquals(List.of(3, 1, 0), positions, "إلى, a stop word, leaves a gap at 2");
      }
    }
  }

  private List<String> fieldTerms(Document doc, String field) throws IOException {
    List<String> terms = new ArrayList<>();
    try (TokenStream ts = doc.getField(field).tokenStream(schema.analyzer(), null)) {
      collect(ts, terms);
    }
    return terms;
  }

  private static void collect(TokenStream ts, List<String> terms) throws IOException {
    CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
    ts.reset();
    while (ts.incrementToken()) {
      terms.add(term.toString());
    }
    ts.end();
  }

  @Test
  void aOneSentenceParagraphAddsNoContext() {
    Document doc = schema.toDocument(unit("قال الوزير.", " قال الوزير. "));
    assertEquals(null, doc.getField(UnitSchema.CONTEXT));
    assertFalse(UnitSchema.holdsMoreThan("قال الوزير.", "قال الوزير."));
    assertTrue(UnitSchema.holdsMoreThan("قال الوزير. ثم غادر.", "قال الوزير."));
  }

  @Test
  void questionFrameWordsWeighLessThanTopicWords() {
    String query = schema.query("ما اسم الوزير؟").toString();
    assertTrue(query.contains("text:وزير"), query);
    assertTrue(query.contains("(text:اسم)^0.3"), query);
  }

  @Test
  void questionWordsDoNotBecomeQueryTerms() {
    String query = schema.query("ماذا قال الوزير؟").toString();
    assertFalse(query.contains("ماذا"), query);
    assertTrue(query.contains("text:وزير"), query);
  }

  @Test
  void aQuestionOfOnlyStopWordsMatchesNothing() throws IOException {
    assertTrue(search(List.of("قال الوزير إن الاجتماع كان مثمرا."), "ماذا؟").isEmpty());
  }

  @Test
  void kurdistanSpellingsFindEachOther() throws IOException {
    List<String> found =
        search(
            List.of("زار الوفد إقليم كوردستان أمس.", "وصل الرئيس إلى بغداد أمس."),
            "متى زار الوفد كردستان؟");
    assertEquals("زار الوفد إقليم كوردستان أمس.", found.get(0));
  }

  @Test
  void aPossessiveFormFindsItsBareNoun() throws IOException {
    List<String> found =
        search(
            List.of("أكد الطرفان أهمية التنسيق الأمني.", "عقد الطرفان اجتماعا أمس."),
            "تنسيقنا مع الطرفين");
    assertEquals("أكد الطرفان أهمية التنسيق الأمني.", found.get(0));
  }

  @Test
  void alNumanIsNotStemmedToYes() throws IOException {
    String query = schema.query("النعمان").toString();
    assertTrue(query.contains("text:نعمان") && !query.contains("text:نعم "), query);
    List<String> found = search(List.of("قال نعم للاتفاق.", "زار الوفد مدينة النعمان."), "النعمان");
    assertEquals("زار الوفد مدينة النعمان.", found.get(0));
  }

  @Test
  void aQuestionSpellingKurdistanWithoutWawFindsTheSeedThatSpellsItWithWaw() throws IOException {
    List<String> sentences = new ArrayList<>();
    SentenceSegmenter segmenter = new SentenceSegmenter();
    try (var seeds = Files.list(Path.of("seeds"))) {
      for (Path seed : seeds.sorted().toList()) {
        String body = Files.readString(seed, StandardCharsets.UTF_8);
        for (Span paragraph : Paragraphs.split(body)) {
          for (Span s : segmenter.split(body, paragraph)) {
            sentences.add(s.of(body));
          }
        }
      }
    }
    List<String> found = search(sentences, "هل التنسيق عال مع المنظومة الأمنية في كردستان؟");
    assertTrue(found.get(0).contains("كوردستان"), found.get(0));
  }

  private List<String> search(List<String> sentences, String question) throws IOException {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      IndexWriterConfig config =
          new IndexWriterConfig(schema.analyzer()).setSimilarity(schema.similarity());
      try (IndexWriter writer = new IndexWriter(dir, config)) {
        for (String s : sentences) {
          Document doc = schema.toDocument(unit(s, s));
          doc.add(new org.apache.lucene.document.StoredField("t", s));
          writer.addDocument(doc);
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setSimilarity(schema.similarity());
        TopDocs top = searcher.search(schema.query(question), 10);
        List<String> out = new ArrayList<>();
        for (var hit : top.scoreDocs) {
          out.add(searcher.storedFields().document(hit.doc, Set.of("t")).get("t"));
        }
        return out;
      }
    }
  }
}
