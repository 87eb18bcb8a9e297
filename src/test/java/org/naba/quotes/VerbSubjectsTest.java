package org.naba.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.naba.quotes.Subject.Type;

/** One test per step of {@link VerbSubjects}, each on the sentence its javadoc cites. */
class VerbSubjectsTest {

  /** One sentence read as {@link SpeakerResolver} reads an article. */
  private static final class Sentence {

    private final TestArticle article;
    private final SubjectReader reader;

    Sentence(String body) {
      article = new TestArticle(body);
      reader = article.subjects;
    }

    /** The subject {@code step} finds for the speech verb written {@code verb}. */
    Subject find(VerbSubjects.Step step, String verb) {
      return step.find(reader, verbAt(verb));
    }

    VerbSubjects.Verb verbAt(String verb) {
      int i = article.indexOf(verb);
      return new VerbSubjects.Verb(
          i,
          SpeechCues.lookup(article.tokens.get(i).norm()).orElseThrow(),
          article.text.sentenceStart(i),
          article.text.sentenceEndIgnoringMarks(i + 1));
    }

    String name(Subject s) {
      return article.name(s);
    }
  }

  @Test
  void afterVerbReadsTheRoleAndNameThatFollowTheVerb() {
    Sentence s = new Sentence("وقال الناطق باسم الجهاز صباح النعمان إن الوضع مستقر.");
    Subject subject = s.find(new VerbSubjects.AfterVerb(), "وقال");
    assertEquals("صباح النعمان", s.name(subject));
    assertEquals("الناطق باسم الجهاز", subject.role());
  }

  @Test
  void afterVerbTakesNoTimeNounForTheSubject() {
    Sentence s = new Sentence("وأعلن الشهر الماضي أن الشركة ستغلق مصانعها.");
    assertNull(s.find(new VerbSubjects.AfterVerb(), "وأعلن"));
  }

  @Test
  void afterCueTakesTheBaPhraseAfterAWeakVerbForItsObject() {
    Sentence s = new Sentence("ووعد باستقطاب أشخاص جدد إلى الفريق.");
    assertEquals(Type.NAMED, s.find(new VerbSubjects.AfterVerb(), "ووعد").type());
    assertNull(s.find(new VerbSubjects.AfterCue(), "ووعد"));
  }

  @Test
  void afterCueReadsAMarkedNicknameAfterAContinuationVerbAsTheLastSpeaker() {
    Sentence s = new Sentence("وتابع \"زيزو\" إن الفريق سيعود أقوى.");
    assertEquals(Type.ANAPHOR, s.find(new VerbSubjects.AfterCue(), "وتابع").type());
  }

  @Test
  void markedNameBeforePronounIsTheSubjectOfTheVerbAfterThePronoun() {
    Sentence s = new Sentence("ونقل عن الأميركي المسلم \"مالكوم إكس\" الذي قال إن الحرية لا تعطى.");
    assertEquals("مالكوم إكس", s.name(s.find(new VerbSubjects.MarkedNameBeforePronoun(), "قال")));
  }

  @Test
  void namedBeforeRelativePronounIsTheRoleAndNameBeforeIt() {
    Sentence s =
        new Sentence("وفي تصريح الرئيس الاميركي باراك اوباما الذي قال فيه إن الاتفاق جيد.");
    Subject subject = s.find(new VerbSubjects.NamedBeforeRelativePronoun(), "قال");
    assertEquals("باراك اوباما", s.name(subject));
    assertEquals("الرئيس الاميركي", subject.role());
  }

  @Test
  void beforeVerbReadsTheShortPhraseThatOpensTheSentence() {
    Sentence s = new Sentence("النعمان، حذّر من أن التنظيم يستغل الثغرات.");
    assertEquals("النعمان", s.name(s.find(new VerbSubjects.BeforeVerb(), "حذّر")));
  }

  @Test
  void clauseSubjectIsTheRoleLedSubjectOfTheClauseTheVerbContinues() {
    Sentence s =
        new Sentence(
            "من جانبه، أبدى المهاجم خوسيه أنطونيو ريس سعادته بالفوز، وقال إن الفريق قدم الكثير.");
    Subject subject = s.find(new VerbSubjects.ClauseSubject(), "وقال");
    assertEquals("خوسيه أنطونيو ريس", s.name(subject));
    assertEquals("المهاجم", subject.role());
  }

  @Test
  void issuerOfStatementIsWhoIssuedTheStatementNamedBeforeTheVerb() {
    Sentence s =
        new Sentence("وفي بيان نشرته وزارة الخارجية الفلبينية، الإثنين، ذكرت ترحيبها بالقرار.");
    assertEquals(
        "وزارة الخارجية الفلبينية", s.name(s.find(new VerbSubjects.IssuerOfStatement(), "ذكرت")));
  }

  @Test
  void theFirstStepThatFindsASubjectWins() {
    Sentence s = new Sentence("وقال الناطق صباح النعمان إن الوضع مستقر.");
    Subject first = new Subject(Type.NAMED, 0, 1, null, null);
    Subject second = new Subject(Type.ROLE_ONLY, 1, 1, "الناطق", null);
    List<VerbSubjects.Step> steps = List.of((r, v) -> null, (r, v) -> first, (r, v) -> second);
    assertSame(first, VerbSubjects.find(steps, s.reader, s.verbAt("وقال")));
  }

  @Test
  void noStepFindingASubjectLeavesTheVerbWithout() {
    Sentence s = new Sentence("وقال إن الوضع مستقر.");
    assertNull(VerbSubjects.find(List.of((r, v) -> null), s.reader, s.verbAt("وقال")));
  }
}
