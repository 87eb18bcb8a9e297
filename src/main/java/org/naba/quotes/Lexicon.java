package org.naba.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import org.naba.text.ArabicNormalizer;

/**
 * Word lists of the quotes package, read from resource files under {@value #FOLDER}.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>One word a line, as written in articles; blank lines and lines starting with {@code #} are
 *       skipped; surrounding white space is dropped.
 *   <li>Words are normalised with {@link ArabicNormalizer#normalize}, except the preposition على
 *       ({@link Token#ALA}), which keeps its alef maqsura (normalised it would be the name علي).
 *   <li>A missing list is an error that names the file.
 * </ul>
 */
final class Lexicon {

  static final String FOLDER = "/org/naba/quotes/lexicon/";
  private static final String EXTENSION = ".txt";
  private static final char COMMENT = '#';

  private Lexicon() {}

  /**
   * {@code words} as an unmodifiable hash set. Not {@link Set#copyOf}: most lookups of article
   * words miss, and a hash set compares the strings' cached hashes before it compares any
   * characters, while the immutable set compares every string on its probe path.
   */
  static Set<String> frozen(Set<String> words) {
    return Collections.unmodifiableSet(new HashSet<>(words));
  }

  /** The normalised words of {@code FOLDER + name + ".txt"}. */
  static Set<String> load(String name) {
    String path = FOLDER + name + EXTENSION;
    try (InputStream in = Lexicon.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing word list " + path);
      }
      Set<String> words = new HashSet<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        String word = line.strip();
        if (word.isEmpty() || word.charAt(0) == COMMENT) {
          continue;
        }
        words.add(word.equals(Token.ALA) ? word : ArabicNormalizer.normalize(word));
      }
      return frozen(words);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read word list " + path, e);
    }
  }
}
