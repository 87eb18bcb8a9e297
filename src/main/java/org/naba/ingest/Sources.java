package org.naba.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Turns paths (files and folders) into a stream of {@link Entry entries}, one per article.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>Paths are taken in the order given; a folder is walked recursively, its files in sorted
 *       path order, leaving out names that start with a dot.
 *   <li>{@code .txt} files are seed articles ({@link SeedArticleParser}); {@code .jsonl} and {@code
 *       .jsonl.gz} files are JSON lines ({@link JsonLinesReader}); extensions match in any case.
 *   <li>Sidecars ({@code *.meta.json}) are read with their article, never on their own.
 *   <li>Any other file is {@link Outcome#SKIPPED} when found in a folder, and {@link
 *       Outcome#INVALID} when named directly; a path that does not exist is invalid.
 * </ul>
 */
public final class Sources {

  private final SeedArticleParser seeds;
  private final JsonLinesReader jsonLines;

  public Sources(SeedArticleParser seeds, JsonLinesReader jsonLines) {
    this.seeds = seeds;
    this.jsonLines = jsonLines;
  }

  /** The usual wiring: seed files and JSON lines, outlets named through {@code outlets}. */
  public Sources(OutletDirectory outlets) {
    this(new SeedArticleParser(outlets, new ArabicDateFinder()), new JsonLinesReader(outlets));
  }

  /** Streams the entries of {@code paths} to {@code sink}, in order; parses nothing itself. */
  public void scan(List<Path> paths, Consumer<Entry> sink) {
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        for (Path file : filesUnder(path, sink)) {
          scanFile(file, false, sink);
        }
      } else if (Files.exists(path)) {
        scanFile(path, true, sink);
      } else {
        sink.accept(
            Entry.of(new Read.Failed(path.toString(), Outcome.INVALID, "no such file or folder")));
      }
    }
  }

  /** Reads every entry of {@code paths} on the calling thread, in order. */
  public void read(List<Path> paths, Consumer<Read> sink) {
    scan(paths, entry -> sink.accept(entry.read()));
  }

  /** Reads every entry of {@code paths} into a list (for small inputs and tests). */
  public List<Read> readAll(List<Path> paths) {
    List<Read> out = new ArrayList<>();
    read(paths, out::add);
    return out;
  }

  private void scanFile(Path file, boolean named, Consumer<Entry> sink) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(SeedArticleParser.SIDECAR_EXTENSION)) {
      return;
    }
    if (name.endsWith(SeedArticleParser.EXTENSION)) {
      sink.accept(new Entry(file.toString(), () -> seeds.read(file)));
    } else if (JsonLinesReader.handles(file)) {
      jsonLines.read(file, sink);
    } else {
      sink.accept(
          Entry.of(
              new Read.Failed(
                  file.toString(),
                  named ? Outcome.INVALID : Outcome.SKIPPED,
                  "unsupported file type (Naba reads .txt, .jsonl and .jsonl.gz)")));
    }
  }

  private static List<Path> filesUnder(Path folder, Consumer<Entry> sink) {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(p -> !p.equals(folder))
          .filter(p -> !hidden(folder.relativize(p)))
          .filter(Files::isRegularFile)
          .sorted(Comparator.comparing(Path::toString))
          .toList();
    } catch (IOException | UncheckedIOException e) {
      sink.accept(
          Entry.of(
              new Read.Failed(folder.toString(), Outcome.INVALID, "cannot list folder: " + e)));
      return List.of();
    }
  }

  private static boolean hidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
