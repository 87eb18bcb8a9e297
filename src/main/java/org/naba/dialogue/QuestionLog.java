package org.naba.dialogue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The dialogue's memory of questions: ids for the buttons under an answer, and each asker's rate.
 */
public interface QuestionLog {

  /** Remembers {@code question}; returns an id its buttons carry. */
  long remember(String question, Instant now);

  /** The question remembered as {@code id}, or empty when it is forgotten. */
  Optional<String> recall(long id);

  /**
   * Counts a question of {@code asker}; false when they already asked {@code limit} in the last
   * {@code window}.
   */
  boolean allowQuestion(long asker, int limit, Duration window, Instant now);
}
