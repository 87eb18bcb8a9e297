package org.naba.telegram;

import java.util.Set;
import org.naba.dialogue.DialogueSettings;

/**
 * How the bot behaves.
 *
 * @param dialogue the conversation's settings (admins, rate limit, question cap, answer cache)
 * @param limits flood control of the send queue
 * @param pollTimeoutSeconds long-polling timeout of getUpdates
 * @param workers threads that answer updates
 */
public record BotSettings(
    DialogueSettings dialogue, FloodLimits limits, int pollTimeoutSeconds, int workers) {

  /** Production settings: Telegram's limits, a 50 s long poll, a worker a core (at least 2). */
  public static BotSettings defaults(Set<Long> adminIds) {
    return new BotSettings(
        DialogueSettings.defaults(adminIds),
        FloodLimits.telegram(),
        50,
        Math.max(2, Runtime.getRuntime().availableProcessors()));
  }

  public BotSettings withLimits(FloodLimits newLimits) {
    return new BotSettings(dialogue, newLimits, pollTimeoutSeconds, workers);
  }

  public BotSettings withPollTimeout(int seconds) {
    return new BotSettings(dialogue, limits, seconds, workers);
  }

  public BotSettings withQuestionsPerWindow(int n) {
    return new BotSettings(dialogue.withQuestionsPerWindow(n), limits, pollTimeoutSeconds, workers);
  }

  public BotSettings withAnswerCacheSize(int size) {
    return new BotSettings(dialogue.withAnswerCacheSize(size), limits, pollTimeoutSeconds, workers);
  }
}
