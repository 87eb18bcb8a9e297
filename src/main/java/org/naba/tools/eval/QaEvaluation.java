package org.naba.tools.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.naba.answer.Answer;
import org.naba.answer.AnswerSet;
import org.naba.text.ArabicNormalizer;
import org.naba.text.Lexicon;
import org.naba.text.NameSpellings;

/**
 * Scores Naba's replies against a QA file.
 *
 * <p>Figures:
 *
 * <ul>
 *   <li><b>coverage</b>: the share of in-scope questions answered with {@link
 *       AnswerSet.Status#ANSWER};
 *   <li><b>precision</b>: the share of those answers whose first statement is right;
 *   <li><b>top-1</b> and <b>top-3</b>: the right statement first, or among the first three,
 *       whatever the status;
 *   <li><b>declined</b>: the share of out-of-scope questions that got {@code related} or {@code
 *       none};
 *   <li><b>wrong speakers</b>: answers that name a speaker other than the one the file gives, when
 *       their statement is right or the question asks about that speaker; and replies, sure or not,
 *       whose note names another («…»: "لم أجد تصريحات لـ«X» عن هذا").
 * </ul>
 *
 * <p>A statement is right when its text contains one of the expected spans after Arabic
 * normalisation; for a {@code news} question, when it comes from one of the listed articles.
 */
public final class QaEvaluation {

  /** Words of lineage (أبو، بن): shared alone, they make no two names one. */
  private static final Set<String> LINKS = Lexicon.words("lineage-links");

  private final Function<String, AnswerSet> answerer;

  public QaEvaluation(Function<String, AnswerSet> answerer) {
    this.answerer = answerer;
  }

  /** Counts for one group of questions (all, or one kind). */
  public static final class Counts {
    int inScope;
    int answered;
    int answeredRight;
    int top1;
    int top3;
    int outOfScope;
    int declined;
    int wrongSpeakers;

    public int inScope() {
      return inScope;
    }

    public int outOfScope() {
      return outOfScope;
    }

    public int wrongSpeakers() {
      return wrongSpeakers;
    }

    public double coverage() {
      return share(answered, inScope);
    }

    public double precision() {
      return share(answeredRight, answered);
    }

    public double top1() {
      return share(top1, inScope);
    }

    public double top3() {
      return share(top3, inScope);
    }

    public double declined() {
      return share(declined, outOfScope);
    }

    private static double share(int part, int whole) {
      return whole == 0 ? 0 : part / (double) whole;
    }

    /** One line of the figures that apply. */
    public String summary() {
      List<String> parts = new ArrayList<>();
      if (inScope > 0) {
        parts.add(
            String.format(
                Locale.ROOT,
                "coverage %.3f (%d/%d), precision %.3f (%d/%d), top-1 %.3f (%d/%d), top-3 %.3f"
                    + " (%d/%d)",
                coverage(),
                answered,
                inScope,
                precision(),
                answeredRight,
                answered,
                top1(),
                top1,
                inScope,
                top3(),
                top3,
                inScope));
      }
      if (outOfScope > 0) {
        parts.add(
            String.format(Locale.ROOT, "declined %.3f (%d/%d)", declined(), declined, outOfScope));
      }
      parts.add("wrong speakers " + wrongSpeakers);
      return String.join(", ", parts);
    }
  }

  /**
   * The figures for a file.
   *
   * @param byKind the same figures per kind of question
   * @param misses every in-scope question whose first statement missed or was not sure, and every
   *     out-of-scope question that got an answer, with what was replied
   */
  public record Report(
      Counts all, Map<QaCase.Kind, Counts> byKind, List<String> misses, List<Row> rows) {}

  /**
   * One question's outcome, for looking at the confidences behind the figures.
   *
   * @param confidence the first answer's confidence (0 when nothing was answered)
   * @param firstRight whether the first statement is right (always false out of scope)
   * @param top3Right whether one of the first three is right
   */
  public record Row(
      QaCase question,
      AnswerSet.Status status,
      double confidence,
      boolean firstRight,
      boolean top3Right) {}

  public Report run(List<QaCase> cases) {
    Counts all = new Counts();
    Map<QaCase.Kind, Counts> byKind = new EnumMap<>(QaCase.Kind.class);
    List<String> misses = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    for (QaCase c : cases) {
      AnswerSet set = answerer.apply(c.question());
      Row row = row(c, set);
      rows.add(row);
      Counts kind = byKind.computeIfAbsent(c.kind(), k -> new Counts());
      for (Counts n : List.of(all, kind)) {
        count(n, row, set);
      }
      String verdict = verdict(row, set);
      if (verdict != null) {
        misses.add(
            "line " + c.line() + " [" + c.kind().label() + "] " + c.question() + " → " + verdict);
      }
    }
    return new Report(all, byKind, misses, rows);
  }

  private static Row row(QaCase c, AnswerSet set) {
    List<Answer> answers = set.answers();
    boolean inScope = !c.outOfScope();
    return new Row(
        c,
        set.status(),
        answers.isEmpty() ? 0 : answers.get(0).confidence(),
        inScope && !answers.isEmpty() && right(answers.get(0), c),
        inScope && answers.stream().limit(3).anyMatch(a -> right(a, c)));
  }

