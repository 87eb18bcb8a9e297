package org.naba.ingest;

import java.util.Objects;
import org.naba.store.Article;

/** One item read from a source: an article, or the reason there is none. */
public sealed interface Read {

  /** Where the item came from: {@code file} or {@code file:line}. */
  String location();

  /** An article read from {@code location}. */
  record Found(String location, Article article) implements Read {
    public Found {
      Objects.requireNonNull(location, "location");
      Objects.requireNonNull(article, "article");
    }
  }

  /** Nothing usable at {@code location}, with the outcome and a one-line reason. */
  record Failed(String location, Outcome outcome, String reason) implements Read {
    public Failed {
      Objects.requireNonNull(location, "location");
      Objects.requireNonNull(outcome, "outcome");
      Objects.requireNonNull(reason, "reason");
    }

    /** The report line: {@code location: reason}. */
    public String line() {
      return location + ": " + reason;
    }
  }
}
