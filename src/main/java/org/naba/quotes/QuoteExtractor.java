package org.naba.quotes;

import static org.naba.text.ArabicLetters.ARABIC_COMMA;
import static org.naba.text.ArabicLetters.TATWEEL;
import static org.naba.text.ArabicLetters.WAW;

import java.util.ArrayList;
import java.util.List;
import org.naba.text.ArabicNormalizer;
import org.naba.text.Paragraphs;
import org.naba.text.Span;

/**
 * Extracts direct quotations and their speakers from an article body. A pure function: the same
 * body always gives the same quotes, and no state is kept between calls.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>Marked spans are found per paragraph by {@link QuoteSpans} (marks «…», “…”, "…" and their
 *       mixtures; nested marks stay inside the outer quote; unbalanced marks are skipped).
 *   <li>The quote text is the exact body substring between the marks, trimmed of white space.
 *   <li>A span of fewer than {@value #MIN_WORDS} words is a marked name, not a statement.
 *   <li>A span of up to {@value #NAME_WORDS} words is a name when a naming noun (صحيفة، عملية،
 *       كتاب، هامش …), an institution or a role noun (رئيس عمليات "…") stands right before it, or a
 *       complementizer (إن/أن) right after it unless a complementizer stands right before it (إنه
 *       "من غير الوارد" أن …); up to {@value #SHORT_WORDS} words, also when a complementizer is the
 *       second word after it and the first is a definite word ("ويقول "المرصد السوري لحقوق الإنسان"
 *       المعارض إن").
 *   <li>A span after a title noun (بعنوان، شعار، وسم، تهم …) is a title, whatever its length, and
 *       so is a span joined to a title or name by "و" alone; a span of up to {@value #SHORT_WORDS}
 *       words after مع، حول، مثل … is a name, and so is one that a longer quote follows in its
 *       sentence with no cue, complementizer or colon between.
 *   <li>A span of up to {@value #SHORT_WORDS} words is a statement only when a speaker is found for
 *       it; a span with neither cue nor speaker right after a preposition (يتحدث عن "…") is a
 *       topic, not a statement.
 *   <li>The context of a quote is its sentence: it starts after the last sentence end (. ! ? ؟)
 *       outside marks (not a point between digits, between letters (بي.بي.سي) nor after a
 *       one-letter abbreviation: م. د.), or after the previous quote of the paragraph, and ends at
 *       the next one.
 *   <li>Speakers, roles and cues come from {@link SpeakerResolver}.
 * </ul>
 */
public final class QuoteExtractor {

  static final int MIN_WORDS = 3;
  static final int SHORT_WORDS = 5;
  static final int NAME_WORDS = 7;
  private static final int COMPLEMENTIZER_REACH = 2;
  private static final String SENTENCE_ENDS = ".!?؟";
  private static final char FULL_STOP = '.';

  public QuoteExtractor() {}

  public List<Quote> extract(String body) {
    int[] marks = QuoteMarks.positions(body);
    if (marks.length == 0) {
      return List.of();
    }
    List<Span> paragraphs = Paragraphs.split(body);
    List<MarkedSpan> candidates = new ArrayList<>();
    List<List<MarkedSpan>> allByParagraph = new ArrayList<>();
    for (int p = 0; p < paragraphs.size(); p++) {
      Span next = p + 1 < paragraphs.size() ? paragraphs.get(p + 1) : null;
      List<MarkedSpan> spans = QuoteSpans.scan(body, marks, paragraphs.get(p), next);
      allByParagraph.add(spans);
      MarkedSpan previous = null;
      boolean previousNamed = false;
      for (MarkedSpan s : spans) {
        int words = wordCount(body, s.innerStart(), s.innerEnd(), NAME_WORDS + 1);
        boolean named =
            SpeakerWords.TITLE_NOUNS.contains(wordBefore(body, s))
                || words <= NAME_WORDS && looksLikeName(body, s, words)
                || words <= SHORT_WORDS
                    && SpeakerWords.NAME_PREPOSITIONS.contains(wordBefore(body, s))
                || previousNamed && coordinated(body, previous, s);
        if (words >= MIN_WORDS && !named) {
          candidates.add(s);
        }
        previous = s;
        previousNamed = named || words < MIN_WORDS;
      }
    }
    candidates = withoutNamesInsideSubjects(body, candidates);
    if (candidates.isEmpty()) {
      return List.of();
    }
    List<QuoteContext> contexts = contexts(body, paragraphs, allByParagraph, candidates);
    List<Attribution> attributions = new SpeakerResolver(body, candidates).resolve(contexts);
    List<Quote> quotes = new ArrayList<>(candidates.size());
    for (int i = 0; i < candidates.size(); i++) {
      MarkedSpan s = candidates.get(i);
      Attribution a = attributions.get(i);
      int words = wordCount(body, s.innerStart(), s.innerEnd(), SHORT_WORDS + 1);
      if (words <= SHORT_WORDS && a.cue() == null && a.speaker() == null
          || a.cue() == null
              && a.speaker() == null
              && SpeakerWords.TOPIC_PREPOSITIONS.contains(wordBefore(body, s))) {
        continue;
      }
      int start = s.innerStart();
      int end = s.innerEnd();
      while (start < end && QuoteMarks.isSpace(body.charAt(start))) {
        start++;
      }
      while (end > start && QuoteMarks.isSpace(body.charAt(end - 1))) {
        end--;
      }
      quotes.add(new Quote(body.substring(start, end), start, end, a.speaker(), a.role(), a.cue()));
    }
    return List.copyOf(quotes);
  }

