package org.naba.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class SurnameSpellingsTest {

  private static final Predicate<String> GIVEN = Set.of("محمد", "محمود", "علي")::contains;

  @Test
  void theSameGivenNameWithAShortSurnameSpelledTwoWaysIsOnePerson() {
    assertTrue(
        SurnameSpellings.onePerson(List.of("دونالد", "ترمب"), List.of("دونالد", "ترامب"), GIVEN));
    assertTrue(
        SurnameSpellings.onePerson(
            List.of("فلاديمير", "بوتين"), List.of("فلاديمير", "بوتن"), GIVEN));
  }

  @Test
  void anotherGivenNameIsAnotherPerson() {
    assertFalse(
        SurnameSpellings.onePerson(List.of("ايفانكا", "ترمب"), List.of("دونالد", "ترامب"), GIVEN));
  }

  @Test
  void aSurnameThatIsAGivenNameIsAnotherPersonSpelledOtherwise() {
    assertFalse(SurnameSpellings.onePerson(List.of("علي", "محمد"), List.of("علي", "محمود"), GIVEN));
  }

  @Test
  void aDefiniteFamilyNameIsAnotherByOneLetter() {
    assertFalse(
        SurnameSpellings.onePerson(List.of("احمد", "العمري"), List.of("احمد", "العامري"), GIVEN));
  }

  @Test
  void aNameOfOneWordIsNoOnesSpelling() {
    assertFalse(SurnameSpellings.onePerson(List.of("ترمب"), List.of("ترامب"), GIVEN));
  }
}
