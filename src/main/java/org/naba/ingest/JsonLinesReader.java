package org.naba.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.naba.store.Article;

/**
 * Reads news articles from JSON lines ({@code .jsonl}, or gzip {@code .jsonl.gz}), one object a
 * line: {@code {"id", "url", "outlet", "title", "published", "text"}}. Streams: it holds one line
 * at a time, and each line is decoded and parsed only when its {@link Entry} is read.
 *
 * <p>Rules, per line:
 *
 * <ul>
 *   <li>A blank line is not an article and is passed over.
 *   <li>Bytes that are not UTF-8, or a NUL byte, make the line invalid; so does broken JSON or a
 *       value that is not an object.
 *   <li>{@code id}: required, a non-blank string (or an integer); otherwise invalid.
 *   <li>{@code text}: required, a string; missing or not a string is invalid; without any letter or
 *       digit (blank, or only no-break spaces) it is empty.
 *   <li>{@code title}: a string or null; missing or null gives an empty title (SaudiNewsNet has
 *       articles without one).
 *   <li>{@code outlet}: a string or null; a code or alias becomes the outlet's display name via
 *       {@link OutletDirectory}, an unknown one is kept as given.
 *   <li>{@code url}: a string or null; blank is null.
 *   <li>{@code published}: an ISO 8601 date or date-time, kept as given; anything else is dropped
 *       (null), never guessed.
 *   <li>Any other field is ignored. The text is kept exactly as given.
 * </ul>
 *
 * <p>Per file: an empty file (or one with only blank lines) is {@link Outcome#EMPTY}; NUL bytes in
 * its first {@value #SNIFF_BYTES} bytes make it binary and {@link Outcome#INVALID} as a whole; a
 * broken gzip stream is reported at the line where it broke, after the lines before it.
 */
public final class JsonLinesReader {

  static final int SNIFF_BYTES = 8192;
  private static final int BUFFER_BYTES = 1 << 16;
  private static final byte NEWLINE = '\n';
  private static final byte CARRIAGE_RETURN = '\r';

  private final OutletDirectory outlets;
  private final ObjectMapper json =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  public JsonLinesReader(OutletDirectory outlets) {
    this.outlets = outlets;
  }

