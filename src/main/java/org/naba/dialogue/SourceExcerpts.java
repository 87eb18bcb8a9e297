package org.naba.dialogue;

import java.util.List;
import java.util.Optional;
import org.naba.answer.Answer;
import org.naba.store.Store;
import org.naba.store.StoredArticle;
import org.naba.text.Span;

/**
 * The "source" of an answer: the statement in its context (the sentence before and the sentence
 * after it in the article), with the outlet, title, date and link.
 *
 * <p>Rules: the statement is found verbatim in the stored body (or nothing is shown); the context
 * is whole sentences around it.
 */
final class SourceExcerpts {

  private static final int CONTEXT_SENTENCES = 1;

  private final Store store;

  SourceExcerpts(Store store) {
    this.store = store;
  }

  /** The excerpt for {@code answer}, or empty when its article no longer holds it. */
  Optional<Message.Excerpt> of(Answer answer) {
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
    return Optional.of(new Message.Excerpt(answer.article(), before, answer.text(), after));
  }
}
