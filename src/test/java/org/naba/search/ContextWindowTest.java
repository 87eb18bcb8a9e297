package org.naba.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.naba.text.SentenceSegmenter;

class ContextWindowTest {

  private final ContextWindow window = new ContextWindow(new SentenceSegmenter());

  private static final String LONG =
      "الجملة الأولى هنا. الجملة الثانية هنا. الجملة الثالثة هنا. الجملة الرابعة هنا."
          + " الجملة الخامسة هنا. الجملة السادسة هنا. الجملة السابعة هنا.";

  @Test
  void aParagraphOfOnlyTheUnitGivesNoContext() {
    assertEquals(Optional.empty(), window.of("قال الوزير.", " قال الوزير. "));
    assertFalse(ContextWindow.holdsMoreThan("قال الوزير.", "قال الوزير."));
  }

  @Test
  void noParagraphGivesNoContext() {
    assertEquals(Optional.empty(), window.of("قال الوزير.", null));
  }

  @Test
  void aShortParagraphIsAllContext() {
    assertEquals(
        Optional.of("قال الوزير. ثم غادر."), window.of("قال الوزير.", "قال الوزير. ثم غادر."));
    assertTrue(ContextWindow.holdsMoreThan("قال الوزير. ثم غادر.", "قال الوزير."));
  }

  @Test
  void aLongParagraphGivesTheTwoSentencesOnEachSideOfTheUnit() {
    assertEquals(
        "الجملة الثانية هنا. الجملة الثالثة هنا. الجملة الرابعة هنا. الجملة الخامسة هنا."
            + " الجملة السادسة هنا.",
        window.window("الجملة الرابعة هنا.", LONG));
  }

  @Test
  void theWindowStopsAtTheParagraphsEdge() {
    assertEquals(
        "الجملة الأولى هنا. الجملة الثانية هنا. الجملة الثالثة هنا.",
        window.window("الجملة الأولى هنا.", LONG));
  }

  @Test
  void aParagraphThatDoesNotHoldTheUnitIsAllContext() {
    assertEquals(LONG, window.window("جملة أخرى.", LONG));
  }
}
