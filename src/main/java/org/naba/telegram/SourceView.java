package org.naba.telegram;

import java.util.List;
import java.util.Optional;
import org.naba.answer.Answer;
import org.naba.answer.ArabicDateFormat;
import org.naba.answer.HtmlRenderer;
import org.naba.store.Store;
import org.naba.store.StoredArticle;
import org.naba.text.Span;

/**
 * The "source" of an answer: the statement in its context (the sentence before and the sentence
 * after it in the article), with the outlet, title, date and link.
 *
 * <p>Rules: the statement is found verbatim in the stored body (or nothing is shown); context
 * sentences are dropped when the message would exceed Telegram's limit; every text is escaped.
 */
final class SourceView {

  private static final int CONTEXT_SENTENCES = 1;

  private final Store store;

  SourceView(Store store) {
    this.store = store;
  }

  /** The source message for {@code answer}, or empty when its article no longer holds it. */
  Optional<String> render(Answer answer) {
    Optional<StoredArticle> stored = store.byId(answer.article().id());
    if (stored.isEmpty()) {
      return Optional.empty();
    }
    String body = stored.get().article().text();
    int start = body.indexOf(answer.text());
    if (start < 0) {
      return Optional.empty();
    }
    int end = start + answer.text().length();
    List<Span> sentences = stored.get().parsed().sentences();
    String before = "";
    String after = "";
    Optional<Span> overlapping = stored.get().parsed().sentencesOverlapping(start, end);
    if (overlapping.isPresent()) {
      int from = sentences.get(Math.max(0, overlapping.get().start() - CONTEXT_SENTENCES)).start();
      int to =
          sentences
              .get(Math.min(sentences.size() - 1, overlapping.get().end() - 1 + CONTEXT_SENTENCES))
              .end();
      before = body.substring(Math.min(from, start), start);
      after = body.substring(end, Math.max(to, end));
    }
    String head = header(answer);
    String withContext = message(head, before, answer.text(), after, answer.article().url());
    if (withContext.length() <= HtmlRenderer.MAX_MESSAGE) {
      return Optional.of(withContext);
    }
    String bare = message(head, "", answer.text(), "", answer.article().url());
    if (bare.length() <= HtmlRenderer.MAX_MESSAGE) {
      return Optional.of(bare);
    }
    return Optional.of(
        message(
            head,
            "",
            HtmlRenderer.cutFirst(answer.text(), HtmlRenderer.MAX_MESSAGE - 600) + "…",
            "",
            answer.article().url()));
  }

  private static String header(Answer a) {
    String outlet = a.article().outlet() == null ? BotTexts.UNKNOWN_OUTLET : a.article().outlet();
    String date =
        ArabicDateFormat.format(a.article().published()).map(d -> " (" + d + ")").orElse("");
    return "<b>المصدر:</b> "
        + HtmlRenderer.escape(outlet)
        + "\n<i>"
        + HtmlRenderer.escape(a.article().title())
        + "</i>"
        + HtmlRenderer.escape(date);
  }

  private static String message(
      String head, String before, String statement, String after, String url) {
    StringBuilder out = new StringBuilder(head).append("\n<blockquote>");
    out.append(HtmlRenderer.escape(before))
        .append("<b>")
        .append(HtmlRenderer.escape(statement))
        .append("</b>")
        .append(HtmlRenderer.escape(after))
        .append("</blockquote>");
    if (url != null && !url.isBlank()) {
      out.append("\n<a href=\"").append(HtmlRenderer.escape(url)).append("\">رابط الخبر</a>");
    }
    return out.toString();
  }
}
