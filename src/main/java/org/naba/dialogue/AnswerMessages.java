package org.naba.dialogue;

import java.util.ArrayList;
import java.util.List;
import org.naba.answer.Answer;
import org.naba.answer.AnswerSet;
import org.naba.answer.NoAnswer;

/**
 * The messages that show answers: a page of them, the closest statements marked as not an answer,
 * or what to say when nothing answers.
 */
public final class AnswerMessages {

  /** Before statements that came close but do not answer. */
  public static final String RELATED = "لم أجد جوابًا مباشرًا. أقرب ما وجدت:";

  /** Before the other outlets that report an answer ({@link Answer#otherOutlets()}). */
  public static final String ALSO = "أوردته أيضًا:";

  private AnswerMessages() {}

  /**
   * {@code page}'s answers (after the set's note, if any); when they are only related, under a line
   * that says so; the no-answer message when the question has none.
   */
  public static Message page(AnswerPage page, NoAnswer noAnswer) {
    AnswerSet set = page.set();
    if (set.status() == AnswerSet.Status.NONE) {
      return noAnswer(noAnswer);
    }
    List<Message.Block> blocks = new ArrayList<>();
    if (page.number() == 0 && set.note() != null) {
      blocks.add(new Message.Line(set.note()));
    }
    if (set.status() == AnswerSet.Status.RELATED) {
      blocks.add(new Message.Hint(RELATED));
    }
    for (Answer a : page.answers()) {
      blocks.add(new Message.Statement(a));
    }
    return new Message(blocks);
  }

  /** The no-answer message with its hint. */
  public static Message noAnswer(NoAnswer noAnswer) {
    List<Message.Block> blocks = new ArrayList<>();
    blocks.add(new Message.Line(noAnswer.message()));
    if (noAnswer.hint() != null) {
      blocks.add(new Message.Hint(noAnswer.hint()));
    }
    return new Message(blocks);
  }
}
