package org.naba.text;

import static org.naba.text.ArabicLetters.ARABIC_QUESTION_MARK;
import static org.naba.text.ArabicLetters.TATWEEL;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Splits Arabic paragraph text into sentences. A pure function.
 *
 * <p>Rules:
 *
 * <ol>
 *   <li>A sentence ends after {@code . ! ? ؟} and runs of them, with or without a following space
 *       ("الإرهاب.وقال" is two sentences); closing brackets right after the run stay with it.
 *   <li>A line break always ends a sentence.
 *   <li>A quotation is kept whole: no sentence ends inside «…», “…” or "…". Quote marks pair up
 *       within the line, nested ones too; a straight or curly double mark opens when it follows a
 *       space, a bracket or the line start and precedes a letter, digit, bracket or mark, and
 *       closes when it follows a non-space and precedes a space, punctuation or the line end (so
 *       inverted “ ” pairs work); a mark before punctuation never opens ("… إنساني "."). A mark
 *       that finds no partner in the line is ignored, so an unbalanced quote never glues a
 *       paragraph into one sentence.
 *   <li>A quotation whose last character ends a sentence ("…المقبلة." وأضاف) ends the sentence at
 *       its closing mark when a letter follows after a space.
 *   <li>A full stop between two digits (3.5), and any terminator between two Latin letters or
 *       digits (www.ca.gov.sa, U.S, articles.do?id=767), does not end a sentence.
 *   <li>A full stop after a one-letter word is an abbreviation or an initial ("د. مسلم" is "Dr.",
 *       "ق.م", "ج. ازرائيل") and does not end a sentence; diacritics and tatweel do not count as
 *       letters, so "عضوًا." is a word of four letters and "هـ." one of one.
 *   <li>Edges are trimmed of white space; a piece without any letter (a list number "1.") joins the
 *       sentence after it, or the one before it at the end of the line.
 * </ol>
 */
public final class SentenceSegmenter {

  private static final char FULL_STOP = '.';
  private static final char EXCLAMATION = '!';
  private static final char QUESTION = '?';
  private static final char NEWLINE = '\n';
  private static final char GUILLEMET_OPEN = '«';
  private static final char GUILLEMET_CLOSE = '»';
  private static final char STRAIGHT_QUOTE = '"';
  private static final char CURLY_OPEN = '“';
  private static final char CURLY_CLOSE = '”';
  private static final char LOW_QUOTE = '„';
  private static final String CLOSING_BRACKETS = ")]}";
  private static final String OPENING_BRACKETS = "([{";
  private static final String OPENING_CONTEXT = "([{<«:،,;؛—–-/";

  private static final int GUILLEMETS = 1;
  private static final int DOUBLE_MARKS = 2;

  /** Splits {@code text[span]} and returns sentence spans as offsets into {@code text}. */
  public List<Span> split(String text, Span span) {
    if (span.end() > text.length()) {
      throw new IllegalArgumentException(
          "span " + span + " exceeds the text's length " + text.length());
    }
    List<Span> sentences = new ArrayList<>();
    int lineStart = span.start();
    while (lineStart <= span.end()) {
      int lineEnd = text.indexOf(NEWLINE, lineStart);
      if (lineEnd < 0 || lineEnd > span.end()) {
        lineEnd = span.end();
      }
      splitLine(text, lineStart, lineEnd, sentences);
      lineStart = lineEnd + 1;
    }
    return sentences;
  }

  public List<Span> split(String text) {
    return split(text, new Span(0, text.length()));
  }

  private static void splitLine(String text, int from, int to, List<Span> out) {
    if (to <= from) {
      return;
    }
    boolean[] quoted = new boolean[to - from];
    boolean[] endsAtMark = new boolean[to - from];
    markQuotes(text, from, to, quoted, endsAtMark);
    List<Span> line = new ArrayList<>();
    int start = from;
    for (int i = from; i < to; i++) {
      if (quoted[i - from]) {
        continue;
      }
      if (endsAtMark[i - from]) {
        add(text, start, i + 1, line);
        start = i + 1;
        continue;
      }
      char c = text.charAt(i);
      if (!isTerminator(c)
          || insideLatinWord(text, i, from, to)
          || (c == FULL_STOP && !stopEndsSentence(text, i, from, to))) {
        continue;
      }
      int end = i + 1;
      while (end < to && isTerminator(text.charAt(end)) && !quoted[end - from]) {
        end++;
      }
      while (end < to && CLOSING_BRACKETS.indexOf(text.charAt(end)) >= 0) {
        end++;
      }
      add(text, start, end, line);
      start = end;
      i = end - 1;
    }
    add(text, start, to, line);
    out.addAll(joinLetterless(line, text));
  }

  /**
   * Marks the characters inside paired quotation marks of {@code text[from, to)}, and the closing
   * marks of outermost quotations that end a sentence.
   */
  private static void markQuotes(
      String text, int from, int to, boolean[] quoted, boolean[] endsAtMark) {
    Deque<int[]> open = new ArrayDeque<>();
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      int family = familyOf(c);
      if (family == 0) {
        continue;
      }
      boolean opens;
      if (family == GUILLEMETS) {
        opens = c == GUILLEMET_OPEN;
      } else {
        boolean canOpen = opensHere(text, i, from, to);
        boolean canClose = closesHere(text, i, from, to);
        if (canOpen == canClose) {
          if (!canOpen && isSpaceAround(text, i, from, to)) {
            continue;
          }
          opens = !hasOpen(open, family);
        } else {
          opens = canOpen;
        }
      }
      if (opens) {
        open.push(new int[] {i, family});
        continue;
      }
      if (!hasOpen(open, family)) {
        continue;
      }
      int[] opener;
      do {
        opener = open.pop();
      } while (opener[1] != family);
      for (int k = opener[0] + 1; k < i; k++) {
        quoted[k - from] = true;
      }
      if (open.isEmpty()
          && i > opener[0] + 1
          && isTerminator(text.charAt(i - 1))
          && letterAfterSpace(text, i + 1, to)) {
        endsAtMark[i - from] = true;
      }
    }
  }

  private static int familyOf(char c) {
    if (c == GUILLEMET_OPEN || c == GUILLEMET_CLOSE) {
      return GUILLEMETS;
    }
    if (c == STRAIGHT_QUOTE || c == CURLY_OPEN || c == CURLY_CLOSE || c == LOW_QUOTE) {
      return DOUBLE_MARKS;
    }
    return 0;
  }

  private static boolean hasOpen(Deque<int[]> open, int family) {
    for (int[] o : open) {
      if (o[1] == family) {
        return true;
      }
    }
    return false;
  }

  private static boolean opensHere(String text, int i, int from, int to) {
    boolean afterBoundary =
        i == from
            || Character.isWhitespace(text.charAt(i - 1))
            || OPENING_CONTEXT.indexOf(text.charAt(i - 1)) >= 0
            || familyOf(text.charAt(i - 1)) != 0;
    if (!afterBoundary || i + 1 >= to) {
      return false;
    }
    char next = text.charAt(i + 1);
    return Character.isLetterOrDigit(next)
        || OPENING_BRACKETS.indexOf(next) >= 0
        || familyOf(next) != 0
        || Character.getType(next) == Character.NON_SPACING_MARK;
  }

  private static boolean closesHere(String text, int i, int from, int to) {
    if (i == from || Character.isWhitespace(text.charAt(i - 1))) {
      return false;
    }
    if (i + 1 == to) {
      return true;
    }
    char next = text.charAt(i + 1);
    return Character.isWhitespace(next) || !Character.isLetterOrDigit(next);
  }

  private static boolean isSpaceAround(String text, int i, int from, int to) {
    return (i == from || Character.isWhitespace(text.charAt(i - 1)))
        && (i + 1 == to || Character.isWhitespace(text.charAt(i + 1)));
  }

  private static boolean letterAfterSpace(String text, int i, int to) {
    if (i >= to || !Character.isWhitespace(text.charAt(i))) {
      return false;
    }
    while (i < to && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i < to && Character.isLetter(text.charAt(i));
  }

  private static boolean isTerminator(char c) {
    return c == FULL_STOP || c == EXCLAMATION || c == QUESTION || c == ARABIC_QUESTION_MARK;
  }

  /** Whether the full stop at {@code i} ends a sentence (rules 5 and 6). */
  private static boolean stopEndsSentence(String text, int i, int from, int to) {
    char prev = i > from ? text.charAt(i - 1) : ' ';
    char next = i + 1 < to ? text.charAt(i + 1) : ' ';
    if (Character.isDigit(prev) && Character.isDigit(next)) {
      return false;
    }
    return lettersInWordBefore(text, i, from) != 1;
  }

  /** The letters of the word ending just before {@code i}; diacritics and tatweel not counted. */
  private static int lettersInWordBefore(String text, int i, int from) {
    int letters = 0;
    for (int k = i - 1; k >= from; k--) {
      char c = text.charAt(k);
      if (Character.getType(c) == Character.NON_SPACING_MARK || c == TATWEEL) {
        continue;
      }
      if (!Character.isLetterOrDigit(c)) {
        break;
      }
      letters++;
    }
    return letters;
  }

  /** Rule 5: a terminator between two Latin letters or digits (a URL, "U.S") ends nothing. */
  private static boolean insideLatinWord(String text, int i, int from, int to) {
    return i > from
        && i + 1 < to
        && isLatinOrDigit(text.charAt(i - 1))
        && isLatinOrDigit(text.charAt(i + 1));
  }

  private static boolean isLatinOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static void add(String text, int start, int end, List<Span> out) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      out.add(new Span(start, end));
    }
  }

  /** Rule 7: pieces without a letter join a neighbour. */
  private static List<Span> joinLetterless(List<Span> pieces, String text) {
    List<Span> out = new ArrayList<>(pieces.size());
    int pendingStart = -1;
    for (Span piece : pieces) {
      int start = pendingStart >= 0 ? pendingStart : piece.start();
      if (!hasLetter(text, piece)) {
        pendingStart = start;
        continue;
      }
      out.add(new Span(start, piece.end()));
      pendingStart = -1;
    }
    if (pendingStart >= 0) {
      Span last = pieces.get(pieces.size() - 1);
      if (out.isEmpty()) {
        out.add(new Span(pendingStart, last.end()));
      } else {
        Span previous = out.remove(out.size() - 1);
        out.add(new Span(previous.start(), last.end()));
      }
    }
    return out;
  }

  private static boolean hasLetter(String text, Span span) {
    for (int i = span.start(); i < span.end(); i++) {
      if (Character.isLetter(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
