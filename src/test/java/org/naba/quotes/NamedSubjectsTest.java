package org.naba.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.naba.quotes.Subject.Type;

/** Who a named or role-only subject stands for ({@link NamedSubjects}), one test per rule. */
class NamedSubjectsTest {

  private static final class Article {

    final ArticleTokens text;
    final SpeakerPhrases phrases;
    final SpeakerMentions mentions;
    final NamedSubjects names;
    private final TestArticle article;

    Article(String body) {
      article = new TestArticle(body);
      text = article.text;
      phrases = article.phrases;
      mentions = article.mentions;
      names = new NamedSubjects(text, phrases, mentions, article.subjects);
    }

    int indexOf(String word, int from) {
      return article.indexOf(word, from);
    }

    /** Remembers the role + name phrase that opens at the first {@code word}. */
    void remember(String word) {
      int i = indexOf(word, 0);
      Subject s = phrases.subjectAfter(i, text.sentenceEnd(i + 1), false);
      mentions.remember(s, text.tokens().get(i).start());
    }

    /** The speaker the phrase at the second {@code word} stands for, with {@code last} speaking. */
    Attribution at(String word, Attribution last) {
      int i = indexOf(word, indexOf(word, 0) + 1);
      Subject s = phrases.subjectAfter(i, text.sentenceEnd(i + 1), false);
      return names.attribution(s, SpeechCues.Gender.ANY, text.tokens().get(i).start(), last);
    }
  }

  @Test
  void aRoleWithoutANameIsThePersonTheArticleGaveIt() {
    Article a =
        new Article(
            "قال وزير الدفاع الأمريكي جيمس ماتيس إن القوات باقية. وقال وزير الخارجية الأمريكي ريكس"
                + " تيلرسون إن الزيارة مهمة. وأضاف وزير الدفاع الأمريكي أن بلاده تدعم لبنان.");
    a.remember("وزير");
    int second = a.indexOf("وزير", a.indexOf("وزير", 0) + 1);
    Subject s = a.phrases.subjectAfter(second, a.text.sentenceEnd(second + 1), false);
    a.mentions.remember(s, a.text.tokens().get(second).start());
    int third = a.indexOf("وزير", second + 1);
    Subject role = a.phrases.subjectAfter(third, a.text.sentenceEnd(third + 1), false);
    Attribution speaker =
        a.names.attribution(role, SpeechCues.Gender.ANY, a.text.tokens().get(third).start(), null);
    assertEquals("جيمس ماتيس", speaker.speaker());
  }

  @Test
  void aRoleNobodyWasGivenIsItsOwnSpeaker() {
    Article a =
        new Article("وقال وزير الدفاع إن القوات جاهزة. وأضاف وزير الدفاع أن التدريب مستمر.");
    Attribution speaker = a.at("وزير", null);
    assertEquals("وزير الدفاع", speaker.speaker());
    assertEquals("وزير الدفاع", speaker.role());
  }

  @Test
  void aRoleWithTheHeadOfTheLastSpeakersRoleIsTheLastSpeaker() {
    Article a = new Article("وقال رئيس النادي إن الفريق جاهز. وأضاف رئيس الزمالك أن المدرب باق.");
    Attribution last =
        new Attribution("مرتضى منصور", "رئيس النادي", null, -1, SpeechCues.Gender.MASCULINE);
    assertEquals("مرتضى منصور", a.at("رئيس", last).speaker());
  }

  @Test
  void aOneWordNameIsTheLatestMentionEndingWithIt() {
    Article a =
        new Article(
            "قال المتحدث باسم الجهاز صباح النعمان إن الوضع مستقر. وأضاف النعمان أن التنسيق عال.");
    a.remember("المتحدث");
    int i = a.indexOf("النعمان", a.indexOf("وأضاف", 0));
    Subject s = new Subject(Type.NAMED, i, i + 1, null, null);
    Attribution speaker =
        a.names.attribution(s, SpeechCues.Gender.ANY, a.text.tokens().get(i).start(), null);
    assertEquals("صباح النعمان", speaker.speaker());
    assertEquals("المتحدث باسم الجهاز", speaker.role());
  }

  @Test
  void aSpeakerIsFeminineWhenTheFirstWordOfTheRoleEndsInTaMarbuta() {
    assertEquals(
        SpeechCues.Gender.FEMININE,
        NamedSubjects.genderOf(SpeechCues.Gender.ANY, "سارة أحمد", "المتحدثة باسم الوزارة"));
    assertEquals(
        SpeechCues.Gender.MASCULINE,
        NamedSubjects.genderOf(SpeechCues.Gender.MASCULINE, "سارة أحمد", "المتحدثة باسم الوزارة"));
  }
}
