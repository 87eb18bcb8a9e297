package org.naba.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.naba.text.ArabicNormalizer;

class ReportingSentencesTest {

  private static boolean saidBy(String sentence, String name) {
    return ReportingSentences.saidBy(sentence, ArabicNormalizer.words(name));
  }

  @Test
  void aQuotesReportingVerbReportsWhatTheSpeakerSaid() {
    assertTrue(saidBy("وشدد الحكمي على أن الأحداث لن تزيدنا إلا تماسكا.", "عيسى الحكمي"));
    assertTrue(saidBy("وأعربت الوزيرة سارة العلي عن استنكارها للحادث.", "سارة العلي"));
    assertTrue(saidBy("ولفت المطيري إلى أن الغبار سيستمر يومين.", "حاتم المطيري"));
    assertTrue(saidBy("وبين المطيري أن الغبار سيستمر يومين.", "حاتم المطيري"));
  }

  @Test
  void aMentionWithoutAReportingVerbReportsNothing() {
    assertFalse(saidBy("والتقى الحكمي بالطلاب المتفوقين في جازان.", "عيسى الحكمي"));
  }

  @Test
  void aWordOfTheNameThatIsAlsoAVerbIsTheName() {
    // راي is a reporting verb (رأى) too: the name's own words are never read as its verb
    assertTrue(saidBy("قال المستثمر راي داليو إن السوق متقلبة.", "راي داليو"));
    assertFalse(saidBy("حضر راي داليو المؤتمر.", "راي داليو"));
  }
}
