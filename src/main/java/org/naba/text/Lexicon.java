package org.naba.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Naba's word lists: one concept a file under {@value #FOLDER}, read once into a hash set.
 *
 * <p>Rules of a list file (LexiconInvariantsTest checks them):
 *
 * <ul>
 *   <li>One entry a line. Lines starting with {@code #} (the header, which says what the list is
 *       for) and blank lines are skipped; surrounding white space is dropped.
 *   <li>Entries are in normal form ({@link ArabicNormalizer#normalize}), sorted, each once. Nothing
 *       is normalised on reading: what the file holds is what a normalised word is compared with.
 *   <li>A list whose name ends in {@value #AS_WRITTEN} holds words as articles write them, for
 *       rules that compare words as written (أي with its hamza: normalised, it would also be the
 *       name آي).
 *   <li>Lists read against the tokens of {@code quotes} may hold على: a token keeps its alef
 *       maqsura, since normalised it would be the name علي.
 *   <li>A table ({@link #table}) has two columns separated by white space: an entry and what it
 *       maps to.
 *   <li>A missing list is an error that names the file.
 * </ul>
 */
public final class Lexicon {

  /** The resource folder of the lists. */
  public static final String FOLDER = "/org/naba/lexicon/";

  /** How the name of a list of words as written ends. */
  public static final String AS_WRITTEN = "-as-written";

  /** How the file of a list is named after the list. */
  public static final String EXTENSION = ".txt";

  private static final char COMMENT = '#';

  private Lexicon() {}

  /** The entries of the list {@code name} ({@code FOLDER + name + ".txt"}), as a hash set. */
  public static Set<String> words(String name) {
    return frozen(entries(name));
  }

  /** The entries of all the lists {@code names}, as one hash set. */
  public static Set<String> words(String... names) {
    List<String> all = new ArrayList<>();
    for (String name : names) {
      all.addAll(entries(name));
    }
    return frozen(all);
  }

  /** The list {@code name} of two columns: each entry and the word after it. */
  public static Map<String, String> table(String name) {
    Map<String, String> table = new HashMap<>();
    for (String line : entries(name)) {
      String[] columns = line.split("\\s+");
      if (columns.length != 2) {
        throw new IllegalStateException(
            "word list " + path(name) + " needs two columns, not: " + line);
      }
      table.put(columns[0], columns[1]);
    }
    return Collections.unmodifiableMap(table);
  }

  /**
   * {@code words} as an unmodifiable hash set. Not {@link Set#copyOf}: most lookups of article
   * words miss, and a hash set compares the strings' cached hashes before it compares any
   * characters, while the immutable set compares every string on its probe path.
   */
  public static Set<String> frozen(Collection<String> words) {
    return Collections.unmodifiableSet(new HashSet<>(words));
  }

  /** The entries of the list {@code name} in file order, header and blank lines skipped. */
  public static List<String> entries(String name) {
    String path = path(name);
    try (InputStream in = Lexicon.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing word list " + path);
      }
      List<String> entries = new ArrayList<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String entry = line.strip();
        if (!entry.isEmpty() && entry.charAt(0) != COMMENT) {
          entries.add(entry);
        }
      }
      return entries;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read word list " + path, e);
    }
  }

  private static String path(String name) {
    return FOLDER + name + EXTENSION;
  }
}
