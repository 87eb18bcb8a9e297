package org.naba.quotes;

import static org.naba.text.ArabicLetters.ARABIC_COMMA;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The tokens of one article body outside its quotations, with the sentence and paragraph boundaries
 * the speaker rules need.
 *
 * <p>Rules: a sentence ends at . ! ? ؟ (not a point after a one-letter word or between letters: م.
 * بي.بي.سي) or at a quotation mark; a paragraph starts after a line break; an opening وقد/ثم is
 * read past when looking for the start of a sentence.
 */
final class ArticleTokens {

  private static final char COMMA = ',';
  private static final String SENTENCE_ENDS = ".!?؟";
  private static final char NEWLINE = '\n';

  private final String body;
  private final List<Token> tokens;
  private final int[] ends;
  private final int[] endsAtMarks;
  private Map<String, List<Integer>> occurrences;

  ArticleTokens(String body, List<Token> tokens) {
    this.body = body;
    this.tokens = List.copyOf(tokens);
    this.ends = new int[this.tokens.size()];
    this.endsAtMarks = new int[this.tokens.size()];
    indexSentenceEnds();
  }

  String body() {
    return body;
  }

  List<Token> tokens() {
    return tokens;
  }

  int firstTokenAtOrAfter(int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The indices of the word tokens with this normalised form, in order (built once, lazily). */
  List<Integer> occurrences(String norm) {
    if (occurrences == null) {
      occurrences = new HashMap<>();
      for (int i = 0; i < tokens.size(); i++) {
        if (tokens.get(i).word()) {
          occurrences.computeIfAbsent(tokens.get(i).norm(), k -> new ArrayList<>()).add(i);
        }
      }
    }
    return occurrences.getOrDefault(norm, List.of());
  }

  /**
   * True when the article uses the word at {@code k} on its own elsewhere, outside {@code [from,
   * to)}: never followed there by the word at {@code k + 1}, and followed by at least two different
   * words ("وطمأن مخارش محبي"، "لفت مخارش إلى" after "عبدالله مخارش سبب غياب"; not "شيخ" of "حسن
   * شيخ محمود", always followed by محمود).
   */
  boolean usedAlone(int k, int from, int to) {
    String next = tokens.get(k + 1).norm();
    String firstFollower = null;
    boolean distinct = false;
    for (int i : occurrences(tokens.get(k).norm())) {
      if (i >= from && i < to) {
        continue;
      }
      String follower = i + 1 < tokens.size() ? tokens.get(i + 1).norm() : "";
      if (follower.equals(next)) {
        return false;
      }
      if (firstFollower == null) {
        firstFollower = follower;
      } else {
        distinct |= !firstFollower.equals(follower);
      }
    }
    return distinct;
  }

  /** True when the words at {@code k} and {@code k + 1} stand together elsewhere too. */
  boolean pairElsewhere(int k) {
    String next = tokens.get(k + 1).norm();
    for (int i : occurrences(tokens.get(k).norm())) {
      if (i != k && i + 1 < tokens.size() && tokens.get(i + 1).is(next)) {
        return true;
      }
    }
    return false;
  }

  /** The next sentence end or quotation mark from {@code from}. */
  int sentenceEnd(int from) {
    return from >= tokens.size() ? tokens.size() : endsAtMarks[from];
  }

  /** The next sentence end from {@code from}, reading past quotation marks. */
  int sentenceEndIgnoringMarks(int from) {
    return from >= tokens.size() ? tokens.size() : ends[from];
  }

  /** For every token, the index of the next sentence end (or mark) at or after it; one pass. */
  private void indexSentenceEnds() {
    int end = tokens.size();
    int endOrMark = tokens.size();
    for (int i = tokens.size() - 1; i >= 0; i--) {
      Token t = tokens.get(i);
      if (!t.word() && SENTENCE_ENDS.indexOf(t.norm().charAt(0)) >= 0 && !abbreviationPoint(i)) {
        end = i;
        endOrMark = i;
      } else if (t.isQuoteMark()) {
        endOrMark = i;
      }
      ends[i] = end;
      endsAtMarks[i] = endOrMark;
    }
  }

  /** A point after a one-letter word or between letters (م. بي.بي.سي) ends no sentence. */
  private boolean abbreviationPoint(int i) {
    Token t = tokens.get(i);
    return i > 0
        && tokens.get(i - 1).word()
        && (tokens.get(i - 1).norm().length() == 1
            || i + 1 < tokens.size()
                && tokens.get(i + 1).start() == t.end()
                && tokens.get(i + 1).word());
  }

  /** Index just after the last sentence end before {@code index}. */
  int sentenceStart(int index) {
    int i = index;
    while (i > 0) {
      Token t = tokens.get(i - 1);
      if (!t.word() && (SENTENCE_ENDS.indexOf(t.norm().charAt(0)) >= 0 || t.isQuoteMark())) {
        break;
      }
      i--;
    }
    return i;
  }

  /** Index just after the last punctuation token before {@code index} (its clause start). */
  int clauseStart(int index) {
    int i = index;
    while (i > 0 && tokens.get(i - 1).word()) {
      i--;
    }
    return i;
  }

  /** True when no paragraph starts between tokens {@code from} and {@code to}. */
  boolean sameParagraph(int from, int to) {
    return body.substring(tokens.get(from).start(), tokens.get(to).start()).indexOf(NEWLINE) < 0;
  }

  /** True when token {@code i} opens a sentence or a paragraph. */
  boolean sentenceInitial(int i) {
    if (i == 0) {
      return true;
    }
    Token previous = tokens.get(i - 1);
    if (previous.word() && SpeakerWords.CLAUSE_CONJUNCTIONS.contains(previous.norm())) {
      // "وقد التقى المالكي …": the verb after an opening وقد
      return sentenceInitial(i - 1);
    }
    if (!previous.word()
        && SENTENCE_ENDS.indexOf(previous.norm().charAt(0)) >= 0
        && !abbreviationPoint(i - 1)) {
      return true; // not after "د." of "د.هشام دي إيدي"
    }
    for (int c = previous.end(); c < tokens.get(i).start(); c++) {
      if (body.charAt(c) == NEWLINE) {
        return true;
      }
    }
    return false;
  }

  /** True when the words {@code [from, to)} occur earlier in the body in the same order. */
  boolean namedBefore(int from, int to) {
    int length = to - from;
    for (int k = 0; k + length <= from; k++) {
      boolean same = true;
      for (int d = 0; d < length && same; d++) {
        same = tokens.get(k + d).norm().equals(tokens.get(from + d).norm());
      }
      if (same) {
        return true;
      }
    }
    return false;
  }

  static boolean isComma(Token t) {
    return !t.word() && (t.norm().charAt(0) == ARABIC_COMMA || t.norm().charAt(0) == COMMA);
  }

  static List<Token> tokensOutside(String body, List<MarkedSpan> statements) {
    List<Token> out = new ArrayList<>();
    int from = 0;
    for (MarkedSpan s : statements) {
      out.addAll(Token.split(body, from, s.innerStart()));
      from = s.innerEnd();
    }
    out.addAll(Token.split(body, from, body.length()));
    return out;
  }
}
