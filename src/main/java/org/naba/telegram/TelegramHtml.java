package org.naba.telegram;

import java.util.ArrayList;
import java.util.List;
import org.naba.answer.Answer;
import org.naba.answer.ArticleRef;
import org.naba.dialogue.AnswerMessages;
import org.naba.dialogue.ArabicDateFormat;
import org.naba.dialogue.Direction;
import org.naba.dialogue.Message;

/**
 * Lays out a {@link Message} as Telegram HTML (parse mode {@code HTML}).
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>Every text from an article or a user is escaped ({@code &}, {@code <}, {@code >}, and
 *       {@code "} inside attributes), so a quote holding markup never breaks a message.
 *   <li>A statement goes in a {@code <blockquote>}: a quote inside «», a passage as it is. Under
 *       it: the speaker (bold) and role, the outlet, the title with its Arabic date, the link when
 *       known, and the other outlets that report it ("أوردته أيضًا:"; {@link
 *       Answer#otherOutlets()}).
 *   <li>A heading is bold, a hint italic; an excerpt shows the statement in bold inside its
 *       context.
 *   <li>A line whose first visible strong character is not right-to-left (a rank, a Latin name)
 *       starts with a RIGHT-TO-LEFT MARK.
 *   <li>No message is longer than {@link #MAX_MESSAGE}: blocks are packed whole into messages; a
 *       statement longer than a message is cut at sentence boundaries (at a comma, then anywhere,
 *       only when one sentence alone is too long), every piece with balanced tags; an excerpt too
 *       long for one message loses its context, then its end.
 * </ul>
 */
public final class TelegramHtml {

  /** Telegram's limit on a message's text. */
  public static final int MAX_MESSAGE = 4096;

  private static final char NEWLINE = '\n';
  private static final String SENTENCE_ENDS = ".!?؟…";
  private static final String CLAUSE_ENDS = "،,؛;";
  private static final String UNKNOWN_OUTLET = "مصدر غير معروف";

  private final int maxMessage;

  public TelegramHtml() {
    this(MAX_MESSAGE);
  }

  /** A renderer with a smaller message limit (tests of splitting). */
  public TelegramHtml(int maxMessage) {
    if (maxMessage < 200) {
      throw new IllegalArgumentException("maxMessage must be at least 200: " + maxMessage);
    }
    this.maxMessage = maxMessage;
  }

  /** The messages that show {@code message}, in order. */
  public List<String> render(Message message) {
    List<String> blocks = new ArrayList<>();
    for (Message.Block block : message.blocks()) {
      blocks.addAll(blocks(block));
    }
    return pack(blocks);
  }

  /**
   * {@code message} as one message: when it does not fit, its last blocks are left out (a pushed
   * digest keeps its best items).
   */
  public String single(Message message) {
    List<Message.Block> blocks = new ArrayList<>(message.blocks());
    List<String> rendered = render(new Message(blocks));
    while (rendered.size() > 1 && blocks.size() > 1) {
      blocks.remove(blocks.size() - 1);
      rendered = render(new Message(blocks));
    }
    return rendered.isEmpty() ? "" : rendered.get(0);
  }

  private List<String> blocks(Message.Block block) {
    return switch (block) {
      case Message.Heading h -> List.of(lineOf(h.text(), "<b>" + escape(h.text()) + "</b>"));
      case Message.Line l -> List.of(lines(l.text()));
      case Message.Hint h -> List.of(lineOf(h.text(), "<i>" + escape(h.text()) + "</i>"));
      case Message.Bullet b -> List.of(lineOf("• " + b.text(), "• " + escape(b.text())));
      case Message.Statement s -> answerBlocks(s.answer());
      case Message.Excerpt e -> List.of(excerpt(e));
      case Message.Brief b -> List.of(brief(b));
    };
  }

  private static String lines(String text) {
    StringBuilder out = new StringBuilder();
    text.lines().forEach(l -> line(out, l, escape(l)));
    return out.toString();
  }

  private static String lineOf(String plain, String html) {
    StringBuilder out = new StringBuilder();
    line(out, plain, html);
    return out.toString();
  }