  private static List<QuoteContext> contexts(
      String body, List<Span> paragraphs, List<List<MarkedSpan>> all, List<MarkedSpan> candidates) {
    List<QuoteContext> out = new ArrayList<>(candidates.size());
    int p = 0;
    for (int c = 0; c < candidates.size(); c++) {
      MarkedSpan s = candidates.get(c);
      while (paragraphs.get(p).end() < s.open()) {
        p++;
      }
      Span para = paragraphs.get(p);
      List<MarkedSpan> spans = all.get(p);
      MarkedSpan prev =
          c > 0 && candidates.get(c - 1).open() >= para.start() ? candidates.get(c - 1) : null;
      MarkedSpan nextQ =
          c + 1 < candidates.size() && candidates.get(c + 1).open() < para.end()
              ? candidates.get(c + 1)
              : null;
      int sentenceStart = lastSentenceEnd(body, spans, para.start(), s.open());
      int preStart = para.start();
      boolean followsQuote = false;
      if (prev != null && prev.after() > sentenceStart) {
        preStart = prev.after();
        followsQuote = true;
      } else if (sentenceStart > preStart) {
        preStart = sentenceStart;
      }
      int postEnd = nextSentenceEnd(body, spans, s.after(), para.end());
      if (nextQ != null && nextQ.open() < postEnd) {
        postEnd = nextQ.open();
      }
      boolean whole = s.open() == para.start() && onlyPunctuation(body, s.after(), para.end());
      out.add(new QuoteContext(s, preStart, postEnd, followsQuote, p, whole));
    }
    return out;
  }

