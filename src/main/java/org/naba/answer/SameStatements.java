package org.naba.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The same statement from several articles as one answer listing every other source: word shingles,
 * so clipped or respelled copies still match; repeats within an article collapse.
 */
final class SameStatements {

  /** Shingle containment from which two statements are the same statement. */
  static final double SAME_STATEMENT = 0.6;

  private SameStatements() {}

  /** Collapses repeats and folds the same statement from other articles into its best copy. */
  static List<Group> merge(List<Candidate> ranked, int maxAnswers) {
    List<Group> groups = new ArrayList<>();
    for (Candidate c : ranked) {
      Shingles shingles = Shingles.of(c.words().words());
      Group same = null;
      for (Group g : groups) {
        if (g.shingles.containment(shingles) >= SAME_STATEMENT) {
          same = g;
          break;
        }
      }
      if (same == null) {
        if (groups.size() < maxAnswers) {
          groups.add(new Group(c, shingles));
        }
      } else {
        same.add(c);
      }
    }
    return groups;
  }

  /** Candidates that report one statement: the best copy and the other sources. */
  static final class Group {
    final Candidate best;
    private final Shingles shingles;
    private final Set<Long> articles = new HashSet<>();
    final List<Source> others = new ArrayList<>();

    Group(Candidate best, Shingles shingles) {
      this.best = best;
      this.shingles = shingles;
      articles.add(best.articleSeq());
    }

    void add(Candidate c) {
      if (articles.add(c.articleSeq())) {
        others.add(new Source(c.article().outlet(), c.article().id()));
      }
    }
  }
}
