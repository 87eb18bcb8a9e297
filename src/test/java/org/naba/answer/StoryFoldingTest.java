package org.naba.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.naba.text.AnalysedText;
import org.naba.text.Span;

/**
 * Story folding on hand-built candidates: which answers fold, who is listed, the places freed, the
 * wording that differs, and what stays as it was.
 */
class StoryFoldingTest {

  /** The question's terms: every candidate covers them, so they never make two match. */
  private static final Set<String> QUESTION = Set.of("بري", "صوت");

  private static final String CNN_VOTES = "فاز بري برئاسة المجلس محققا 98 صوتا للمرة السادسة";
  private static final String ARABIYA_VOTES = "وحصل بري على 98 صوتا وضمن انتخابه للمرة السادسة";
  private static final String SKY_OTHER = "وقال بري إن تشكيل الحكومة عاد إلى الصفر";
  private static final String HARIRI = "حصل الحريري على تأييد 111 صوتا من النواب";

  private final Map<String, String> stories = new HashMap<>();
  private final StoryFolding folding =
      new StoryFolding(
          ids -> {
            Map<String, String> out = new HashMap<>();
            ids.forEach(id -> out.computeIfAbsent(id, stories::get));
            out.values().removeIf(v -> v == null);
            return out;
          },
          () -> SpeakerCheck::plausible);

  private record Built(RankedPool pool, List<Answer> shown, List<Answer> further) {}

  /** Each candidate its own group, best first; the first {@code shown} are the answers. */
  private static Built pool(int shown, Candidate... ranked) {
    List<Answer> answers = new ArrayList<>();
    List<ConfidenceFeatures.Candidate> known = new ArrayList<>();
    for (Candidate c : ranked) {
      answers.add(
          StatementRanker.answer(answers.size() + 1, c, List.of(), SpeakerCheck::plausible)
              .withConfidence(0.9 - 0.1 * answers.size()));
      known.add(
          new ConfidenceFeatures.Candidate(
              c.coverage(), 1, c.score(), false, false, 0, c.article().id(), 0, 10));
    }
    List<Candidate> all = Arrays.asList(ranked);
    RankedPool pool = new RankedPool(answers, known, all, all);
    return new Built(
        pool,
        answers.subList(0, Math.min(shown, answers.size())),
        answers.subList(Math.min(shown, answers.size()), answers.size()));
  }

  private static Candidate candidate(
      String article, String outlet, String text, String speaker, double score, String... words) {
    Set<String> terms = new LinkedHashSet<>(Arrays.asList(words));
    terms.addAll(QUESTION);
    QuestionCoverage.Coverage coverage =
        new QuestionCoverage.Coverage(1, 1, 1, 1, 1, 0, 0, true, 0, new TermSet(terms));
    return new Candidate(
        speaker == null ? Answer.Kind.PASSAGE : Answer.Kind.QUOTE,
        text,
        new Span(0, text.length()),
        speaker,
        null,
        new ArticleRef(article, "title " + article, outlet, "2018-05-23", null),
        List.of(),
        score,
        article.hashCode(),
        score,
        false,
        coverage,
        1,
        AnalysedText.of(text));
  }

  private List<Answer> fold(Built b, int max) {
    return folding.fold(b.shown(), b.further(), b.pool(), QUESTION, max);
  }

  @Test
  void twoOutletsOfAStoryTellingTheSameAreOneAnswerListingTheOtherAndTheFreedPlaceIsFilled() {
    stories.put("cnn", "berri");
    stories.put("arabiya", "berri");
    stories.put("hariri", "hariri");
    Built b =
        pool(
            2,
            candidate("cnn", "CNN", CNN_VOTES, null, 9, "فاز", "98", "مره", "سادسه"),
            candidate("arabiya", "العربية", ARABIYA_VOTES, null, 8, "حصل", "98", "مره", "سادسه"),
            candidate("hariri", "العربية", HARIRI, null, 7, "حريري", "تاييد", "111", "نواب"));
    List<Answer> shown = fold(b, 2);
    assertEquals(List.of("cnn", "hariri"), ids(shown), "the freed place goes to the next");
    assertEquals(List.of(1, 2), shown.stream().map(Answer::rank).toList());
    assertEquals(0.9, shown.get(0).confidence(), 1e-9);
    assertEquals(0.7, shown.get(1).confidence(), 1e-9, "its confidence as computed before");
    AnswerStory story = shown.get(0).story();
    assertEquals("berri", story.id());
    assertEquals(1, story.outlets().size());
    Retelling arabiya = story.outlets().get(0);
    assertEquals("العربية", arabiya.outlet());
    assertEquals(ARABIYA_VOTES, arabiya.text(), "verbatim, its own statement");
    assertTrue(arabiya.differs());
    assertEquals(List.of("العربية"), shown.get(0).otherOutlets());
    assertEquals("hariri", shown.get(1).story().id());
    assertTrue(shown.get(1).story().outlets().isEmpty());
  }

