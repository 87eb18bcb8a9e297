package org.naba.dialogue;

import java.util.ArrayList;
import java.util.List;
import org.naba.answer.Answer;
import org.naba.answer.NoAnswer;

/** The messages that show answers: a page of them, or what to say when nothing answers. */
public final class AnswerMessages {

  private AnswerMessages() {}

  /** {@code page}'s answers, or the no-answer message when the question has none. */
  public static Message page(AnswerPage page, NoAnswer noAnswer) {
    if (page.set().answers().isEmpty()) {
      return noAnswer(noAnswer);
    }
    List<Message.Block> blocks = new ArrayList<>();
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
