package org.naba.quotes;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.naba.text.ArabicNormalizer;
import org.naba.text.Lexicon;
import org.naba.text.Paragraphs;
import org.naba.text.Span;

/**
 * Short names an article sets in quotation marks (تطبيق المواعدة "بامبل"), for organisations it
 * later calls by a generic noun (وقالت الشركة). A pure function of the body.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>A marked name is a marked span ({@link QuoteSpans}) of one to {@value #MAX_WORDS} words.
 *   <li>A span after a media noun (صحيفة "الصن"، مجلة "فوربس") or a title noun (حملة، بعنوان) names
 *       a paper or a title, not the organisation.
 *   <li>The company an article calls الشركة is its latest marked name before that mention.
 * </ul>
 */
final class MarkedNames {

  static final int MAX_WORDS = 3;

  /** Nouns of a work or a campaign (حملة، فيلم): the marked name after one is its title. */
  private static final Set<String> NOT_COMPANIES = Lexicon.words("work-nouns");

  private MarkedNames() {}

  /** The latest marked name that ends before {@code position}, if any. */
  static Optional<String> latestBefore(String body, int position) {
    List<Span> paragraphs = Paragraphs.split(body);
    int[] marks = QuoteMarks.positions(body);
    String found = null;
    for (int p = 0; p < paragraphs.size() && paragraphs.get(p).start() < position; p++) {
      Span next = p + 1 < paragraphs.size() ? paragraphs.get(p + 1) : null;
      for (MarkedSpan s : QuoteSpans.scan(body, marks, paragraphs.get(p), next)) {
        if (s.continued() || s.after() > position) {
          continue;
        }
        String inner = body.substring(s.innerStart(), s.innerEnd()).strip();
        int words = QuoteExtractor.wordCount(body, s.innerStart(), s.innerEnd(), MAX_WORDS + 1);
        if (words >= 1 && words <= MAX_WORDS && afterDescription(body, s.open())) {
          found = inner;
        }
      }
    }
    return Optional.ofNullable(found);
  }

  /**
   * True when a definite descriptor or an organisation noun stands right before the mark (تطبيق
   * المواعدة "بامبل"، المجموعة البريطانية "بي إيه إي سيستمز"، شركة "X"), and no media or title
   * noun.
   */
  private static boolean afterDescription(String body, int open) {
    int i = open - 1;
    while (i >= 0 && QuoteMarks.isSpace(body.charAt(i))) {
      i--;
    }
    int end = i + 1;
    while (i >= 0 && Token.isWordChar(body.charAt(i))) {
      i--;
    }
    String word = ArabicNormalizer.normalize(body.substring(i + 1, end));
    if (SpeakerWords.MEDIA_NOUNS.contains(word)
        || SpeakerWords.TITLE_NOUNS.contains(word)
        || NOT_COMPANIES.contains(word)) {
      return false;
    }
    return SpeakerWords.isDefinite(word) || SpeakerWords.INSTITUTIONS.contains(word);
  }
}
