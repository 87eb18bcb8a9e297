package org.naba.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How sure a reply is ({@link Answerer#state}), from its answers' confidences. */
class ReplyStateTest {

  private static final double SURE = 0.5;
  private static final double CLOSE = 0.05;

  @Test
  void theFirstAnswersConfidenceDecides() {
    assertEquals(AnswerSet.Status.ANSWER, state(Ranking.Path.RANKED, 0.6, 0.2));
    assertEquals(AnswerSet.Status.RELATED, state(Ranking.Path.RANKED, 0.3, 0.6));
    assertEquals(AnswerSet.Status.NONE, state(Ranking.Path.RANKED, 0.01, 0.3), "a later one too");
  }

  @Test
  void aWhoSaidReplyWhoseEarliestAnswerIsFarIsCloseWhenAnotherAnswerIs() {
    assertEquals(AnswerSet.Status.RELATED, state(Ranking.Path.EARLIEST, 0.01, 0.3));
    assertEquals(AnswerSet.Status.NONE, state(Ranking.Path.EARLIEST, 0.01, 0.02));
    assertEquals(AnswerSet.Status.ANSWER, state(Ranking.Path.EARLIEST, 0.7, 0.3));
  }

  @Test
  void aPathThatIsNeverSureIsRelatedAtBest() {
    assertEquals(AnswerSet.Status.RELATED, state(Ranking.Path.SAID_NEVER, 0.9));
  }

  private static AnswerSet.Status state(Ranking.Path path, double... confidences) {
    List<Answer> answers = new ArrayList<>();
    for (double c : confidences) {
      answers.add(
          new Answer(
              answers.size() + 1,
              Answer.Kind.QUOTE,
              "نص " + answers.size(),
              null,
              null,
              new ArticleRef("a" + answers.size(), "عنوان", "outlet", "2018-10-20", null),
              List.of(),
              1,
              c));
    }
    return Answerer.state(path, answers, SURE, CLOSE);
  }
}