  /** An excerpt: the header, then the statement in bold in its context, then the link. */
  private String excerpt(Message.Excerpt e) {
    String head = excerptHeader(e.article());
    String withContext = excerpt(head, e.before(), e.statement(), e.after(), e.article().url());
    if (withContext.length() <= maxMessage) {
      return withContext;
    }
    String bare = excerpt(head, "", e.statement(), "", e.article().url());
    if (bare.length() <= maxMessage) {
      return bare;
    }
    return excerpt(
        head, "", cutFirst(e.statement(), maxMessage - 600) + "…", "", e.article().url());
  }

  private static String excerptHeader(ArticleRef a) {
    String outlet = a.outlet() == null ? UNKNOWN_OUTLET : a.outlet();
    String date = ArabicDateFormat.format(a.published()).map(d -> " (" + d + ")").orElse("");
    return "<b>المصدر:</b> " + escape(outlet) + "\n<i>" + escape(a.title()) + "</i>" + escape(date);
  }

  private static String excerpt(
      String head, String before, String statement, String after, String url) {
    StringBuilder out = new StringBuilder(head).append("\n<blockquote>");
    out.append(escape(before))
        .append("<b>")
        .append(escape(statement))
        .append("</b>")
        .append(escape(after))
        .append("</blockquote>");
    if (url != null && !url.isBlank()) {
      out.append("\n<a href=\"").append(escape(url)).append("\">رابط الخبر</a>");
    }
    return out.toString();
  }

  /**
   * A digest item: the statement, the speaker and role, the outlets (linked when a URL is known).
   */
  private static String brief(Message.Brief b) {
    StringBuilder out = new StringBuilder();
    out.append("\n<blockquote>").append(escape(b.text())).append("</blockquote>\n");
    out.append("— <b>").append(escape(b.speaker())).append("</b>");
    if (b.role() != null && !b.role().isBlank()) {
      out.append("، ").append(escape(b.role()));
    }
    out.append('\n');
    String outlets = String.join("، ", b.outlets());
    if (b.url() != null && !b.url().isBlank()) {
      out.append("<a href=\"")
          .append(escape(b.url()))
          .append("\">")
          .append(escape(outlets))
          .append("</a>");
    } else {
      out.append(escape(outlets));
    }
    return out.toString();
  }

  /**
   * The answer as blocks that each fit a message: the statement (cut into several blockquotes when
   * too long) and then its attribution.
   */
  private List<String> answerBlocks(Answer a) {
    List<String> blocks = new ArrayList<>();
    boolean quote = a.kind() == Answer.Kind.QUOTE;
    String rank = a.rank() + ".";
    int room = maxMessage - 200;
    List<String> pieces = cut(a.text(), room);
    for (int i = 0; i < pieces.size(); i++) {
      String piece = pieces.get(i);
      String shown =
          quote ? (i == 0 ? "«" : "…") + piece + (i == pieces.size() - 1 ? "»" : "…") : piece;
      StringBuilder b = new StringBuilder();
      if (i == 0) {
        line(b, rank, "<b>" + rank + "</b>");
      }
      b.append("<blockquote>").append(escape(shown)).append("</blockquote>");
      blocks.add(b.toString());
    }
    blocks.add(attribution(a));
    return blocks;
  }

  private static String attribution(Answer a) {
    StringBuilder out = new StringBuilder();
    ArticleRef ref = a.article();
    String outlet = ref.outlet() == null ? UNKNOWN_OUTLET : ref.outlet();
    if (a.speaker() != null) {
      String plain =
          "— " + a.speaker() + (a.role() == null ? "" : "، " + a.role()) + " | " + outlet;
      String html =
          "— <b>"
              + escape(a.speaker())
              + "</b>"
              + (a.role() == null ? "" : "، " + escape(a.role()))
              + " | "
              + escape(outlet);
      line(out, plain, html);
    } else if (a.kind() == Answer.Kind.QUOTE) {
      // a quote whose speaker is unknown or doubtful is the outlet's report
      line(out, "— بحسب " + outlet, "— بحسب " + escape(outlet));
    } else {
      line(out, "— " + outlet, "— " + escape(outlet));
    }
    String date = ArabicDateFormat.format(ref.published()).map(d -> " (" + d + ")").orElse("");
    if (ref.title() != null && !ref.title().isBlank()) {
      line(out, ref.title() + date, "<i>" + escape(ref.title()) + "</i>" + escape(date));
    } else if (!date.isEmpty()) {
      line(out, date.strip(), escape(date.strip()));
    }
    if (ref.url() != null && !ref.url().isBlank()) {
      line(out, "رابط الخبر", "<a href=\"" + escape(ref.url()) + "\">رابط الخبر</a>");
    }
    if (!a.otherOutlets().isEmpty()) {
      String others = String.join("، ", a.otherOutlets());
      line(out, AnswerMessages.ALSO + " " + others, AnswerMessages.ALSO + " " + escape(others));
    }
    return out.toString();
  }

