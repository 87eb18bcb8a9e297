package org.naba.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LexiconTest {

  @Test
  void readsEveryEntryOfAListButItsHeader() {
    List<String> entries = Lexicon.entries("copulas");
    assertEquals(List.of("هو", "هي"), entries);
  }

  @Test
  void matchesWordsAsTheFileHoldsThemWithoutNormalisingThem() {
    Set<String> quantifiers = Lexicon.words("quantifiers-as-written");
    assertTrue(quantifiers.contains("أي"));
    assertFalse(quantifiers.contains("اي"));
  }

  @Test
  void aTableMapsItsFirstColumnToItsSecond() {
    assertEquals("WHAT", Lexicon.table("interrogatives").get("شنو"));
    assertEquals("HOW_MANY", Lexicon.table("interrogatives").get("شكد"));
  }

  @Test
  void aListCannotBeChangedByItsReaders() {
    Set<String> words = Lexicon.words("copulas");
    assertThrows(UnsupportedOperationException.class, () -> words.add("هم"));
  }
}
