package org.naba.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.naba.store.Article;

/**
 * Reads an article in the seed format: a UTF-8 text file.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>The first non-blank line is the title; the other non-blank lines, trimmed, are the body's
 *       paragraphs, joined with {@code \n}.
 *   <li>A last line that is only an outlet name (seed 000 ends with "روداو") names the outlet and
 *       is not part of the body.
 *   <li>An outlet named at the end of the title (seed 001's title ends with "العراقية") is taken
 *       off the title; it names the outlet when no outlet line does (see {@link
 *       OutletDirectory#atEndOfTitle} for when a name counts).
 *   <li>The published date ({@code yyyy-MM-dd}) is the first date {@link ArabicDateFinder} finds
 *       with a weekday beside it in the first {@value #DATE_PARAGRAPHS} paragraphs (the lead: "يوم
 *       الأربعاء (8 كانون الأول 2021)"), else a date in the first {@value #DATELINE_CHARS}
 *       characters of the body (a dateline); otherwise {@code null}. Other dates in a story are
 *       usually the dates of the events it tells, not of the story.
 *   <li>The id is the file name without {@code .txt}; the URL is {@code null}.
 *   <li>A sidecar {@code NAME.meta.json} beside the file may set {@code title}, {@code outlet},
 *       {@code published} (ISO 8601) and {@code url}; a field it has (even {@code null}) overrides
 *       what the text implies. A broken sidecar makes the article invalid.
 *   <li>Outlet names become their display names ({@link OutletDirectory#displayName}).
 *   <li>An empty file, or one with a title but no body (no letter or digit), is {@link
 *       Outcome#EMPTY}; a file with NUL bytes or bytes that are not UTF-8, or larger than {@value
 *       #MAX_BYTES} bytes, is {@link Outcome#INVALID}.
 * </ul>
 */
public final class SeedArticleParser {

  static final int DATE_PARAGRAPHS = 3;
  static final int DATELINE_CHARS = 60;
  static final int MAX_BYTES = 8 * 1024 * 1024;
  static final String EXTENSION = ".txt";
  static final String SIDECAR_EXTENSION = ".meta.json";

  private final OutletDirectory outlets;
  private final ArabicDateFinder dates;
  private final ObjectMapper json =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  public SeedArticleParser(OutletDirectory outlets, ArabicDateFinder dates) {
    this.outlets = outlets;
    this.dates = dates;
  }

  /** Reads {@code file} (and its sidecar, if any). */
  public Read read(Path file) {
    String location = file.toString();
    byte[] bytes;
    try {
      if (Files.size(file) > MAX_BYTES) {
        return new Read.Failed(
            location, Outcome.INVALID, "too large for one article (over " + MAX_BYTES + " bytes)");
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      return new Read.Failed(location, Outcome.INVALID, "cannot read file: " + e);
    }
    int offset = Utf8.startsWithBom(bytes, 0, bytes.length) ? Utf8.bomLength() : 0;
    String content;
    try {
      content = Utf8.decode(bytes, offset, bytes.length - offset);
    } catch (Utf8.NotText e) {
      return new Read.Failed(location, Outcome.INVALID, e.getMessage());
    }
    Read read = parse(location, idOf(file), content);
    if (!(read instanceof Read.Found found)) {
      return read;
    }
    Path sidecar = sidecarOf(file);
    if (!Files.exists(sidecar)) {
      return read;
    }
    try {
      return new Read.Found(location, applySidecar(found.article(), sidecar));
    } catch (IllegalArgumentException e) {
      return new Read.Failed(location, Outcome.INVALID, e.getMessage());
    }
  }

  /** Parses seed-format {@code content} of the article {@code id} (no sidecar). */
  public Read parse(String location, String id, String content) {
    List<String> lines = new ArrayList<>();
    for (String line : content.split("\r\n|\r|\n")) {
      String stripped = line.strip();
      if (!Words.blank(stripped)) {
        lines.add(stripped);
      }
    }
    if (!Words.any(String.join("", lines))) {
      return new Read.Failed(location, Outcome.EMPTY, "empty file");
    }
    String title = lines.get(0);
    List<String> body = new ArrayList<>(lines.subList(1, lines.size()));
    String outlet = null;
    if (!body.isEmpty()) {
      Optional<String> lineOutlet = outlets.outletLine(body.get(body.size() - 1));
      if (lineOutlet.isPresent()) {
        outlet = lineOutlet.get();
        body.remove(body.size() - 1);
      }
    }
    if (!Words.any(String.join("", body))) {
      return new Read.Failed(location, Outcome.EMPTY, "no body text after the title");
    }
    Optional<OutletDirectory.TitleOutlet> inTitle = outlets.atEndOfTitle(title);
    if (inTitle.isPresent()) {
      if (outlet == null) {
        outlet = inTitle.get().outlet();
        title = inTitle.get().title();
      } else if (outlet.equals(inTitle.get().outlet())) {
        title = inTitle.get().title();
      }
    }
    String lead = String.join("\n", body.subList(0, Math.min(DATE_PARAGRAPHS, body.size())));
    String dateline = body.get(0).substring(0, Math.min(DATELINE_CHARS, body.get(0).length()));
    String published =
        dates
            .findWithWeekday(lead)
            .or(() -> dates.find(dateline))
            .map(Object::toString)
            .orElse(null);
    return new Read.Found(
        location, new Article(id, null, outlet, title, published, String.join("\n", body)));
  }

  private Article applySidecar(Article article, Path sidecar) {
    JsonNode meta;
    try {
      meta = json.readTree(sidecar.toFile());
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "sidecar " + sidecar + " is not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read sidecar " + sidecar + ": " + e);
    }
    if (meta == null || !meta.isObject()) {
      throw new IllegalArgumentException("sidecar " + sidecar + " must hold a JSON object");
    }
    String title = article.title();
    String outlet = article.outlet();
    String published = article.published();
    String url = article.url();
    if (meta.has("title")) {
      title = text(meta, "title", sidecar);
      if (title == null) {
        title = "";
      }
    }
    if (meta.has("outlet")) {
      outlet = outlets.displayName(text(meta, "outlet", sidecar));
    }
    if (meta.has("published")) {
      published = text(meta, "published", sidecar);
      if (published != null && !IsoDates.isIso(published)) {
        throw new IllegalArgumentException(
            "sidecar " + sidecar + ": \"published\" is not an ISO 8601 date: " + published);
      }
    }
    if (meta.has("url")) {
      url = text(meta, "url", sidecar);
      if (url != null && url.isBlank()) {
        url = null;
      }
    }
    return new Article(article.id(), url, outlet, title, published, article.text());
  }

  private static String text(JsonNode meta, String field, Path sidecar) {
    JsonNode node = meta.get(field);
    if (node.isNull()) {
      return null;
    }
    if (!node.isTextual()) {
      throw new IllegalArgumentException(
          "sidecar " + sidecar + ": \"" + field + "\" must be a string or null");
    }
    return node.asText().strip();
  }

  static String idOf(Path file) {
    String name = file.getFileName().toString();
    return name.regionMatches(
            true, name.length() - EXTENSION.length(), EXTENSION, 0, EXTENSION.length())
        ? name.substring(0, name.length() - EXTENSION.length())
        : name;
  }

  static Path sidecarOf(Path file) {
    return file.resolveSibling(idOf(file) + SIDECAR_EXTENSION);
  }
}
