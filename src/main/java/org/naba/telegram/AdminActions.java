package org.naba.telegram;

import java.nio.file.Path;

/** What admins may ask of Naba through the bot; wired in {@code cli}. */
public interface AdminActions {

  /** Rebuilds the search index from the store; returns the articles indexed. */
  int reindex();

  /** Ingests the file and indexes what was added; returns a one-line summary. */
  String ingest(Path file);

  /** Article and statement counts, one line. */
  String corpusStats();
}
