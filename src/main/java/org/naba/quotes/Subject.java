package org.naba.quotes;

/**
 * A parsed speaker phrase.
 *
 * @param type what the phrase is
 * @param nameFrom index of the first name token (tokens of {@link ArticleTokens})
 * @param nameTo index just past the last name token
 * @param role the role as the article states it, or {@code null}
 * @param firstName the first name word as displayed when it differs from the body text (a stripped
 *     لـ), or {@code null}
 */
record Subject(Type type, int nameFrom, int nameTo, String role, String firstName) {

  /** What a speaker phrase is. */
  enum Type {
    /** A name (person or organisation), maybe with a role. */
    NAMED,
    /** A role without a name (وقال المتحدث). */
    ROLE_ONLY,
    /** A pronoun or a statement noun that refers back (الذي، البيان). */
    ANAPHOR
  }
}
