package org.naba.config;

import java.net.URI;
import java.nio.file.Path;
import java.util.Set;

/**
 * Naba's settings, resolved from {@code config/naba.properties}, the environment and flags.
 *
 * @param dataDir folder holding the SQLite store ({@code naba.db}) and the Lucene index ({@code
 *     index/})
 * @param seedsDir articles ingested when the store is empty
 * @param outletsFile outlets and their aliases
 * @param maxAnswers answers returned per question
 * @param telegramApiUrl base URL of the Telegram Bot API
 * @param adminIds Telegram user ids allowed to run admin commands
 */
public record NabaConfig(
    Path dataDir,
    Path seedsDir,
    Path outletsFile,
    int maxAnswers,
    URI telegramApiUrl,
    Set<Long> adminIds) {

  public NabaConfig {
    adminIds = Set.copyOf(adminIds);
  }

  public Path storeFile() {
    return dataDir.resolve("naba.db");
  }

  public Path indexDir() {
    return dataDir.resolve("index");
  }

  public NabaConfig withDataDir(Path dir) {
    return new NabaConfig(dir, seedsDir, outletsFile, maxAnswers, telegramApiUrl, adminIds);
  }
}
