package org.naba.tools.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a QA file: tab-separated, UTF-8, a header line naming the columns, then one question a
 * line.
 *
 * <p>Columns (by header name, in any order): {@code question} (required); {@code expected}, the
 * accepted spans separated by {@code |} (the same answer as outlets word it: {@code 10 في المائة|10
 * بالمائة}); {@code kind} (factoid, said_about, latest, who_said, news, dated, said_never, oos;
 * without the column a row with no span is out of scope, any other factoid); {@code articles} or
 * {@code article}, ids separated by {@code |}; {@code speaker}, its spellings separated by {@code
 * |} (برات آلبيراق|براءت ألبيرق); other columns (a note) are ignored. A row that is in scope must
 * have a span, or articles for {@code news}.
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
    if (lines.isEmpty()) {
      throw new IllegalArgumentException(file + ": empty, no header line");
    }
    List<String> header = Arrays.asList(lines.get(0).strip().split("\t", -1));
    int question = header.indexOf("question");
    if (question < 0) {
      throw new IllegalArgumentException(file + ":1: no 'question' column in the header");
    }
    int expected = header.indexOf("expected");
    int kind = header.indexOf("kind");
    int articles =
        header.indexOf("articles") >= 0 ? header.indexOf("articles") : header.indexOf("article");
    int speaker = header.indexOf("speaker");
    List<QaCase> cases = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      String where = file + ":" + (i + 1);
      String[] cols = line.split("\t", -1);
      String q = column(cols, question);
      if (q.isEmpty()) {
        throw new IllegalArgumentException(where + ": empty question");
      }
      List<String> spans = split(column(cols, expected));
      QaCase.Kind k;
      try {
        k =
            kind >= 0
                ? QaCase.Kind.of(column(cols, kind))
                : spans.isEmpty() ? QaCase.Kind.OUT_OF_SCOPE : QaCase.Kind.FACTOID;
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
      }
      List<String> ids = split(column(cols, articles));
      if (k != QaCase.Kind.OUT_OF_SCOPE
          && spans.isEmpty()
          && !(k == QaCase.Kind.NEWS && !ids.isEmpty())) {
        throw new IllegalArgumentException(where + ": a " + k.label() + " question with no span");
      }
      String who = column(cols, speaker);
      cases.add(new QaCase(i + 1, q, k, spans, ids, who.isEmpty() ? null : who));
    }
    if (cases.isEmpty()) {
      throw new IllegalArgumentException(file + ": no questions");
    }
    return cases;
  }

  private static String column(String[] cols, int index) {
    return index >= 0 && index < cols.length ? cols[index].strip() : "";
  }

  private static List<String> split(String value) {
    return Arrays.stream(value.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
