package org.naba.dialogue;

import java.util.ArrayList;
import java.util.List;
import org.naba.answer.Answer;
import org.naba.answer.ArticleRef;

/**
 * Lays out messages as plain text for a terminal, right-to-left safe: every line whose first strong
 * character is not right-to-left starts with a RIGHT-TO-LEFT MARK ({@link Direction}).
 */
public final class PlainText {

  private static final String INDENT = "   ";

  private PlainText() {}

  /** {@code message} as lines of text, each ending in a line break. */
  public static String render(Message message) {
    StringBuilder out = new StringBuilder();
    for (Message.Block block : message.blocks()) {
      switch (block) {
        case Message.Heading h -> line(out, h.text());
        case Message.Line l -> l.text().lines().forEach(s -> line(out, s));
        case Message.Hint h -> line(out, h.text());
        case Message.Bullet b -> line(out, "• " + b.text());
        case Message.Statement s -> statement(out, s.answer());
        case Message.Excerpt e -> excerpt(out, e);
        case Message.Brief b -> brief(out, b);
      }
    }
    return out.toString();
  }

  /**
   * The buttons, numbered from 1 ({@code [1] المصدر 1 [2] المزيد ⬅️}), or the empty string when
   * there are none.
   */
  public static String render(Keyboard keyboard) {
    if (keyboard.isEmpty()) {
      return "";
    }
    List<String> shown = new ArrayList<>();
    List<Keyboard.Button> buttons = keyboard.buttons();
    for (int i = 0; i < buttons.size(); i++) {
      shown.add("[" + (i + 1) + "] " + buttons.get(i).label());
    }
    return Direction.rtl(String.join("  ", shown)) + "\n";
  }

  private static void statement(StringBuilder out, Answer a) {
    String text = a.text();
    line(out, a.rank() + ". " + (a.kind() == Answer.Kind.QUOTE ? "«" + text + "»" : text));
    List<String> attribution = new ArrayList<>();
    if (a.speaker() != null) {
      attribution.add(a.role() == null ? a.speaker() : a.speaker() + "، " + a.role());
    }
    ArticleRef ref = a.article();
    attribution.add(
        a.speaker() == null && a.kind() == Answer.Kind.QUOTE ? "بحسب " + outlet(ref) : outlet(ref));
    line(out, INDENT + "— " + String.join(" | ", attribution));
    line(out, INDENT + ref.title() + date(ref));
    if (ref.url() != null) {
      line(out, INDENT + ref.url());
    }
    if (!a.otherOutlets().isEmpty()) {
      line(out, INDENT + AnswerMessages.ALSO + " " + String.join("، ", a.otherOutlets()));
    }
  }

  private static void excerpt(StringBuilder out, Message.Excerpt e) {
    line(out, "المصدر: " + outlet(e.article()));
    line(out, e.article().title() + date(e.article()));
    line(out, e.before() + "[" + e.statement() + "]" + e.after());
    if (e.article().url() != null && !e.article().url().isBlank()) {
      line(out, e.article().url());
    }
  }

  private static void brief(StringBuilder out, Message.Brief b) {
    line(out, "«" + b.text() + "»");
    line(
        out,
        INDENT
            + "— "
            + b.speaker()
            + (b.role() == null || b.role().isBlank() ? "" : "، " + b.role()));
    line(out, INDENT + String.join("، ", b.outlets()));
  }

  private static String outlet(ArticleRef ref) {
    return ref.outlet() == null ? DialogueTexts.UNKNOWN_OUTLET : ref.outlet();
  }

  private static String date(ArticleRef ref) {
    return ArabicDateFormat.format(ref.published()).map(d -> " (" + d + ")").orElse("");
  }

  private static void line(StringBuilder out, String line) {
    out.append(Direction.rtl(line)).append('\n');
  }
}
