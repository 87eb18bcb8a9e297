package org.naba.quotes;

/**
 * A top-level run of text between two quotation marks of one family.
 *
 * @param open offset of the opening mark
 * @param close offset of the closing mark, or of the paragraph end when {@code continued}
 * @param continued true when the quotation runs on into the next paragraph (its opener is not
 *     closed in this paragraph and the next paragraph opens with a mark of the same family)
 */
record MarkedSpan(int open, int close, boolean continued) {

  /** Offset of the first character inside the marks. */
  int innerStart() {
    return open + 1;
  }

  /** Offset just past the last character inside the marks. */
  int innerEnd() {
    return close;
  }

  /** Offset just past the closing mark (the paragraph end when continued). */
  int after() {
    return continued ? close : close + 1;
  }
}
