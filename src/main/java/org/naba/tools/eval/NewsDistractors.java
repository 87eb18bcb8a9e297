package org.naba.tools.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.naba.search.Unit;
import org.naba.text.Paragraphs;
import org.naba.text.SentenceSegmenter;
import org.naba.text.Span;

/**
 * Streams the sentences of a news corpus in JSON lines ({@code {"id", "url", "outlet", "title",
 * "published", "text"}}, one paragraph a line in {@code text}; gzip when the name ends in .gz) as
 * units, to index as distractors.
 */
final class NewsDistractors {

  private final SentenceSegmenter segmenter;

  NewsDistractors(SentenceSegmenter segmenter) {
    this.segmenter = segmenter;
  }

  /**
   * Hands every sentence of {@code file} to {@code sink}, article sequence numbers starting at
   * {@code firstSeq}; returns the number of units.
   */
  long stream(Path file, long firstSeq, Consumer<Unit> sink) {
    ObjectMapper json = new ObjectMapper();
    long units = 0;
    long seq = firstSeq;
    int lineNumber = 0;
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
        BufferedReader lines =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
      String line;
      while ((line = lines.readLine()) != null) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode article;
        try {
          article = json.readTree(line);
        } catch (IOException e) {
          throw new IllegalArgumentException(
              file + ":" + lineNumber + ": not JSON: " + e.getMessage(), e);
        }
        String id = article.path("id").asText("");
        String title = article.path("title").asText("");
        String body = article.path("text").asText("");
        int ordinal = 0;
        for (Span paragraph : Paragraphs.split(body)) {
          String context = paragraph.of(body);
          List<Span> sentences = segmenter.split(body, paragraph);
          for (Span s : sentences) {
            sink.accept(
                new Unit(
                    seq,
                    id,
                    Unit.Kind.SENTENCE,
                    ordinal++,
                    s.start(),
                    s.end(),
                    s.of(body),
                    context,
                    title,
                    null));
            units++;
          }
        }
        seq++;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read news corpus " + file + ": " + e.getMessage(), e);
    }
    return units;
  }
}
