package org.naba.search;

/**
 * A retrievable unit of an article: one sentence, or one direct quote.
 *
 * @param articleSeq the article's store sequence number
 * @param articleId the article's identifier
 * @param kind sentence or quote
 * @param ordinal position among the article's units of that kind
 * @param start offset of the unit's text in the article body
 * @param end offset just past the unit's text
 * @param text the unit's text, verbatim from the body
 * @param context the paragraph that holds the unit (for lower-weight context matching)
 * @param title the article's title
 * @param speaker the quote's speaker, or {@code null}
 * @param publishedDay the article's day of publication (epoch day), or {@link #UNDATED}
 */
public record Unit(
    long articleSeq,
    String articleId,
    Kind kind,
    int ordinal,
    int start,
    int end,
    String text,
    String context,
    String title,
    String speaker,
    long publishedDay) {

  /** The publication day of an article that gives none. */
  public static final long UNDATED = Long.MIN_VALUE;

  /** A unit of an article with no publication day. */
  public Unit(
      long articleSeq,
      String articleId,
      Kind kind,
      int ordinal,
      int start,
      int end,
      String text,
      String context,
      String title,
      String speaker) {
    this(articleSeq, articleId, kind, ordinal, start, end, text, context, title, speaker, UNDATED);
  }

  public enum Kind {
    SENTENCE,
    QUOTE
  }
}