  @Test
  void aStatementOfTheSameStoryThatSaysSomethingElseStaysAnAnswer() {
    stories.put("cnn", "berri");
    stories.put("sky", "berri");
    Built b =
        pool(
            2,
            candidate("cnn", "CNN", CNN_VOTES, null, 9, "فاز", "98", "مره", "سادسه"),
            candidate("sky", "Sky", SKY_OTHER, "نبيه بري", 8, "تشكيل", "حكومه", "صفر"));
    List<Answer> shown = fold(b, 2);
    assertEquals(List.of("cnn", "sky"), ids(shown));
    assertTrue(shown.get(0).story().outlets().isEmpty());
  }

  @Test
  void theSameWordsInArticlesOfDifferentStoriesDoNotFoldByStory() {
    stories.put("cnn", "berri");
    stories.put("arabiya", "another");
    Built b =
        pool(
            2,
            candidate("cnn", "CNN", CNN_VOTES, null, 9, "فاز", "98", "مره", "سادسه"),
            candidate("arabiya", "العربية", ARABIYA_VOTES, null, 8, "حصل", "98", "مره", "سادسه"));
    assertEquals(List.of("cnn", "arabiya"), ids(fold(b, 2)));
  }

  @Test
  void twoNamedSpeakersAreTwoStatementsEvenInOneStory() {
    stories.put("a", "s");
    stories.put("b", "s");
    Built b =
        pool(
            2,
            candidate("a", "CNN", "«لن نقبل بهذا الاتفاق أبدا»", "علي خامنئي", 9, "اتفاق", "قبل"),
            candidate(
                "b", "BBC", "«لن نقبل بهذا الاتفاق أبدا»", "دونالد ترامب", 8, "اتفاق", "قبل"));
    assertEquals(List.of("a", "b"), ids(fold(b, 2)));
  }

  @Test
  void anOutletWithTheSameWordsIsListedWithoutAWordingToShowAndTheAnswersOwnOutletNever() {
    stories.put("cnn", "berri");
    stories.put("cnn2", "berri");
    stories.put("f24", "berri");
    stories.put("f24b", "berri");
    Built b =
        pool(
            1,
            candidate("cnn", "CNN", CNN_VOTES, null, 9, "فاز", "98", "مره", "سادسه"),
            candidate("cnn2", "CNN", CNN_VOTES + " ", null, 8, "فاز", "98", "مره", "سادسه"),
            candidate(
                "f24",
                "فرانس 24",
                "فاز برّي برئاسة المجلس محققا 98 صوتاً للمرة السادسة",
                null,
                7,
                "فاز",
                "98",
                "مره",
                "سادسه"),
            candidate("f24b", "فرانس 24", ARABIYA_VOTES, null, 6, "حصل", "98", "مره", "سادسه"));
    List<Answer> shown = fold(b, 1);
    assertEquals(List.of("cnn"), ids(shown));
    List<Retelling> outlets = shown.get(0).story().outlets();
    assertEquals(
        List.of("f24"),
        outlets.stream().map(r -> r.article().id()).toList(),
        "each other outlet once, its best statement");
    assertFalse(outlets.get(0).differs(), "only diacritics and spelling differ");
    assertTrue(shown.get(0).story().differing().isEmpty());
  }

  @Test
  void answersWithoutAStoryStayAsTheyWere() {
    Built b =
        pool(
            2,
            candidate("cnn", "CNN", CNN_VOTES, null, 9, "فاز", "98", "مره", "سادسه"),
            candidate("arabiya", "العربية", ARABIYA_VOTES, null, 8, "حصل", "98", "مره", "سادسه"),
            candidate("hariri", "العربية", HARIRI, null, 7, "حريري", "111"));
    List<Answer> shown = fold(b, 2);
    assertEquals(List.of("cnn", "arabiya"), ids(shown));
    assertNull(shown.get(0).story());
  }

  private static List<String> ids(List<Answer> answers) {
    return answers.stream().map(a -> a.article().id()).toList();
  }
}
