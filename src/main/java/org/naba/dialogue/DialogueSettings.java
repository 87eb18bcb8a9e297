package org.naba.dialogue;

import java.time.Duration;
import java.util.Set;

/**
 * How the dialogue behaves.
 *
 * @param adminIds user ids allowed to run admin commands
 * @param questionsPerWindow questions one user may ask per {@code questionWindow}
 * @param questionWindow the rate-limit window
 * @param maxQuestionLength longest question accepted, in characters
 * @param answerCacheSize questions whose answers are kept for reuse (0: none)
 */
public record DialogueSettings(
    Set<Long> adminIds,
    int questionsPerWindow,
    Duration questionWindow,
    int maxQuestionLength,
    int answerCacheSize) {

  public DialogueSettings {
    adminIds = Set.copyOf(adminIds);
  }

  /** Production settings: 10 questions a minute, 300 characters, 1,000 cached answers. */
  public static DialogueSettings defaults(Set<Long> adminIds) {
    return new DialogueSettings(adminIds, 10, Duration.ofMinutes(1), 300, 1_000);
  }

  /** The terminal: its one user is the operator (an admin), and is not rate limited. */
  public static DialogueSettings terminal() {
    return new DialogueSettings(
        Set.of(Chat.TERMINAL_ID), Integer.MAX_VALUE, Duration.ofMinutes(1), 300, 100);
  }

  public DialogueSettings withQuestionsPerWindow(int n) {
    return new DialogueSettings(adminIds, n, questionWindow, maxQuestionLength, answerCacheSize);
  }

  public DialogueSettings withAnswerCacheSize(int size) {
    return new DialogueSettings(
        adminIds, questionsPerWindow, questionWindow, maxQuestionLength, size);
  }

  public boolean isAdmin(Long userId) {
    return userId != null && adminIds.contains(userId);
  }
}
