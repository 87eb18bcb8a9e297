package org.naba.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleVarietyTest {

  @Test
  void theFirstStatementOfAnotherArticleComesSecondWithItsConfidence() {
    List<Answer> ranked =
        List.of(answer(1, "a", 0.8), answer(2, "a", 0.4), answer(3, "a", 0.3), answer(4, "b", 0.2));
    List<Answer> shown = ArticleVariety.secondFromAnotherArticle(ranked);
    assertEquals(List.of("a", "b", "a", "a"), articles(shown));
    assertEquals(List.of(1, 2, 3, 4), shown.stream().map(Answer::rank).toList());
    assertEquals(0.2, shown.get(1).confidence(), "confidence stays the ranking's");
    assertEquals("text 2", shown.get(2).text(), "the others keep their order");
  }

  @Test
  void leftAsRankedWhenTheSecondIsAlreadyAnotherArticleOrThereIsNone() {
    List<Answer> varied = List.of(answer(1, "a", 0.8), answer(2, "b", 0.4), answer(3, "a", 0.3));
    assertSame(varied, ArticleVariety.secondFromAnotherArticle(varied));
    List<Answer> one = List.of(answer(1, "a", 0.8), answer(2, "a", 0.4), answer(3, "a", 0.3));
    assertSame(one, ArticleVariety.secondFromAnotherArticle(one));
  }

  private static Answer answer(int rank, String article, double confidence) {
    return new Answer(
        rank,
        Answer.Kind.PASSAGE,
        "text " + rank,
        null,
        null,
        new ArticleRef(article, "title " + article, "BBC", "2018-10-20", "http://x/" + article),
        List.of(),
        10 - rank,
        confidence);
  }

  private static List<String> articles(List<Answer> answers) {
    List<String> out = new ArrayList<>();
    answers.forEach(a -> out.add(a.article().id()));
    return out;
  }
}
