package org.naba.answer;

/**
 * Another outlet's telling of an answer's statement, from an article of the same story: verbatim
 * from that article, with its own attribution.
 *
 * @param article the outlet's article
 * @param kind a direct quote, or a passage of the article's narrative
 * @param text verbatim from that article's body
 * @param speaker who said it as that article attributes it, or {@code null} when unknown, doubtful
 *     or a passage (then the reply says "بحسب" and the outlet)
 * @param role the speaker's role as that article states it, or {@code null}
 * @param differs whether its wording differs from the answer's (normalised words): only then is it
 *     worth showing
 */
public record Retelling(
    ArticleRef article,
    Answer.Kind kind,
    String text,
    String speaker,
    String role,
    boolean differs) {

  public String outlet() {
    return article.outlet();
  }
}
