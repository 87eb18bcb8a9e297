package org.naba.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The speech events of an article ({@link SpeechEvents}), one test per rule. */
class SpeechEventsTest {

  private static final class Article {

    final ArticleTokens text;
    final SpeakerPhrases phrases;
    final SpeakerMentions mentions;
    final SpeechEvents events;

    Article(String body) {
      TestArticle article = new TestArticle(body);
      text = article.text;
      phrases = article.phrases;
      mentions = article.mentions;
      events =
          new SpeechEvents(
              text,
              phrases,
              mentions,
              article.subjects,
              new CueQualifier(text, phrases),
              text.tokens().size());
    }
  }

  @Test
  void aSpeechVerbWithASubjectIsAnEventHandedOutOnce() {
    Article a = new Article("أكد المتحدث باسم الجهاز صباح النعمان، وجود تنسيق عال مع الإقليم.");
    List<SpeechEvents.Event> events = a.events.takeBefore(a.text.tokens().size());
    assertEquals(1, events.size());
    assertEquals("صباح النعمان", a.phrases.nameText(a.events.subjectOf(events.get(0))));
    assertTrue(a.events.takeBefore(a.text.tokens().size()).isEmpty());
  }

  @Test
  void theNamedSubjectOfASpeechVerbIsRememberedAsAMention() {
    Article a = new Article("أكد عثمان الغانمي، وجود تنسيق عال مع الإقليم.");
    assertEquals(
        List.of("عثمان الغانمي"),
        a.mentions.all().stream().map(SpeakerMentions.Mention::name).toList());
  }

  @Test
  void theSubjectOfASentenceOpeningWithAVerbIsASpeakerToCome() {
    Article a =
        new Article(
            "وشكك جيريمي كوربين زعيم حزب العمال البريطاني في الرواية الرسمية للهجوم على الجاسوس.");
    List<SpeechEvents.Event> events = a.events.takeBefore(a.text.tokens().size());
    assertEquals(1, events.size());
    assertNotNull(a.events.subjectOf(events.get(0)));
  }

  @Test
  void eventsComeInBodyOrderBeforeTheTokenAsked() {
    Article a =
        new Article(
            "أكد المتحدث باسم الجهاز صباح النعمان، وجود تنسيق. وقال وزير الداخلية عثمان الغانمي إن"
                + " الأمن مستتب.");
    int second = a.events.takeBefore(a.text.tokens().size()).get(1).tokenIndex();
    Article b =
        new Article(
            "أكد المتحدث باسم الجهاز صباح النعمان، وجود تنسيق. وقال وزير الداخلية عثمان الغانمي إن"
                + " الأمن مستتب.");
    assertEquals(1, b.events.takeBefore(second).size());
    assertEquals(second, b.events.takeBefore(second + 1).get(0).tokenIndex());
  }
}
