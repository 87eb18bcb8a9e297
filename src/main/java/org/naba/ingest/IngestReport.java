package org.naba.ingest;

import java.util.List;

/**
 * What an ingest run did: counts by {@link Outcome} and one line per problem, in input order.
 *
 * @param problems one line each, {@code file[:line]: reason}, for every empty, invalid or skipped
 *     item
 */
public record IngestReport(
    int ingested, int duplicate, int empty, int invalid, int skipped, List<String> problems) {

  public IngestReport {
    problems = List.copyOf(problems);
  }

  /** Items seen: articles and failures. */
  public int total() {
    return ingested + duplicate + empty + invalid + skipped;
  }

  /** Whether anything failed (empty or invalid); skipped files are not failures. */
  public boolean hasFailures() {
    return empty > 0 || invalid > 0;
  }

  /** One line: {@code ingested N, duplicate N, empty N, invalid N, skipped N}. */
  public String summary() {
    return "ingested "
        + ingested
        + ", duplicate "
        + duplicate
        + ", empty "
        + empty
        + ", invalid "
        + invalid
        + ", skipped "
        + skipped;
  }
}
