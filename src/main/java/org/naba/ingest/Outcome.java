package org.naba.ingest;

/** What became of one item read from a source (an article, a line, a file). */
public enum Outcome {
  /** Stored as a new article. */
  INGESTED,
  /** A new version of a stored article (a feed's edited item): it replaced the old one. */
  UPDATED,
  /** Already in the store (same URL, or same normalised text): nothing changed. */
  DUPLICATE,
  /** An empty file, or an article without text. */
  EMPTY,
  /** Unreadable or malformed: binary, not UTF-8, broken JSON, a missing field, a store refusal. */
  INVALID,
  /** A file of a type Naba does not read, found while walking a folder. */
  SKIPPED
}
