package org.naba.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProcliticsTest {

  @Test
  void theArticleGoesWhenThreeLettersOrMoreRemain() {
    assertEquals("وزير", Proclitics.withoutArticle("الوزير"));
    assertEquals("اسبانيه", Proclitics.withoutArticle("الاسبانيه"));
    assertEquals("الف", Proclitics.withoutArticle("الف"));
    assertEquals("الاب", Proclitics.withoutArticle("الاب"), "two letters would remain");
    assertEquals("بغداد", Proclitics.withoutArticle("بغداد"));
  }

  @Test
  void aWordLosesItsConjunctionThenItsPreposition() {
    assertEquals(
        List.of("وبالبصره", "بالبصره", "البصره"), List.copyOf(Proclitics.stripped("وبالبصره")));
    assertEquals(List.of("للبصره", "لبصره", "البصره"), List.copyOf(Proclitics.stripped("للبصره")));
  }

  @Test
  void aWordsBareFormsLoseItsProcliticsAndItsArticle() {
    assertEquals(List.of("وبالذهب", "بالذهب", "ذهب"), List.copyOf(Proclitics.bare("وبالذهب")));
    assertEquals(List.of("ذهب"), List.copyOf(Proclitics.bare("الذهب")));
  }
}