  private static boolean onlyPunctuation(String body, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Token.isWordChar(body.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Offset just after the last sentence end in {@code [from, to)} outside marked spans. */
  private static int lastSentenceEnd(String body, List<MarkedSpan> spans, int from, int to) {
    for (int i = to - 1; i >= from; i--) {
      if (isSentenceEnd(body, i, from, to) && !inside(spans, i)) {
        return i + 1;
      }
    }
    return from;
  }

  private static int nextSentenceEnd(String body, List<MarkedSpan> spans, int from, int to) {
    for (int i = from; i < to; i++) {
      if (isSentenceEnd(body, i, from, to) && !inside(spans, i)) {
        return i;
      }
    }
    return to;
  }

  private static boolean isSentenceEnd(String body, int i, int from, int to) {
    char c = body.charAt(i);
    if (SENTENCE_ENDS.indexOf(c) < 0) {
      return false;
    }
    boolean digitBefore = i > from && Character.isDigit(body.charAt(i - 1));
    boolean digitAfter = i + 1 < to && Character.isDigit(body.charAt(i + 1));
    boolean abbreviation =
        c == FULL_STOP
            && i - 1 > from
            && Character.isLetter(body.charAt(i - 1))
            && (QuoteMarks.isSpace(body.charAt(i - 2))
                || i + 1 < to && Character.isLetter(body.charAt(i + 1)));
    return !(digitBefore && digitAfter) && !abbreviation;
  }

  private static boolean inside(List<MarkedSpan> spans, int i) {
    for (MarkedSpan s : spans) {
      if (s.open() < i && i < s.after()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Drops a short span that a longer quote follows in the same sentence with no speech cue,
   * complementizer or sentence end between them: it names something in the speaker's phrase ("وقال
   * نزيه خير العضو في "الجمعية الإسلامية اللبنانية" في سيدني … "اليوم يوم خاص …"").
   */
  private static List<MarkedSpan> withoutNamesInsideSubjects(String body, List<MarkedSpan> spans) {
    List<MarkedSpan> kept = new ArrayList<>(spans.size());
    for (int i = 0; i < spans.size(); i++) {
      MarkedSpan s = spans.get(i);
      MarkedSpan next = i + 1 < spans.size() ? spans.get(i + 1) : null;
      boolean inside =
          next != null
              && !s.continued()
              && wordCount(body, s.innerStart(), s.innerEnd(), SHORT_WORDS + 1) <= SHORT_WORDS
              && wordCount(body, next.innerStart(), next.innerEnd(), SHORT_WORDS + 1) > SHORT_WORDS
              && nothingIntroduces(body, s.after(), next.open());
      if (!inside) {
        kept.add(s);
      }
    }
    return kept;
  }

  private static boolean nothingIntroduces(String body, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = body.charAt(i);
      if (c == '\n' || isSentenceEnd(body, i, from, to)) {
        return false;
      }
    }
    for (Token t : Token.split(body, from, to)) {
      if (t.word()
          && (SpeechCues.isComplementizer(t.norm()) || SpeechCues.lookup(t.norm()).isPresent())) {
        return false;
      }
      if (!t.word() && t.norm().charAt(0) == ':') {
        return false;
      }
    }
    return true;
  }

  /**
   * True when only "و" or a comma joins two spans ("تهم "القيام بأعمال إرهابية" و"تصنيع مواد …""):
   * a list of names.
   */
  private static boolean coordinated(String body, MarkedSpan previous, MarkedSpan s) {
    boolean waw = false;
    for (int i = previous.after(); i < s.open(); i++) {
      char c = body.charAt(i);
      if (!QuoteMarks.isSpace(c) && c != WAW && c != ARABIC_COMMA) {
        return false;
      }
      waw |= c == WAW;
    }
    return waw;
  }

  /** The normalised word right before the span's opening mark, or "". */
  private static String wordBefore(String body, MarkedSpan s) {
    int i = s.open() - 1;
    while (i >= 0 && (QuoteMarks.isSpace(body.charAt(i)) || body.charAt(i) == TATWEEL)) {
      i--;
    }
    int end = i + 1;
    while (i >= 0 && Token.isWordChar(body.charAt(i))) {
      i--;
    }
    return end > i + 1 ? ArabicNormalizer.normalize(body.substring(i + 1, end)) : "";
  }

  /** True when a naming noun precedes the span or a complementizer follows it. */
  private static boolean looksLikeName(String body, MarkedSpan s, int words) {
    int i = s.open() - 1;
    while (i >= 0 && (QuoteMarks.isSpace(body.charAt(i)) || body.charAt(i) == TATWEEL)) {
      i--;
    }
    int end = i + 1;
    while (i >= 0 && Token.isWordChar(body.charAt(i))) {
      i--;
    }
    if (end > i + 1) {
      String before = ArabicNormalizer.normalize(body.substring(i + 1, end));
      if (isNamingNoun(before)) {
        return true;
      }
      if (SpeechCues.isComplementizer(before)) {
        return false;
      }
    }
    if (s.continued()) {
      return false;
    }
    int j = s.after();
    for (int w = 0; w < COMPLEMENTIZER_REACH; w++) {
      while (j < body.length()
          && (QuoteMarks.isSpace(body.charAt(j)) || body.charAt(j) == ARABIC_COMMA)) {
        j++;
      }
      int wordEnd = j;
      while (wordEnd < body.length() && Token.isWordChar(body.charAt(wordEnd))) {
        wordEnd++;
      }
      if (wordEnd == j) {
        return false;
      }
      String word = ArabicNormalizer.normalize(body.substring(j, wordEnd));
      if (SpeechCues.isComplementizer(word)) {
        return true;
      }
      if (!SpeakerWords.isDefinite(word)
          || SpeechCues.lookup(word).isPresent()
          || words > SHORT_WORDS) {
        return false;
      }
      j = wordEnd;
    }
    return false;
  }

  private static boolean isNamingNoun(String norm) {
    if (SpeakerWords.NAMING_NOUNS.contains(norm)
        || SpeakerWords.INSTITUTIONS.contains(norm)
        || SpeakerWords.isRoleHead(norm)) {
      return true;
    }
    if (norm.length() > 3 && "لبو".indexOf(norm.charAt(0)) >= 0) {
      String rest = norm.substring(1);
      return SpeakerWords.NAMING_NOUNS.contains(rest)
          || rest.length() > 3
              && "لب".indexOf(rest.charAt(0)) >= 0
              && SpeakerWords.NAMING_NOUNS.contains(rest.substring(1));
    }
    return false;
  }

  /**
   * Words of {@code body[from, to)}: runs between white space that hold a letter or digit, counted
   * up to {@code cap} (the rules only compare counts with small bounds, and quotes can be long).
   */
  static int wordCount(String body, int from, int to, int cap) {
    int words = 0;
    boolean counted = false;
    for (int i = from; i < to && words < cap; i++) {
      char c = body.charAt(i);
      if (QuoteMarks.isSpace(c)) {
        counted = false;
      } else if (!counted && Token.isWordChar(c)) {
        words++;
        counted = true;
      }
    }
    return words;
  }
}