  /**
   * Packs blocks into messages of at most the limit, keeping each block whole (every block fits a
   * message by construction).
   */
  List<String> pack(List<String> blocks) {
    List<String> messages = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String block : blocks) {
      String b = block.strip();
      if (b.isEmpty()) {
        continue;
      }
      if (current.length() > 0 && current.length() + 1 + b.length() > maxMessage) {
        messages.add(current.toString());
        current.setLength(0);
      }
      if (current.length() > 0) {
        current.append(NEWLINE);
      }
      current.append(b);
    }
    if (current.length() > 0) {
      messages.add(current.toString());
    }
    return messages;
  }

  /**
   * {@code text} in pieces whose escaped length is at most {@code room}: cut after the last
   * sentence end that fits, else after the last clause mark, else after the last space, else
   * anywhere.
   */
  static List<String> cut(String text, int room) {
    List<String> pieces = new ArrayList<>();
    String rest = text;
    while (escape(rest).length() > room) {
      int fit = fittingPrefix(rest, room);
      int at = lastBreak(rest, fit, SENTENCE_ENDS);
      if (at <= 0) {
        at = lastBreak(rest, fit, CLAUSE_ENDS);
      }
      if (at <= 0) {
        at = rest.lastIndexOf(' ', fit - 1) + 1;
      }
      if (at <= 0) {
        at = fit;
        if (Character.isHighSurrogate(rest.charAt(at - 1))) {
          at--;
        }
      }
      pieces.add(rest.substring(0, at).strip());
      rest = rest.substring(at).strip();
    }
    if (!rest.isEmpty() || pieces.isEmpty()) {
      pieces.add(rest);
    }
    return pieces;
  }

  /** The first piece of {@code text} that fits {@code room} once escaped, cut as {@link #cut}. */
  public static String cutFirst(String text, int room) {
    return cut(text, room).get(0);
  }

  /** The length of the longest prefix of {@code text} whose escaped form fits {@code room}. */
  private static int fittingPrefix(String text, int room) {
    int used = 0;
    for (int i = 0; i < text.length(); i++) {
      used += escaped(text.charAt(i)).length();
      if (used > room) {
        return i;
      }
    }
    return text.length();
  }

  /** The index just after the last mark of {@code marks} within {@code text[0, limit)}. */
  private static int lastBreak(String text, int limit, String marks) {
    for (int i = limit - 1; i > 0; i--) {
      if (marks.indexOf(text.charAt(i)) >= 0 || text.charAt(i) == NEWLINE) {
        return i + 1;
      }
    }
    return 0;
  }

  /** Appends a line: {@code html}, with a RIGHT-TO-LEFT MARK when {@code plain} needs one. */
  private static void line(StringBuilder out, String plain, String html) {
    if (!Direction.rtl(plain).equals(plain)) {
      out.append(Direction.RLM);
    }
    out.append(html).append(NEWLINE);
  }

  /** {@code text} safe inside Telegram HTML, in text and in attribute values. */
  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      out.append(escaped(text.charAt(i)));
    }
    return out.toString();
  }

  private static String escaped(char c) {
    return switch (c) {
      case '&' -> "&amp;";
      case '<' -> "&lt;";
      case '>' -> "&gt;";
      case '"' -> "&quot;";
      default -> String.valueOf(c);
    };
  }
}
