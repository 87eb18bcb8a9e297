package org.naba.feeds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.naba.config.ConfigLoader;

/**
 * {@code config/sources.json}: the sources a new data folder starts with, and the outlets' CSS
 * selectors for full-text extraction.
 *
 * <pre>{@code
 * {"sources": [{"url": "https://…/rss", "outlet": "روداو", "every": "5m", "enabled": true}],
 *  "extraction": {"www.example.com": {"body": "div.article-body", "drop": [".related"]}}}
 * }</pre>
 *
 * <p>{@code outlet}, {@code every} and {@code enabled} may be left out (no outlet, the {@code
 * feeds.every} setting, on). A missing file means no sources and no rules.
 */
public record SourcesFile(List<Entry> sources, ExtractionRules rules) {

  /**
   * One source to follow.
   *
   * @param outlet a name or alias of {@code config/outlets.json}, or {@code null}
   * @param every its interval, or {@code null} for the default
   */
  public record Entry(String url, String outlet, Duration every, boolean enabled) {}

  public SourcesFile {
    sources = List.copyOf(sources);
  }

  public static final SourcesFile EMPTY = new SourcesFile(List.of(), ExtractionRules.NONE);

  /**
   * Reads {@code file}; {@code null} or a missing file is {@link #EMPTY}.
   *
   * @throws IllegalArgumentException naming the file and the entry at fault
   */
  public static SourcesFile load(Path file) {
    if (file == null || !Files.exists(file)) {
      return EMPTY;
    }
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
    }
    List<Entry> entries = new ArrayList<>();
    int n = 0;
    for (JsonNode s : root.path("sources")) {
      n++;
      String url = s.path("url").asText("");
      if (url.isBlank()) {
        throw new IllegalArgumentException(file + ": source " + n + " has no \"url\"");
      }
      Duration every = null;
      if (s.hasNonNull("every")) {
        try {
          every = ConfigLoader.parseDuration(s.get("every").asText());
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(
              file + ": source " + n + " (" + url + "): " + e.getMessage(), e);
        }
      }
      entries.add(
          new Entry(
              url.strip(),
              s.hasNonNull("outlet") ? s.get("outlet").asText() : null,
              every,
              s.path("enabled").asBoolean(true)));
    }
    Map<String, ExtractionRules.Rule> rules = new LinkedHashMap<>();
    root.path("extraction")
        .fields()
        .forEachRemaining(
            e -> {
              String body = e.getValue().path("body").asText("");
              if (body.isBlank()) {
                throw new IllegalArgumentException(
                    file + ": extraction rule for " + e.getKey() + " has no \"body\" selector");
              }
              List<String> drop = new ArrayList<>();
              e.getValue().path("drop").forEach(d -> drop.add(d.asText()));
              rules.put(e.getKey(), new ExtractionRules.Rule(body, drop));
            });
    return new SourcesFile(entries, new ExtractionRules(rules));
  }
}
