package org.naba.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.naba.text.ArabicNormalizer;

class SpeechCuesTest {

  private static Optional<SpeechCues.Cue> cue(String word) {
    return SpeechCues.lookup(ArabicNormalizer.normalize(word));
  }

  @Test
  void findsAVerbAsWritten() {
    assertEquals(SpeechCues.Kind.VERB, cue("قال").orElseThrow().kind());
    assertEquals(SpeechCues.Kind.VERB, cue("أكدت").orElseThrow().kind());
  }

  @Test
  void findsAVerbBehindAConjunction() {
    assertEquals(cue("قال"), cue("وقال"));
    assertEquals(cue("أضاف"), cue("فأضاف"));
  }

  @Test
  void findsAPresentVerbBehindAFutureOrPurposePrefixAndAConjunction() {
    assertEquals(cue("يقول"), cue("سيقول"));
    assertEquals(cue("يقول"), cue("ليقول"));
    assertEquals(cue("تؤكد"), cue("وستؤكد"));
    assertEquals(cue("يقول"), cue("وسيقول"));
    assertTrue(cue("يقول").isPresent() && cue("تؤكد").isPresent());
  }

  @Test
  void readsAFuturePrefixOnlyBeforeAPresentForm() {
    assertTrue(cue("سقال").isEmpty()); // س before a past form is no future
  }

  @Test
  void findsParticiplesAndAttributions() {
    assertEquals(SpeechCues.Kind.PARTICIPLE, cue("مضيفاً").orElseThrow().kind());
    assertEquals(SpeechCues.Kind.ATTRIBUTION, cue("بحسب").orElseThrow().kind());
    assertEquals(SpeechCues.Kind.ATTRIBUTION, cue("ووفقاً").orElseThrow().kind());
  }

  @Test
  void findsNoCueInOtherWords() {
    assertTrue(cue("الرئيس").isEmpty());
    assertTrue(cue("والرئيس").isEmpty());
  }
}
