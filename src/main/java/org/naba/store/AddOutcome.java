package org.naba.store;

/** What {@link Store#add} did with an article. */
public enum AddOutcome {
  /** Stored as a new article. */
  ADDED,
  /** Already stored (same URL, or same normalised text when there is no URL): nothing changed. */
  DUPLICATE,
  /** A new version of a stored article ({@link Store#put}): it replaced the old, keeping its id. */
  UPDATED
}
