package org.naba.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.naba.search.analysis.TokenStreams;

class UnitFieldsTest {

  private final UnitFields fields = new UnitFields();

  private List<String> analysed(String field, String text) throws IOException {
    return TokenStreams.terms(fields.analyzer().tokenStream(field, text));
  }

  @Test
  void eachUnitFieldIsAnalysedInItsForm() throws IOException {
    String text = "الحكومة الكوردستانية";
    assertEquals(List.of("حكوم", "كوردستان"), analysed(UnitFields.TEXT, text));
    assertEquals(List.of("الحكومه", "الكوردستانيه"), analysed(UnitFields.TEXT_EXACT, text));
    assertEquals(List.of("حكم", "كردستن"), analysed(UnitFields.TEXT_SKELETON, text));
    assertEquals(List.of("حكم", "كردستن"), analysed(UnitFields.TEXT_ROOT, text));
  }

  @Test
  void paragraphTitleAndSpeakerAreStemmedAsTheText() throws IOException {
    String text = "قال رئيس الوزراء";
    List<String> stems = analysed(UnitFields.TEXT, text);
    for (String field : List.of(UnitFields.CONTEXT, UnitFields.TITLE, UnitFields.SPEAKER)) {
      assertEquals(stems, analysed(field, text), field);
    }
  }

  @Test
  void stemsAreWhatTheTextFieldIndexes() throws IOException {
    String text = "ماذا قال وزير الخارجية عن الاتفاق؟";
    assertEquals(analysed(UnitFields.TEXT, text), fields.stems(text));
  }

  @Test
  void termsLeaveOutWordsThatNormaliseToNothing() throws IOException {
    assertEquals(List.of("", "كتاب"), analysed(UnitFields.TEXT_EXACT, "ـ كتاب"));
    assertEquals(List.of("كتاب"), fields.exactWords("ـ كتاب"));
  }

  @Test
  void ngramsKeepTheWordAndItsFourLetterGrams() {
    assertEquals(List.of("كردس", "ردست", "دستا", "ستان", "كردستان"), fields.ngrams("كردستان"));
  }

  @AfterEach
  void close() {
    fields.close();
  }
}
