package org.naba.dialogue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.naba.answer.Answer;
import org.naba.answer.ArticleRef;

/**
 * What a reply shows, as blocks that each surface lays out in its own markup (Telegram HTML, plain
 * terminal text). Texts are plain: a surface escapes them as its markup needs.
 */
public record Message(List<Block> blocks) {

  public Message {
    blocks = List.copyOf(blocks);
  }

  public static Message of(Block... blocks) {
    return new Message(Arrays.asList(blocks));
  }

  /** A message of one plain line. */
  public static Message line(String text) {
    return of(new Line(text));
  }

  /** This message followed by {@code more} blocks. */
  public Message plus(List<? extends Block> more) {
    List<Block> all = new ArrayList<>(blocks);
    all.addAll(more);
    return new Message(all);
  }

  /** One part of a message. */
  public sealed interface Block {}

  /** A title, shown in bold. */
  public record Heading(String text) implements Block {}

  /** Plain text (it may hold line breaks). */
  public record Line(String text) implements Block {}

  /** A side note, shown in italics. */
  public record Hint(String text) implements Block {}

  /** An item of a list. */
  public record Bullet(String text) implements Block {}

  /**
   * An answer card: the statement verbatim, its speaker, outlet, title, date, link and the other
   * outlets that report it.
   */
  public record Statement(Answer answer) implements Block {}

  /**
   * A statement in its article's context: the text before it, the statement (emphasised), the text
   * after it, with the article's outlet, title, date and link.
   */
  public record Excerpt(ArticleRef article, String before, String statement, String after)
      implements Block {}

  /**
   * One item of a digest: a statement, its speaker and role, and every outlet that reported it.
   *
   * @param url a link to the statement's article, or {@code null}
   */
  public record Brief(String text, String speaker, String role, List<String> outlets, String url)
      implements Block {
    public Brief {
      outlets = List.copyOf(outlets);
    }
  }
}
