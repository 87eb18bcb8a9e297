package org.naba.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.naba.text.ArabicNormalizer;

/** One test per rule of {@link SpeakerReading}. */
class SpeakerReadingTest {

  private static SpeakerReading read(String speaker) {
    return SpeakerReading.of(new Attribution(speaker, null, null, -1, SpeechCues.Gender.ANY));
  }

  @Test
  void dropsHashtagSignsAndReadsUnderscoresAsSpaces() {
    SpeakerReading s = read("مارك #زاكربرغ");
    assertEquals("مارك زاكربرغ", s.cleaned());
    assertEquals(List.of("مارك", "زاكربرغ"), s.words());
  }

  @Test
  void readsADefiniteRoleInAppositionIntoTheRole() {
    SpeakerReading s = read("الفنانة أحلام");
    assertEquals(List.of("أحلام"), s.words());
    assertEquals("الفنانة", s.role());
    assertTrue(s.led());
  }

  @Test
  void keepsAnIndefiniteRoleThatHeadsAConstruct() {
    SpeakerReading s = read("مسؤول إعلام القنصلية");
    assertEquals(List.of("مسؤول", "إعلام", "القنصلية"), s.words());
    assertNull(s.role());
    assertFalse(s.led());
  }

  @Test
  void readsADefiniteDescriptorAndItsNisbasBeforeANameIntoTheRole() {
    SpeakerReading s = read("المعارض الصيني آي ويوي");
    assertEquals(List.of("آي", "ويوي"), s.words());
    assertEquals("المعارض الصيني", s.role());
  }

  @Test
  void cutsTheVerbsObjectAfterADefiniteOrganisation() {
    SpeakerReading s = read("الجيش الإسرائيلي صحة شريط الفيديو");
    assertEquals(List.of("الجيش", "الإسرائيلي"), s.words());
    assertEquals(List.of("الجيش", ArabicNormalizer.normalize("الإسرائيلي")), s.norms());
  }

  @Test
  void anAudienceStartsAfterANameWordAsWritten() {
    assertEquals(1, SpeakerReading.audienceStart(List.of("غندور", "لأعضاء", "البرلمان")));
    assertEquals(1, SpeakerReading.audienceStart(List.of("لافروف")));
  }
}
