package org.naba.answer;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.naba.search.UnitIndex;

/**
 * The analysed terms ({@link TermSet}) of spans of stored articles, for one question: the
 * candidates' sentences are often each other's context, and each is analysed once.
 */
final class SpanTerms {

  /** An article's span; {@code start == end == -1} stands for its title. */
  private record Key(long articleSeq, int start, int end) {}

  private final UnitIndex index;
  private final Map<Key, TermSet> analysed = new HashMap<>();

  SpanTerms(UnitIndex index) {
    this.index = index;
  }

  /** The terms of {@code text[start, end)} of the article {@code articleSeq}. */
  TermSet of(long articleSeq, String text, int start, int end) {
    return analysed(new Key(articleSeq, start, end), () -> text.substring(start, end));
  }

  /** The terms of the article's title. */
  TermSet ofTitle(long articleSeq, String title) {
    return analysed(new Key(articleSeq, -1, -1), () -> title == null ? "" : title);
  }

  private TermSet analysed(Key key, Supplier<String> text) {
    return this.analysed.computeIfAbsent(key, k -> new TermSet(index.terms(text.get())));
  }
}
