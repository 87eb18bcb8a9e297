package org.naba.quotes;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** When a speech cue counts ({@link CueQualifier}), one test per rule. */
class CueQualifierTest {

  private static final class Sentence {

    final TestArticle article;
    final List<Token> tokens;
    final CueQualifier cues;

    Sentence(String body) {
      article = new TestArticle(body);
      tokens = article.tokens;
      cues = new CueQualifier(article.text, article.phrases);
    }

    int indexOf(String word) {
      return article.indexOf(word);
    }

    boolean qualifies(String verb) {
      int i = indexOf(verb);
      return cues.qualifies(
          i, tokens.size(), SpeechCues.lookup(tokens.get(i).norm()).orElseThrow());
    }
  }

  @Test
  void aStrongVerbAlwaysCounts() {
    assertTrue(
        new Sentence("وقال المسؤول في الوزارة خلال مؤتمر صحفي عقده في العاصمة مساء أمس كلاما كثيرا")
            .qualifies("وقال"));
  }

  @Test
  void aWeakVerbCountsWhenAComplementizerFollowsIt() {
    assertTrue(
        new Sentence("وذكر المسؤول في الوزارة خلال مؤتمر صحفي عقده في العاصمة أن الوضع مستقر")
            .qualifies("وذكر"));
  }

  @Test
  void aWeakVerbFarFromAnyComplementizerOrColonDoesNotCount() {
    assertFalse(
        new Sentence("وذكر المسؤول في الوزارة خلال مؤتمر صحفي عقده في العاصمة الوضع المستقر")
            .qualifies("وذكر"));
  }

  @Test
  void baynaOpeningASentenceBeforeAnIndefiniteNameIsAVerb() {
    Sentence s = new Sentence("وبين لوك ارنال في حديثه للصحفيين عن الموسم الماضي كل التفاصيل");
    assertTrue(s.cues.baynaIsAVerb(s.indexOf("وبين")));
  }

  @Test
  void aWeakVerbOfARelativeClauseCitesNobody() {
    Sentence s = new Sentence("الأساليب التي أقرت تشمل التفتيش");
    assertTrue(s.cues.inRelativeClause(s.indexOf("أقرت")));
  }

  @Test
  void aWeakVerbIsASpeechEventWhenAComplementizerFollowsBeforeAnotherCue() {
    Sentence s = new Sentence("وذكر المسؤول أن الوضع مستقر");
    assertTrue(s.cues.weakQualifies(s.indexOf("وذكر"), s.tokens.size()));
    Sentence t = new Sentence("وذكر المسؤول وأضاف أن الوضع مستقر");
    assertFalse(t.cues.weakQualifies(t.indexOf("وذكر"), t.tokens.size()));
  }
}
