package org.naba.tools.eval;

import java.util.List;

/**
 * One question of a QA file and what answers it.
 *
 * @param line the row's line number in its file, for messages
 * @param kind what the question asks ({@link Kind#OUT_OF_SCOPE} when the corpus does not answer it)
 * @param expected accepted answer spans (any one of them answers), empty when out of scope
 * @param articles ids of the articles that hold an accepted answer (for {@link Kind#NEWS} the ones
 *     whose statements answer), may be empty
 * @param speaker who made the accepted statement, or {@code null}
 */
public record QaCase(
    int line,
    String question,
    Kind kind,
    List<String> expected,
    List<String> articles,
    String speaker) {

  public QaCase {
    expected = List.copyOf(expected);
    articles = List.copyOf(articles);
  }

  /** What a question asks, as the reader-question sets name it. */
  public enum Kind {
    FACTOID("factoid"),
    SAID_ABOUT("said_about"),
    LATEST("latest"),
    WHO_SAID("who_said"),
    NEWS("news"),
    DATED("dated"),
    SAID_NEVER("said_never"),
    OUT_OF_SCOPE("oos");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    /** The kind a file names, or an error that lists the known ones. */
    static Kind of(String label) {
      for (Kind k : values()) {
        if (k.label.equals(label)) {
          return k;
        }
      }
      throw new IllegalArgumentException(
          "unknown kind '"
              + label
              + "' (known: factoid, said_about, latest, who_said, news,"
              + " dated, said_never, oos)");
    }
  }

  public boolean outOfScope() {
    return kind == Kind.OUT_OF_SCOPE;
  }
}
