package org.naba.stories;

import java.time.Instant;

/**
 * Stories grouped into one: the story a reader sees. The clusterer places each article in a story
 * by its own rules; groups gather the stories whose summed stems are close, over the article's
 * candidate stories, and never feed back into where articles go: a merged story's broader stems
 * would draw the next articles in and chain unrelated stories together (docs/RETRIEVAL.md,
 * "Stories"). A group that another absorbed points to it ({@link #root}).
 */
final class StoryGroup {

  /** The id of the story that started the group: the id readers see. */
  final String id;

  private Instant first;
  private Instant last;

  /** The sum of its articles' unit term vectors. */
  private final SummedVector centroid = new SummedVector();

  private int size;
  private StoryGroup into;

  StoryGroup(String id, Instant at) {
    this.id = id;
    this.first = at;
    this.last = at;
  }

  /** The group this one now is: itself, or the group that absorbed it, followed to the end. */
  StoryGroup root() {
    StoryGroup g = this;
    while (g.into != null) {
      g = g.into;
    }
    return g;
  }

  int size() {
    return size;
  }

  /** Adds an article's unit term vector ({@code ids} ascending, {@code weights} of length 1). */
  void add(int[] ids, double[] weights, Instant at) {
    centroid.add(ids, weights);
    size++;
    widen(at, at);
  }

  /** The cosine of the two groups' summed stems. */
  double cosine(StoryGroup other) {
    return centroid.cosine(other.centroid);
  }

  /** Seconds from the earlier first article of the two groups to the later last one. */
  long spanWith(StoryGroup other) {
    Instant from = first.isBefore(other.first) ? first : other.first;
    Instant to = last.isAfter(other.last) ? last : other.last;
    return to.getEpochSecond() - from.getEpochSecond();
  }

  /**
   * Whether this group absorbs {@code other} rather than the other way: the larger, else the older.
   */
  boolean keepsOver(StoryGroup other) {
    if (size != other.size) {
      return size > other.size;
    }
    int byFirst = first.compareTo(other.first);
    return byFirst != 0 ? byFirst < 0 : id.compareTo(other.id) < 0;
  }

  /** Takes {@code other}'s articles: its stems, size and span become this group's. */
  void absorb(StoryGroup other) {
    centroid.addAll(other.centroid);
    size += other.size;
    widen(other.first, other.last);
    other.into = this;
  }

  private void widen(Instant from, Instant to) {
    if (from.isBefore(first)) {
      first = from;
    }
    if (to.isAfter(last)) {
      last = to;
    }
  }
}
