package org.naba.answer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.naba.text.ArabicNormalizer;
import org.naba.text.NameSpellings;

/**
 * Tells an event once: answers from articles of one story that say the same thing become one
 * answer, the best, listing every other outlet of the story that carries a matching statement; the
 * places freed go to the next statements found. Confidences and the reply's state are those
 * computed before (the first answer always stays first).
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>Two statements match ({@link #match}) when they come from articles of the same story, their
 *       speakers are not two different people, and they are the same statement (word shingles, as
 *       {@link SameStatements}) or tell the same thing in other words: they share at least {@value
 *       #SHARED_WORDS} analysed words beyond the question's, and at least {@value #SHARED_SHARE} of
 *       the words beyond the question's of the shorter one. Every statement found answers the
 *       question, so the words the question gives all of them say nothing about whether two say the
 *       same; what else they share does.
 *   <li>Answers are taken in the reply's order, then the further statements found in theirs: one
 *       that matches an answer already taken is left out; the others are taken up to the reply's
 *       size. A statement of the same story that says something else stays an answer of its own.
 *   <li>Each answer lists, once per outlet and best first, the other outlets whose articles in its
 *       story hold a matching statement among every candidate found (not only the answers), with
 *       that statement verbatim and attributed as an answer would be, marked when its wording (its
 *       normalised words) differs from the answer's. An outlet whose answer was folded into it is
 *       listed with that answer's statement, so nothing a reply would have shown is out of reach.
 *       Its own outlet is not listed.
 *   <li>An answer whose article has no story yet stays as it is.
 * </ul>
 */
final class StoryFolding {

  /** Analysed words beyond the question's that two statements of a story share to match. */
  static final int SHARED_WORDS = 2;

  /** The share of the shorter statement's words beyond the question's that the two share. */
  static final double SHARED_SHARE = 0.3;

  private final Function<Collection<String>, Map<String, String>> storyOf;
  private final Supplier<Predicate<String>> nameable;

  /**
   * @param storyOf the story of each article id that has one
   * @param nameable whether another outlet's wording may show its speaker, as now known ({@link
   *     SpeakerDirectory#nameable()})
   */
  StoryFolding(
      Function<Collection<String>, Map<String, String>> storyOf,
      Supplier<Predicate<String>> nameable) {
    this.storyOf = storyOf;
    this.nameable = nameable;
  }

  private record Key(String articleId, String text) {
    static Key of(Answer a) {
      return new Key(a.article().id(), a.text());
    }
  }

  /**
   * The answers to show: {@code shown} (in the reply's order) and then {@code further} (the next
   * statements found, with their confidence), folded by story, at most {@code max}, renumbered.
   *
   * @param questionTerms the question's analysed terms
   */
  List<Answer> fold(
      List<Answer> shown,
      List<Answer> further,
      RankedPool pool,
      Set<String> questionTerms,
      int max) {
    if (pool.all().isEmpty()) {
      return shown;
    }
    Map<Key, Candidate> bestOf = new HashMap<>();
    for (int i = 0; i < pool.answers().size(); i++) {
      bestOf.put(Key.of(pool.answers().get(i)), pool.bests().get(i));
    }
    Set<String> ids = new LinkedHashSet<>();
    pool.all().forEach(c -> ids.add(c.article().id()));
    Map<String, String> stories = storyOf.apply(ids);
    List<Answer> taken = new ArrayList<>();
    List<Candidate> takenBest = new ArrayList<>();
    List<List<Candidate>> foldedInto = new ArrayList<>();
    List<Answer> order = new ArrayList<>(shown);
    order.addAll(further);
    for (Answer a : order) {
      if (taken.size() == max) {
        break;
      }
      Candidate c = bestOf.get(Key.of(a));
      int into = -1;
      for (int i = 0; i < taken.size() && c != null && into < 0; i++) {
        Candidate t = takenBest.get(i);
        if (t != null
            && !t.article().id().equals(c.article().id())
            && match(t, c, stories, questionTerms)) {
          into = i;
        }
      }
      if (into >= 0) {
        foldedInto.get(into).add(c);
      } else {
        taken.add(a);
        takenBest.add(c);
        foldedInto.add(new ArrayList<>());
      }
    }
    List<Answer> out = new ArrayList<>(taken.size());
    Predicate<String> named = nameable.get();
    for (int i = 0; i < taken.size(); i++) {
      Answer a = taken.get(i).withRank(i + 1);
      Candidate best = takenBest.get(i);
      String story = best == null ? null : stories.get(best.article().id());
      out.add(
          story == null
              ? a
              : a.withStory(
                  story(story, a, best, foldedInto.get(i), pool, stories, questionTerms, named)));
    }
    return out;
  }

  /**
   * The other outlets of {@code story} that tell what {@code best} says, once each: those of the
   * answers {@code folded} into it first (so what they said is still shown), then best first.
   */
  private AnswerStory story(
      String story,
      Answer answer,
      Candidate best,
      List<Candidate> folded,
      RankedPool pool,
      Map<String, String> stories,
      Set<String> questionTerms,
      Predicate<String> named) {
    List<Retelling> outlets = new ArrayList<>();
    Set<String> listed = new HashSet<>();
    if (answer.article().outlet() != null) {
      listed.add(answer.article().outlet());
    }
    List<String> words = ArabicNormalizer.words(answer.text());
    List<Candidate> order = new ArrayList<>(folded); // an answer left out stays within reach
    order.addAll(pool.all());
    for (Candidate c : order) {
      String outlet = c.article().outlet();
      if (outlet == null
          || listed.contains(outlet)
          || c.article().id().equals(best.article().id())
          || !match(best, c, stories, questionTerms)) {
        continue;
      }
      listed.add(outlet);
      Answer told = StatementRanker.answer(0, c, List.of(), named);
      outlets.add(
          new Retelling(
              c.article(),
              c.kind(),
              c.text(),
              told.speaker(),
              told.role(),
              !ArabicNormalizer.words(c.text()).equals(words)));
    }
    return new AnswerStory(story, outlets);
  }

  /** Whether {@code a} and {@code b} tell the same thing in one story (the class's first rule). */
  static boolean match(
      Candidate a, Candidate b, Map<String, String> stories, Set<String> questionTerms) {
    String story = stories.get(a.article().id());
    if (story == null || !story.equals(stories.get(b.article().id()))) {
      return false;
    }
    if (!samePerson(named(a), named(b))) {
      return false;
    }
    if (Shingles.of(a.words().words()).containment(Shingles.of(b.words().words()))
        >= SameStatements.SAME_STATEMENT) {
      return true;
    }
    TermSet x = a.coverage().words();
    TermSet y = b.coverage().words();
    int shared = x.shared(y, questionTerms);
    int shorter = Math.min(x.sizeBeyond(questionTerms), y.sizeBeyond(questionTerms));
    return shared >= SHARED_WORDS && shared >= SHARED_SHARE * shorter;
  }

  private static String named(Candidate c) {
    return SpeakerCheck.plausible(c.speaker()) ? c.speaker() : null;
  }

  /**
   * Whether two speakers may be one person: unless both are named and share no name word of three
   * letters or more (in any of its spellings, {@link NameSpellings}).
   */
  static boolean samePerson(String a, String b) {
    if (a == null || b == null) {
      return true;
    }
    for (String x : ArabicNormalizer.words(a)) {
      for (String y : ArabicNormalizer.words(b)) {
        if (x.length() > 2 && NameSpellings.same(x, y)) {
          return true;
        }
      }
    }
    return false;
  }
}
