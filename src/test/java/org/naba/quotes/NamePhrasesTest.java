package org.naba.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.naba.quotes.Subject.Type;

/** Where a name phrase ends ({@link NamePhrases}), one test per rule. */
class NamePhrasesTest {

  private static final class Phrase {

    final SpeakerPhrases phrases;
    final int size;

    Phrase(String body) {
      TestArticle article = new TestArticle(body);
      phrases = article.phrases;
      size = article.tokens.size();
    }

    /** The name read from the first word. */
    String named() {
      return phrases.nameText(phrases.names().named(0, size, null, null));
    }
  }

  @Test
  void aNameEndsBeforeAStopWord() {
    assertEquals("صباح النعمان", new Phrase("صباح النعمان إن الوضع مستقر").named());
  }

  @Test
  void anOrganisationGoesOnOverFiAndAPlace() {
    assertEquals(
        "القنصلية الإيرانية في البصرة",
        new Phrase("القنصلية الإيرانية في البصرة أن القرار").named());
  }

  @Test
  void aDefiniteWordAfterADefiniteWordMustBeAnAdjective() {
    assertEquals("وزارة الخارجية الروسية", new Phrase("وزارة الخارجية الروسية الطلب").named());
  }

  @Test
  void aNameFollowedByACommaAndARoleTakesThatRole() {
    Phrase p = new Phrase("قيس الخزعلي، أمين عام العصائب، إن");
    assertEquals("أمين عام العصائب", p.phrases.names().named(0, p.size, null, null).role());
  }

  @Test
  void aNameFoundWithoutAVerbEndsAtADefiniteWordAfterTwoIndefiniteOnes() {
    Phrase p = new Phrase("لازلو بولوني التتويج بالبطولة");
    Subject s = p.phrases.names().trimmed(new Subject(Type.NAMED, 0, 3, null, null));
    assertEquals("لازلو بولوني", p.phrases.nameText(s));
  }

  @Test
  void aLongNameIsPlausibleOnlyWhenAWordOfLineageJoinsIt() {
    Phrase joined = new Phrase("خالد بن أحمد آل خليفة");
    assertTrue(joined.phrases.names().plausibleName(new Subject(Type.NAMED, 0, 5, null, null)));
    Phrase run = new Phrase("لاعب الوسط أحمد سمير حسن");
    assertFalse(run.phrases.names().plausibleName(new Subject(Type.NAMED, 0, 5, null, null)));
  }
}
