package org.naba.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GivenNameSpellingsTest {

  @Test
  void aRareSpellingOfAGivenNameIsThatName() {
    GivenNameSpellings spellings =
        GivenNameSpellings.of(
            Map.of("تيريزا", Set.of("ماي", "تيرنر", "فيلييرز"), "تريزا", Set.of("ماي")));
    assertEquals(List.of("تيريزا"), spellings.of("تريزا"));
    assertEquals(List.of("تريزا"), spellings.of("تيريزا"));
  }

  @Test
  void twoGivenNamesOfSeveralPersonsEachAreOneOnlyWhenTheyShareSurnames() {
    GivenNameSpellings spellings =
        GivenNameSpellings.of(
            Map.of(
                "جيرمي", Set.of("هانت", "كوربن", "رايت"),
                "جيريمي", Set.of("هانت", "كوربن", "بولتون"),
                "سلمان", Set.of("العودة", "الدوسري", "الحربي", "الشهري"),
                "سليمان", Set.of("العودة", "العتيبي", "القحطاني", "الغامدي")));
    assertEquals(List.of("جيريمي"), spellings.of("جيرمي"));
    assertEquals(List.of(), spellings.of("سلمان"), "one shared surname: two people of one family");
  }

  @Test
  void twoGivenNamesOfManyPersonsEachAreTwoWhenFewOfTheirSurnamesAreShared() {
    GivenNameSpellings spellings =
        GivenNameSpellings.of(
            Map.of(
                "ستيفن", Set.of("هوكينغ", "منوتشين", "ميلر", "كينغ", "سميث", "جونز", "براون"),
                "ستيفان", Set.of("لوفين", "سيبير", "ميلر", "كينغ", "دوجاريك", "لوبيز", "ماير")));
    assertEquals(List.of(), spellings.of("ستيفن"), "two of seven surnames shared");
  }

  @Test
  void aGivenNameOfFourLettersHasNoOtherSpelling() {
    GivenNameSpellings spellings =
        GivenNameSpellings.of(Map.of("جوزف", Set.of("فوتيل"), "جوزيف", Set.of("فوتيل")));
    assertEquals(List.of(), spellings.of("جوزف"));
  }

  @Test
  void aDefiniteWordIsNoGivenName() {
    GivenNameSpellings spellings =
        GivenNameSpellings.of(
            Map.of("الصحافه", Set.of("الفرنسيه"), "الصحافيه", Set.of("الفرنسيه")));
    assertEquals(List.of(), spellings.of("الصحافه"));
  }
}
