package org.naba.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ArabicQuestionFrameTest {

  @Test
  void nounsOfKindAreFrameWords() {
    assertTrue(ArabicQuestionFrame.isFrameWord("اسم"));
    assertTrue(ArabicQuestionFrame.isFrameWord("نوع"));
    assertTrue(ArabicQuestionFrame.isFrameWord("شيء"));
  }

  @Test
  void quantityCauseAndNamingWordsAreFrameWords() {
    assertTrue(ArabicQuestionFrame.isFrameWord("عدد"));
    assertTrue(ArabicQuestionFrame.isFrameWord("سبب"));
    assertTrue(ArabicQuestionFrame.isFrameWord(ArabicNormalizer.normalize("يسمى")));
  }

  @Test
  void requestAndBareEventVerbsAreFrameWords() {
    assertTrue(ArabicQuestionFrame.isFrameWord("اذكر"));
    assertTrue(ArabicQuestionFrame.isFrameWord("حدث"));
  }

  @Test
  void wordsAreComparedByTheirLightStem() {
    assertTrue(ArabicQuestionFrame.isFrameWord("الاسم"));
    assertTrue(ArabicQuestionFrame.isFrameStem(ArabicLightStemmer.stem("الانواع")));
  }

  @Test
  void topicWordsAreNotFrameWords() {
    assertFalse(ArabicQuestionFrame.isFrameWord("الوزير"));
    assertFalse(ArabicQuestionFrame.isFrameWord("كردستان"));
  }
}
