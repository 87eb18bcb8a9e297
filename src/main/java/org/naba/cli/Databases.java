package org.naba.cli;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import org.naba.config.NabaConfig;
import org.naba.database.PostgresDatabase;
import org.naba.digest.Subscriptions;
import org.naba.store.Store;
import org.naba.telegram.BotLedger;
import org.naba.telegram.TelegramSending;

/**
 * Opens the store, the bot ledger and the digest subscriptions where the settings say: SQLite files
 * in the data folder (the default), or the PostgreSQL database of {@code store.url}, each with its
 * own small pool. Messages name the URL without its user, password or parameters.
 */
final class Databases {

  private Databases() {}

  static Store store(NabaConfig config) {
    return config.store().isPostgres()
        ? Store.open(postgres(config), Clock.systemUTC())
        : Store.open(config.storeFile());
  }

  static BotLedger ledger(NabaConfig config) {
    return config.store().isPostgres()
        ? BotLedger.open(postgres(config))
        : BotLedger.open(ledgerFile(config));
  }

  static Subscriptions subscriptions(NabaConfig config) {
    return config.store().isPostgres()
        ? Subscriptions.open(postgres(config))
        : Subscriptions.open(ledgerFile(config));
  }

  private static Path ledgerFile(NabaConfig config) {
    return config.dataDir().resolve(TelegramSending.LEDGER_FILE);
  }

  static PostgresDatabase postgres(NabaConfig config) {
    NabaConfig.StoreSettings s = config.store();
    try {
      return PostgresDatabase.connect(s.url(), s.user(), s.password());
    } catch (SQLException e) {
      throw new IllegalStateException("store.url: " + e.getMessage(), e);
    }
  }
}
