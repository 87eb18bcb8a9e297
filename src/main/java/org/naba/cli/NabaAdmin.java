package org.naba.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.naba.dialogue.AdminActions;
import org.naba.ingest.IngestReport;

/** Admin commands over one Naba: reindex, ingest a file, figures (the corpus's and a surface's). */
final class NabaAdmin implements AdminActions {

  private final Naba naba;
  private final Supplier<List<String>> surfaceStats;

  /**
   * @param surfaceStats the running surface's own figures (the bot's sends), after the corpus's
   */
  NabaAdmin(Naba naba, Supplier<List<String>> surfaceStats) {
    this.naba = naba;
    this.surfaceStats = surfaceStats;
  }

  @Override
  public int reindex() {
    return naba.index().rebuild(naba.store());
  }

  @Override
  public String ingest(Path file) {
    IngestReport report = Naba.ingestor(naba.config(), naba.store()).ingest(List.of(file));
    int indexed = naba.index().catchUp(naba.store());
    naba.stories().catchUp();
    return report.summary() + "; indexed " + indexed;
  }

  @Override
  public List<String> stats() {
    List<String> lines = new ArrayList<>();
    lines.add("الأخبار: " + naba.store().articleCount());
    lines.add("وحدات الفهرس: " + naba.index().unitCount());
    lines.addAll(surfaceStats.get());
    return lines;
  }
}
