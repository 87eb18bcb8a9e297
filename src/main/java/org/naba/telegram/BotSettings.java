package org.naba.telegram;

import java.time.Duration;
import java.util.Set;

/**
 * How the bot behaves.
 *
 * @param adminIds Telegram user ids allowed to run admin commands
 * @param limits flood control of the send queue
 * @param questionsPerWindow questions one user may ask per {@code questionWindow}
 * @param questionWindow the rate-limit window
 * @param maxQuestionLength longest question accepted, in characters
 * @param pollTimeoutSeconds long-polling timeout of getUpdates
 * @param workers threads that answer updates
 * @param answerCacheSize questions whose answers are kept for reuse (0: none)
 */
public record BotSettings(
    Set<Long> adminIds,
    FloodLimits limits,
    int questionsPerWindow,
    Duration questionWindow,
    int maxQuestionLength,
    int pollTimeoutSeconds,
    int workers,
    int answerCacheSize) {

  public BotSettings {
    adminIds = Set.copyOf(adminIds);
  }

  /** Production settings: Telegram's limits, 10 questions a minute, 300 characters. */
  public static BotSettings defaults(Set<Long> adminIds) {
    return new BotSettings(
        adminIds,
        FloodLimits.telegram(),
        10,
        Duration.ofMinutes(1),
        300,
        50,
        Math.max(2, Runtime.getRuntime().availableProcessors()),
        1_000);
  }

  public BotSettings withLimits(FloodLimits newLimits) {
    return new BotSettings(
        adminIds,
        newLimits,
        questionsPerWindow,
        questionWindow,
        maxQuestionLength,
        pollTimeoutSeconds,
        workers,
        answerCacheSize);
  }

  public BotSettings withPollTimeout(int seconds) {
    return new BotSettings(
        adminIds,
        limits,
        questionsPerWindow,
        questionWindow,
        maxQuestionLength,
        seconds,
        workers,
        answerCacheSize);
  }

  public BotSettings withQuestionsPerWindow(int n) {
    return new BotSettings(
        adminIds,
        limits,
        n,
        questionWindow,
        maxQuestionLength,
        pollTimeoutSeconds,
        workers,
        answerCacheSize);
  }

  public BotSettings withAnswerCacheSize(int size) {
    return new BotSettings(
        adminIds,
        limits,
        questionsPerWindow,
        questionWindow,
        maxQuestionLength,
        pollTimeoutSeconds,
        workers,
        size);
  }
}
