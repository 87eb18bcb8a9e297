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
    /** A pronoun that refers back to the last speaker (الذي، هو، بدوره). */
    ANAPHOR,
    /**
     * A statement noun (وأضاف البيان): it refers back to whoever issued the statement, and the verb
     * agrees with the noun, not with them.
     */
    STATEMENT;

    /** True for a phrase that names nobody but refers back to a speaker already named. */
    boolean refersBack() {
      return this == ANAPHOR || this == STATEMENT;
    }
  }

  /** A phrase at token {@code i} that refers back: a pronoun or a statement noun. */
  static Subject referringBack(Type type, int i) {
    return new Subject(type, i, i, null, null);
  }
}
