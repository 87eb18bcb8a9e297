package org.naba.quotes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a seed file as an article body: the lines after the title, without a final line that is
 * only the outlet's name (روداو), joined by "\n".
 */
final class SeedBodies {

  private static final String OUTLET_LINE = "روداو";

  private SeedBodies() {}

  static String read(Path seed) {
    List<String> lines;
    try {
      lines = new ArrayList<>(Files.readAllLines(seed, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read seed " + seed, e);
    }
    lines.remove(0);
    if (!lines.isEmpty() && lines.get(lines.size() - 1).strip().equals(OUTLET_LINE)) {
      lines.remove(lines.size() - 1);
    }
    return String.join("\n", lines);
  }
}