  static boolean handles(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".jsonl") || name.endsWith(".jsonl.gz");
  }

  private static boolean gzipped(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
  }

  /** Streams the entries of {@code file} to {@code sink}, in line order. */
  public void read(Path file, Consumer<Entry> sink) {
    String name = file.toString();
    try {
      if (Files.size(file) == 0) {
        sink.accept(Entry.of(new Read.Failed(name, Outcome.EMPTY, "empty file")));
        return;
      }
    } catch (IOException e) {
      sink.accept(Entry.of(new Read.Failed(name, Outcome.INVALID, "cannot read file: " + e)));
      return;
    }
    int lineNumber = 0;
    int articles = 0;
    try (InputStream raw = Files.newInputStream(file);
        InputStream in =
            gzipped(file)
                ? new GZIPInputStream(raw, BUFFER_BYTES)
                : new BufferedInputStream(raw, BUFFER_BYTES)) {
      LineSplitter lines = new LineSplitter(in);
      byte[] line;
      while ((line = lines.next()) != null) {
        lineNumber++;
        if (lineNumber == 1) {
          int nul = Utf8.indexOfNul(lines.firstBytes(), 0, lines.firstBytesLength());
          if (nul >= 0) {
            sink.accept(
                Entry.of(
                    new Read.Failed(
                        name, Outcome.INVALID, "binary file (NUL byte at byte " + nul + ")")));
            return;
          }
          if (Utf8.startsWithBom(line, 0, line.length)) {
            line = Arrays.copyOfRange(line, Utf8.bomLength(), line.length);
          }
        }
        if (isBlank(line)) {
          continue;
        }
        articles++;
        String location = name + ":" + lineNumber;
        byte[] bytes = line;
        sink.accept(new Entry(location, () -> parse(location, bytes)));
      }
    } catch (IOException e) {
      String where = lineNumber == 0 ? name : name + ":" + (lineNumber + 1);
      sink.accept(
          Entry.of(
              new Read.Failed(
                  where,
                  Outcome.INVALID,
                  (gzipped(file) ? "broken gzip data: " : "cannot read: ") + e.getMessage())));
      return;
    }
    if (articles == 0) {
      sink.accept(Entry.of(new Read.Failed(name, Outcome.EMPTY, "no articles (only blank lines)")));
    }
  }

  /** Parses one line's bytes (without the newline) read at {@code location}. */
  Read parse(String location, byte[] bytes) {
    String text;
    try {
      text = Utf8.decode(bytes, 0, bytes.length);
    } catch (Utf8.NotText e) {
      return new Read.Failed(location, Outcome.INVALID, e.getMessage());
    }
    JsonNode node;
    try {
      node = json.readTree(text);
    } catch (JsonProcessingException e) {
      return new Read.Failed(location, Outcome.INVALID, "broken JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      return new Read.Failed(location, Outcome.INVALID, "not a JSON object");
    }
    JsonNode id = node.get("id");
    if (id == null || !(id.isTextual() || id.isIntegralNumber()) || id.asText().isBlank()) {
      return new Read.Failed(
          location, Outcome.INVALID, "missing \"id\" (a non-blank string is required)");
    }
    String articleId = id.asText().strip();
    JsonNode body = node.get("text");
    if (body == null || !body.isTextual()) {
      return new Read.Failed(
          location,
          Outcome.INVALID,
          "article '" + articleId + "': missing \"text\" (a string is required)");
    }
    if (!Words.any(body.asText())) {
      return new Read.Failed(location, Outcome.EMPTY, "article '" + articleId + "': blank text");
    }
    String title;
    String outlet;
    String url;
    String published;
    try {
      title = optionalText(node, "title");
      outlet = optionalText(node, "outlet");
      url = optionalText(node, "url");
      published = optionalText(node, "published");
    } catch (IllegalArgumentException e) {
      return new Read.Failed(
          location, Outcome.INVALID, "article '" + articleId + "': " + e.getMessage());
    }
    if (url != null && url.isBlank()) {
      url = null;
    }
    if (published != null && !IsoDates.isIso(published.strip())) {
      published = null;
    }
    return new Read.Found(
        location,
        new Article(
            articleId,
            url == null ? null : url.strip(),
            outlets.displayName(outlet),
            title == null ? "" : title.strip(),
            published == null ? null : published.strip(),
            body.asText()));
  }

  private static String optionalText(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw new IllegalArgumentException("\"" + field + "\" must be a string or null");
    }
    return value.asText();
  }

  private static boolean isBlank(byte[] line) {
    for (byte b : line) {
      if (b != ' ' && b != '\t' && b != CARRIAGE_RETURN) {
        return false;
      }
    }
    return true;
  }

  /** Splits a byte stream on {@code \n}, dropping a {@code \r} before it. */
  private static final class LineSplitter {
    private final InputStream in;
    private byte[] buffer = new byte[BUFFER_BYTES];
    private int start;
    private int end;
    private boolean eof;
    private byte[] first;
    private int firstLength = -1;

    LineSplitter(InputStream in) {
      this.in = in;
    }

    /** The file's first bytes (up to {@value JsonLinesReader#SNIFF_BYTES}), after one next(). */
    byte[] firstBytes() {
      return first;
    }

    int firstBytesLength() {
      return firstLength;
    }

    byte[] next() throws IOException {
      int scanned = 0;
      while (true) {
        for (int i = start + scanned; i < end; i++) {
          if (buffer[i] == NEWLINE) {
            int lineEnd = i > start && buffer[i - 1] == CARRIAGE_RETURN ? i - 1 : i;
            byte[] line = Arrays.copyOfRange(buffer, start, lineEnd);
            start = i + 1;
            return line;
          }
        }
        scanned = end - start;
        if (eof) {
          if (start == end) {
            return null;
          }
          byte[] line = Arrays.copyOfRange(buffer, start, end);
          start = end;
          return line;
        }
        fill();
      }
    }

    private void fill() throws IOException {
      if (start > 0) {
        System.arraycopy(buffer, start, buffer, 0, end - start);
        end -= start;
        start = 0;
      }
      if (end == buffer.length) {
        buffer = Arrays.copyOf(buffer, buffer.length * 2);
      }
      int n = in.read(buffer, end, buffer.length - end);
      if (n < 0) {
        eof = true;
        n = 0;
      }
      if (firstLength < 0) {
        firstLength = Math.min(n, SNIFF_BYTES);
        first = Arrays.copyOf(buffer, firstLength);
      }
      end += n;
    }
  }
}