  /** Adds one question's outcome ({@code row}, read once) to {@code n}. */
  private static void count(Counts n, Row row, AnswerSet set) {
    QaCase c = row.question();
    List<Answer> answers = set.answers();
    if (c.outOfScope()) {
      n.outOfScope++;
      if (!set.answered()) {
        n.declined++;
      }
      return;
    }
    n.inScope++;
    boolean firstRight = row.firstRight();
    if (firstRight) {
      n.top1++;
    }
    if (row.top3Right()) {
      n.top3++;
    }
    if (set.answered()) {
      n.answered++;
      if (firstRight) {
        n.answeredRight++;
      }
    }
    if (set.answered() && wrongSpeaker(answers.get(0), c, firstRight) || wrongInNote(set, c)) {
      n.wrongSpeakers++;
    }
  }

  /** What went wrong with {@code set}, or {@code null} when nothing did. */
  private static String verdict(Row row, AnswerSet set) {
    QaCase c = row.question();
    List<Answer> answers = set.answers();
    String first = answers.isEmpty() ? "(nothing)" : answers.get(0).text();
    String status = set.status().name().toLowerCase(Locale.ROOT);
    if (c.outOfScope()) {
      return set.answered() ? "answer: " + first : null;
    }
    boolean right = row.firstRight();
    if (wrongInNote(set, c)) {
      return "wrong speaker in the note (expected " + c.speaker() + "): " + set.note();
    }
    if (set.answered() && wrongSpeaker(answers.get(0), c, right)) {
      return "wrong speaker "
          + answers.get(0).speaker()
          + " (expected "
          + c.speaker()
          + "): "
          + first;
    }
    return right && set.answered() ? null : status + (right ? " (right)" : "") + ": " + first;
  }

  /** Whether {@code a} is right for {@code c}. */
  static boolean right(Answer a, QaCase c) {
    if (c.kind() == QaCase.Kind.NEWS && c.articles().contains(a.article().id())) {
      return true;
    }
    return contains(a.text(), c.expected());
  }

  private static boolean wrongSpeaker(Answer first, QaCase c, boolean right) {
    if (c.speaker() == null || first.speaker() == null) {
      return false;
    }
    boolean asksAboutSpeaker =
        c.kind() == QaCase.Kind.SAID_ABOUT
            || c.kind() == QaCase.Kind.LATEST
            || c.kind() == QaCase.Kind.SAID_NEVER;
    return (right || asksAboutSpeaker) && !goldSpeaker(c, first.speaker());
  }

  /** Whether the reply's note names a speaker («…») other than the one the file gives. */
  static boolean wrongInNote(AnswerSet set, QaCase c) {
    String note = set.note();
    if (c.speaker() == null || note == null) {
      return false;
    }
    int open = note.indexOf('«');
    int close = note.indexOf('»', open + 1);
    return open >= 0 && close > open && !goldSpeaker(c, note.substring(open + 1, close));
  }

  /**
   * Whether {@code named} is the speaker the file gives, under any of its spellings there (the
   * column may list them with {@code |}: برات آلبيراق|براءت ألبيرق, as articles write the name).
   */
  private static boolean goldSpeaker(QaCase c, String named) {
    return Arrays.stream(c.speaker().split("\\|")).anyMatch(g -> sameSpeaker(g.strip(), named));
  }

  /**
   * Whether two names are the same speaker: they share a word of three letters or more, in the same
   * or another spelling of a name (a full name and a surname, نتنياهو and نتانياهو), two words of
   * one written as one word of the other (أبو تريكة, أبوتريكة) included; a lineage link (أبو، بن)
   * alone is no shared name; and two full names whose given names differ are two people who share a
   * family name (عائض القرني is not شبنان بن مبارك القرني).
   */
  static boolean sameSpeaker(String gold, String named) {
    List<String> goldWords = ArabicNormalizer.words(gold);
    List<String> namedWords = ArabicNormalizer.words(named);
    if (otherGivenName(goldWords, namedWords)) {
      return false;
    }
    List<String> namedAll = withJoinedPairs(namedWords);
    for (String g : withJoinedPairs(goldWords)) {
      if (g.length() < 3 || LINKS.contains(g)) {
        continue;
      }
      for (String n : namedAll) {
        if (NameSpellings.same(g, n)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether both names have two words or more, open with an indefinite word (a given name, not
   * الرئيس), and neither given name (or its first two words as one: عبد اللطيف، عبداللطيف) is a
   * word of the other name.
   */
  private static boolean otherGivenName(List<String> a, List<String> b) {
    if (a.size() < 2 || b.size() < 2 || a.get(0).startsWith("ال") || b.get(0).startsWith("ال")) {
      return false;
    }
    return !anySame(List.of(a.get(0), a.get(0) + a.get(1)), withJoinedPairs(b))
        && !anySame(List.of(b.get(0), b.get(0) + b.get(1)), withJoinedPairs(a));
  }

  private static boolean anySame(List<String> words, List<String> others) {
    return words.stream().anyMatch(w -> others.stream().anyMatch(o -> NameSpellings.same(w, o)));
  }

  /** A name's words, and each two neighbouring words written as one. */
  private static List<String> withJoinedPairs(List<String> words) {
    List<String> all = new ArrayList<>(words);
    for (int i = 0; i + 1 < words.size(); i++) {
      all.add(words.get(i) + words.get(i + 1));
    }
    return all;
  }

  /** Whether {@code text} contains one of the spans, compared after normalisation. */
  static boolean contains(String text, List<String> spans) {
    String normalized = ArabicNormalizer.normalize(text);
    for (String span : spans) {
      if (!span.isBlank() && normalized.contains(ArabicNormalizer.normalize(span.strip()))) {
        return true;
      }
    }
    return false;
  }
}
