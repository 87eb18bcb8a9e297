package org.naba.tools.eval;

/**
 * One row of a QA file: a question and the span its first answer must contain, or no span when the
 * corpus does not answer it (out of scope).
 *
 * @param line the row's line number in its file, for messages
 */
public record QaCase(int line, String question, String expected, String articleId) {

  public boolean outOfScope() {
    return expected == null;
  }
}
