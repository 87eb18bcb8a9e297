package org.naba.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.naba.text.SentenceSegmenter;
import org.naba.text.Span;

/**
 * The part of a unit's paragraph indexed as its context: the sentences within {@value #SENTENCES}
 * of the unit, enough to tell which passage a sentence belongs to without letting an article
 * written as one long paragraph lend all its words to every sentence.
 *
 * <p>A paragraph that holds no words besides the unit gives no context: a one-sentence paragraph
 * would count the unit's words twice, which lifted one-sentence news paragraphs above the answers
 * (R@1 -0.01 with distractors), while indexing the rest of the paragraph without the unit demoted
 * the unit against its neighbours.
 *
 * <p>One window serves the units of one article: each paragraph is split into sentences once.
 */
final class ContextWindow {

  /** Sentences on each side of a unit that count as its context. */
  static final int SENTENCES = 2;

  private final SentenceSegmenter segmenter;
  private final Map<String, List<Span>> sentences = new HashMap<>();

  ContextWindow(SentenceSegmenter segmenter) {
    this.segmenter = segmenter;
  }

  /** The context of {@code text} in {@code paragraph}; empty when it holds nothing else. */
  Optional<String> of(String text, String paragraph) {
    return holdsMoreThan(paragraph, text) ? Optional.of(window(text, paragraph)) : Optional.empty();
  }

  /** True when {@code paragraph} holds words besides {@code text}. */
  static boolean holdsMoreThan(String paragraph, String text) {
    if (paragraph == null) {
      return false;
    }
    int at = paragraph.indexOf(text);
    if (at < 0) {
      return !paragraph.isBlank();
    }
    return !(paragraph.substring(0, at) + paragraph.substring(at + text.length())).isBlank();
  }

  /**
   * The sentences of {@code paragraph} within {@value #SENTENCES} of {@code text}: the whole
   * paragraph when it is that short or does not hold the text.
   */
  String window(String text, String paragraph) {
    int at = paragraph.indexOf(text);
    List<Span> split = sentences.computeIfAbsent(paragraph, segmenter::split);
    if (at < 0 || split.size() <= 2 * SENTENCES + 1) {
      return paragraph;
    }
    int first = 0;
    int last = split.size() - 1;
    for (int i = 0; i < split.size(); i++) {
      if (split.get(i).end() > at) {
        first = i;
        break;
      }
    }
    for (int i = first; i < split.size(); i++) {
      if (split.get(i).end() >= at + text.length()) {
        last = i;
        break;
      }
    }
    int from = split.get(Math.max(0, first - SENTENCES)).start();
    int to = split.get(Math.min(split.size() - 1, last + SENTENCES)).end();
    return paragraph.substring(from, to);
  }
}
