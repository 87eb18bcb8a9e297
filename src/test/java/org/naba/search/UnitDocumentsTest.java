package org.naba.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.naba.search.analysis.TokenStreams;

class UnitDocumentsTest {

  private final UnitSchema schema = new UnitSchema();

  private static Unit unit(String text, String context) {
    return new Unit(
        7, "a1", Unit.Kind.SENTENCE, 3, 10, 10 + text.length(), text, context, "عنوان", null);
  }

  private List<String> fieldTerms(Document doc, String field) throws IOException {
    return TokenStreams.terms(doc.getField(field).tokenStream(schema.analyzer(), null));
  }

  @Test
  void aDocumentStoresWhereItsUnitIs() {
    Document doc = schema.toDocument(unit("قال الوزير.", "قال الوزير. ثم غادر."));
    assertEquals(7, UnitFields.storedLong(doc, UnitFields.ARTICLE_SEQ));
    assertEquals("a1", doc.get(UnitFields.ARTICLE_ID));
    assertEquals("SENTENCE", doc.get(UnitFields.KIND));
    assertEquals(3, UnitFields.storedLong(doc, UnitFields.ORDINAL));
    assertEquals(10, UnitFields.storedLong(doc, UnitFields.START));
    assertEquals(21, UnitFields.storedLong(doc, UnitFields.END));
  }

  @Test
  void aDocumentIndexesTheUnitSeveralWaysWithItsParagraphAndTitle() throws IOException {
    Document doc = schema.toDocument(unit("قال الوزير.", "قال الوزير. ثم غادر."));
    for (String field :
        List.of(
            UnitFields.TEXT,
            UnitFields.TEXT_EXACT,
            UnitFields.TEXT_SKELETON,
            UnitFields.TEXT_ROOT,
            UnitFields.CONTEXT,
            UnitFields.TITLE)) {
      assertNotNull(doc.getField(field), field);
    }
    assertEquals(List.of("قال", "وزير", "غادر"), fieldTerms(doc, UnitFields.CONTEXT));
    assertEquals(List.of("عنوان"), fieldTerms(doc, UnitFields.TITLE));
  }

  @Test
  void theIndexHoldsTheAnalysisChainsTermsAtItsPositions() throws IOException {
    try (MemoryUnitIndex index =
        MemoryUnitIndex.of(schema, List.of(unit("وصل الوزير إلى بغداد", "")))) {
      LeafReader reader = index.searcher().getIndexReader().leaves().get(0).reader();
      TermsEnum terms = reader.terms(UnitFields.TEXT).iterator();
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
      assertEquals(1, reader.docFreq(new Term(UnitFields.TEXT_ROOT, "وزر")));
    }
  }

  @Test
  void aFieldTheTuningDoesNotWeighIsLeftOut() {
    try (UnitSchema textOnly = new UnitSchema(SearchTuning.TEXT_ONLY)) {
      Document doc = textOnly.toDocument(unit("قال الوزير.", "قال الوزير. ثم غادر."));
      assertNotNull(doc.getField(UnitFields.TEXT));
      for (String field :
          List.of(
              UnitFields.TEXT_EXACT,
              UnitFields.TEXT_SKELETON,
              UnitFields.TEXT_ROOT,
              UnitFields.CONTEXT,
              UnitFields.TITLE,
              UnitFields.ANSWER_TYPES)) {
        assertNull(doc.getField(field), field);
      }
    }
  }

  @Test
  void aUnitThatIsItsWholeParagraphHasNoContext() {
    Document doc = schema.toDocument(unit("قال الوزير.", " قال الوزير. "));
    assertNull(doc.getField(UnitFields.CONTEXT));
  }

  @Test
  void aUnitOfferingANumberIsMarkedWithThatAnswerType() {
    Document doc = schema.toDocument(unit("بلغ عدد السكان 1500 نسمة.", ""));
    List<String> types = List.of(doc.getValues(UnitFields.ANSWER_TYPES));
    assertTrue(types.contains("NUMBER"), types.toString());
  }

  @Test
  void aQuoteIndexesItsSpeaker() throws IOException {
    Unit quote = new Unit(1, "a1", Unit.Kind.QUOTE, 0, 0, 5, "نص", "", "عنوان", "صباح النعمان");
    assertEquals(
        List.of("صباح", "نعمان"), fieldTerms(schema.toDocument(quote), UnitFields.SPEAKER));
  }

  @AfterEach
  void close() {
    schema.close();
  }
}
