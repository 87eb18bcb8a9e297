package org.naba.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Word substitutions learned from the news: for a light stem (as {@link UnitFields#TEXT} holds it),
 * the other stems that outlets write in its place when they report the same sentence (تعتزم /
 * تنوي), each with its IBM Model 1 translation probability. The table is {@value #RESOURCE} beside
 * this class, rebuilt by {@value #COMMAND} (docs/RETRIEVAL.md, "Paraphrase knowledge"); a stem
 * never lists itself, since the index matches it already.
 *
 * <p>The file: comment lines starting with {@code #} (the first names the command that rebuilt it),
 * then one {@code stem<TAB>substitute<TAB>probability} a line, a stem's substitutes most probable
 * first.
 */
public final class Paraphrases {

  /** The bundled table, beside this class. */
  public static final String RESOURCE = "paraphrases.tsv";

  /** The command that rebuilds {@link #RESOURCE}. */
  public static final String COMMAND = "naba train-paraphrases";

  /** A stem that may stand for another, with the probability that it does. */
  public record Substitute(String stem, float probability) {}

  /** No substitutions. */
  public static final Paraphrases NONE = new Paraphrases(List.of(), Map.of());

  private static volatile Paraphrases bundled;

  private final List<String> header;
  private final Map<String, List<Substitute>> byStem;

  private Paraphrases(List<String> header, Map<String, List<Substitute>> byStem) {
    this.header = List.copyOf(header);
    this.byStem = byStem;
  }

  /** The bundled table, read once; an error naming the file when it is missing or malformed. */
  public static Paraphrases bundled() {
    Paraphrases p = bundled;
    if (p == null) {
      try (InputStream in = Paraphrases.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(
              "missing resource org/naba/search/" + RESOURCE + ": run " + COMMAND);
        }
        p = read(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + RESOURCE, e);
      }
      bundled = p;
    }
    return p;
  }

  /** Reads a table; {@code name} names it in errors, with the line. */
  public static Paraphrases read(Reader reader, String name) throws IOException {
    List<String> header = new ArrayList<>();
    Map<String, List<Substitute>> byStem = new HashMap<>();
    BufferedReader in = new BufferedReader(reader);
    int n = 0;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      n++;
      if (line.isBlank()) {
        continue;
      }
      if (line.startsWith("#")) {
        header.add(line.substring(1).strip());
        continue;
      }
      String[] cols = line.split("\t", -1);
      float p;
      try {
        p = cols.length == 3 ? Float.parseFloat(cols[2]) : Float.NaN;
      } catch (NumberFormatException e) {
        p = Float.NaN;
      }
      if (cols.length != 3 || cols[0].isEmpty() || cols[1].isEmpty() || !(p > 0 && p <= 1)) {
        throw new IOException(
            name + ":" + n + ": expected stem<TAB>substitute<TAB>probability in (0, 1]");
      }
      if (cols[0].equals(cols[1])) {
        throw new IOException(name + ":" + n + ": a stem cannot substitute itself: " + cols[0]);
      }
      byStem.computeIfAbsent(cols[0], k -> new ArrayList<>()).add(new Substitute(cols[1], p));
    }
    byStem.replaceAll((k, v) -> List.copyOf(v));
    return new Paraphrases(header, byStem);
  }

  /** The substitutes of {@code stem}, most probable first; empty when it has none. */
  public List<Substitute> of(String stem) {
    return byStem.getOrDefault(stem, List.of());
  }

  /** The comment lines at the top of the table, without their {@code #}. */
  public List<String> header() {
    return header;
  }

  /** How many stems have substitutes. */
  public int stems() {
    return byStem.size();
  }
}
