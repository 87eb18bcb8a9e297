package org.naba.tools.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a QA file: tab-separated, UTF-8, a header line, then {@code question, expected span,
 * article id} (the last two may be empty; an empty span marks an out-of-scope question). A span may
 * list alternatives separated by {@code |} (the same answer as outlets word it: {@code 10 في
 * المائة|10 بالمائة}); the answer must contain one of them.
 */
public final class QaFile {

  private QaFile() {}

  public static List<QaCase> read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read QA file " + file + ": " + e.getMessage(), e);
    }
    List<QaCase> cases = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      String question = cols[0].strip();
      if (question.isEmpty()) {
        throw new IllegalArgumentException(file + ":" + (i + 1) + ": empty question");
      }
      String expected = cols.length > 1 && !cols[1].isBlank() ? cols[1].strip() : null;
      String article = cols.length > 2 && !cols[2].isBlank() ? cols[2].strip() : null;
      cases.add(new QaCase(i + 1, question, expected, article));
    }
    if (cases.isEmpty()) {
      throw new IllegalArgumentException(file + ": no questions");
    }
    return cases;
  }
}
