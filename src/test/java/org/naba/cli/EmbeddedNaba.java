package org.naba.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.naba.config.ConfigLoader;
import org.naba.config.NabaConfig;

/** Naba on the repository's default configuration, with its data in a test's own folder. */
final class EmbeddedNaba {

  private EmbeddedNaba() {}

  /** The default configuration with {@code data} as the data folder. */
  static NabaConfig config(Path data) {
    return new ConfigLoader(Path.of("."), Map.of())
        .load(Path.of("config/naba.properties"))
        .withDataDir(data);
  }

  /** Naba opened on {@code data} (the seeds ingested on first open), with {@code sources} added. */
  static Naba withArticles(Path data, Path... sources) throws Exception {
    NabaConfig config = config(data);
    Naba naba = Naba.open(config);
    Naba.ingestor(config, naba.store()).ingest(List.of(sources));
    naba.index().catchUp(naba.store());
    return naba;
  }
}
