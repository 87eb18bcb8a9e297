package org.naba.telegram;

import java.time.Duration;
import java.util.Set;
import org.naba.dialogue.DialogueSettings;

/**
 * How the bot behaves.
 *
 * @param dialogue the conversation's settings (admins, rate limit, question cap, answer cache)
 * @param limits flood control of the send queue
 * @param pollTimeoutSeconds long-polling timeout of getUpdates
 * @param workers threads that answer updates
 * @param sendTimeout how long a written request waits for Telegram's answer before its outcome
 *     counts as unknown
 * @param intake how updates come in: long polling or a webhook
 */
public record BotSettings(
    DialogueSettings dialogue,
    FloodLimits limits,
    int pollTimeoutSeconds,
    int workers,
    Duration sendTimeout,
    Intake intake) {

  /**
   * Production settings: Telegram's limits, long polling with a 50 s poll, a worker a core (at
   * least 2), 30 s for Telegram's answer to a send.
   */
  public static BotSettings defaults(Set<Long> adminIds) {
    return new BotSettings(
        DialogueSettings.defaults(adminIds),
        FloodLimits.telegram(),
        50,
        Math.max(2, Runtime.getRuntime().availableProcessors()),
        BotApi.SEND_TIMEOUT,
        new Intake.Polling());
  }

  public BotSettings withLimits(FloodLimits newLimits) {
    return new BotSettings(dialogue, newLimits, pollTimeoutSeconds, workers, sendTimeout, intake);
  }

  public BotSettings withPollTimeout(int seconds) {
    return new BotSettings(dialogue, limits, seconds, workers, sendTimeout, intake);
  }

  public BotSettings withQuestionsPerWindow(int n) {
    return new BotSettings(
        dialogue.withQuestionsPerWindow(n),
        limits,
        pollTimeoutSeconds,
        workers,
        sendTimeout,
        intake);
  }

  public BotSettings withAnswerCacheSize(int size) {
    return new BotSettings(
        dialogue.withAnswerCacheSize(size),
        limits,
        pollTimeoutSeconds,
        workers,
        sendTimeout,
        intake);
  }

  public BotSettings withSendTimeout(Duration timeout) {
    return new BotSettings(dialogue, limits, pollTimeoutSeconds, workers, timeout, intake);
  }

  public BotSettings withIntake(Intake newIntake) {
    return new BotSettings(dialogue, limits, pollTimeoutSeconds, workers, sendTimeout, newIntake);
  }
}
