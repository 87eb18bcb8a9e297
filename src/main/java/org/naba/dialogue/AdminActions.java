package org.naba.dialogue;

import java.nio.file.Path;
import java.util.List;

/** What admins may ask of Naba in a conversation; wired in {@code cli}. */
public interface AdminActions {

  /** Rebuilds the search index from the store; returns the articles indexed. */
  int reindex();

  /** Ingests the file and indexes what was added; returns a one-line summary. */
  String ingest(Path file);

  /** Figures about the corpus and the running surface, one a line ("name: value"). */
  List<String> stats();
}
