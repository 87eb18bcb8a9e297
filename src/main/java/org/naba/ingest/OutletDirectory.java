package org.naba.ingest;

import static org.naba.text.ArabicLetters.HEH;
import static org.naba.text.ArabicLetters.TEH_MARBUTA;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.naba.text.ArabicNormalizer;

/**
 * The news outlets Naba knows, with their Arabic display names and aliases (Latin names, other
 * spellings, corpus codes), loaded from {@code config/outlets.json}.
 *
 * <p>Matching rules:
 *
 * <ul>
 *   <li>A name matches after {@link ArabicNormalizer#normalize}, Latin lower-casing, and with every
 *       character that is not a letter or digit read as a space ("rudaw.net" = "Rudaw net").
 *   <li>An outlet line is a line that is only an outlet name, optionally after "المصدر:".
 *   <li>An outlet at the end of a title is its last words; something must remain before it.
 *       Separators ({@code - – — | : ،} and brackets) between the two are dropped.
 *   <li>Without a separator, an {@linkplain Outlet#ambiguous() ambiguous} name (an ordinary phrase
 *       too, like العربية) is not recognised at the end of a title, nor is a one-word definite name
 *       right after a definite feminine noun ("الحكومة العراقية" is an adjective, not the outlet).
 * </ul>
 */
public final class OutletDirectory {

  private static final String SOURCE_PREFIX = "المصدر";
  private static final String DEFINITE = "ال";
  private static final String SEPARATORS = "-–—|:،,/";

  /**
   * One outlet.
   *
   * @param name the Arabic display name
   * @param aliases other names that mean the same outlet
   * @param ambiguous whether the name is also an ordinary phrase
   */
  public record Outlet(String name, List<String> aliases, boolean ambiguous) {
    public Outlet {
      aliases = List.copyOf(aliases);
    }
  }

  /**
   * An outlet named at the end of a title.
   *
   * @param outlet the outlet's display name
   * @param title the title without the outlet name and separator
   * @param separated whether a separator or bracket set the name apart
   */
  public record TitleOutlet(String outlet, String title, boolean separated) {}

  private final List<Outlet> outlets;
  private final Map<String, Outlet> byKey = new HashMap<>();
  private final int maxWords;

  public OutletDirectory(List<Outlet> outlets) {
    this.outlets = List.copyOf(outlets);
    int words = 1;
    for (Outlet outlet : this.outlets) {
      List<String> names = new ArrayList<>();
      names.add(outlet.name());
      names.addAll(outlet.aliases());
      for (String name : names) {
        String key = key(name);
        if (key.isEmpty()) {
          throw new IllegalArgumentException("outlet '" + outlet.name() + "' has a blank alias");
        }
        Outlet previous = byKey.putIfAbsent(key, outlet);
        if (previous != null && previous != outlet) {
          throw new IllegalArgumentException(
              "alias '"
                  + name
                  + "' names both '"
                  + previous.name()
                  + "' and '"
                  + outlet.name()
                  + "'");
        }
        words = Math.max(words, key.split(" ").length);
      }
    }
    this.maxWords = words;
  }

  /**
   * Loads the directory from a JSON file ({@code {"outlets": [{"name", "aliases", "ambiguous"}]}}).
   */
  public static OutletDirectory load(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return load(in, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read outlets file " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Loads the directory from JSON read from {@code in} (e.g. a class-path copy); {@code file} names
   * the source in errors.
   */
  public static OutletDirectory load(InputStream in, String file) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read outlets file " + file + ": " + e.getMessage(), e);
    }
    JsonNode list = root == null ? null : root.get("outlets");
    if (list == null || !list.isArray()) {
      throw new IllegalArgumentException("outlets file " + file + ": no \"outlets\" array");
    }
    List<Outlet> outlets = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      JsonNode entry = list.get(i);
      String where = "outlets file " + file + ", outlet #" + (i + 1);
      JsonNode name = entry.get("name");
      if (name == null || !name.isTextual() || name.asText().isBlank()) {
        throw new IllegalArgumentException(where + ": \"name\" must be a non-blank string");
      }
      List<String> aliases = new ArrayList<>();
      JsonNode aliasNodes = entry.get("aliases");
      if (aliasNodes != null) {
        if (!aliasNodes.isArray()) {
          throw new IllegalArgumentException(where + ": \"aliases\" must be an array of strings");
        }
        for (JsonNode alias : aliasNodes) {
          if (!alias.isTextual()) {
            throw new IllegalArgumentException(where + ": \"aliases\" must be an array of strings");
          }
          aliases.add(alias.asText());
        }
      }
      JsonNode ambiguous = entry.get("ambiguous");
      outlets.add(
          new Outlet(name.asText().strip(), aliases, ambiguous != null && ambiguous.asBoolean()));
    }
    try {
      return new OutletDirectory(outlets);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("outlets file " + file + ": " + e.getMessage(), e);
    }
  }

  public List<Outlet> outlets() {
    return outlets;
  }

  /** The display name of the outlet called {@code nameOrAlias}, if known. */
  public Optional<String> canonical(String nameOrAlias) {
    return find(nameOrAlias).map(Outlet::name);
  }

  /**
   * The display name for {@code nameOrCode}: the known outlet's name, else the input stripped;
   * {@code null} or blank gives {@code null}.
   */
  public String displayName(String nameOrCode) {
    if (nameOrCode == null || nameOrCode.isBlank()) {
      return null;
    }
    return canonical(nameOrCode).orElse(nameOrCode.strip());
  }

  /** The outlet {@code line} consists of (e.g. a seed's last line "روداو"), if any. */
  public Optional<String> outletLine(String line) {
    String key = key(line);
    if (key.startsWith(SOURCE_PREFIX + " ")) {
      key = key.substring(SOURCE_PREFIX.length() + 1);
    }
    Outlet outlet = byKey.get(key);
    return outlet == null ? Optional.empty() : Optional.of(outlet.name());
  }

  /** The outlet named by the last words of {@code title}, with the rest of the title. */
  public Optional<TitleOutlet> atEndOfTitle(String title) {
    List<int[]> words = words(title);
    for (int count = Math.min(maxWords, words.size() - 1); count >= 1; count--) {
      int first = words.size() - count;
      int start = words.get(first)[0];
      Outlet outlet = byKey.get(key(title.substring(start)));
      if (outlet == null) {
        continue;
      }
      String before = title.substring(0, start);
      boolean separated = endsWithSeparator(before) || startsWithBracket(title.substring(start));
      String rest = stripTrailingSeparators(before);
      if (rest.isEmpty()) {
        continue;
      }
      if (!separated && (outlet.ambiguous() || readsAsAdjective(title, words, first))) {
        continue;
      }
      return Optional.of(new TitleOutlet(outlet.name(), rest, separated));
    }
    return Optional.empty();
  }

  private Optional<Outlet> find(String nameOrAlias) {
    if (nameOrAlias == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(byKey.get(key(nameOrAlias)));
  }

  /** A one-word definite name after a definite word ending in ta marbuta: an adjective. */
  private static boolean readsAsAdjective(String title, List<int[]> words, int first) {
    if (first != words.size() - 1 || first == 0) {
      return false;
    }
    String name = ArabicNormalizer.normalize(wordAt(title, words, first));
    String previous = wordAt(title, words, first - 1);
    String normalizedPrevious = ArabicNormalizer.normalize(previous);
    char last = previous.isEmpty() ? ' ' : previous.charAt(previous.length() - 1);
    return name.startsWith(DEFINITE)
        && normalizedPrevious.startsWith(DEFINITE)
        && (last == TEH_MARBUTA || last == HEH);
  }

  private static String wordAt(String text, List<int[]> words, int index) {
    int[] w = words.get(index);
    return text.substring(w[0], w[1]);
  }

  /** Word spans [start, end) of {@code text}, split on white space. */
  private static List<int[]> words(String text) {
    List<int[]> words = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (i > start) {
        words.add(new int[] {start, i});
      }
    }
    return words;
  }

  private static boolean endsWithSeparator(String text) {
    String s = text.strip();
    return !s.isEmpty() && SEPARATORS.indexOf(s.charAt(s.length() - 1)) >= 0;
  }

  private static boolean startsWithBracket(String text) {
    String s = text.strip();
    return !s.isEmpty()
        && ("([{«".indexOf(s.charAt(0)) >= 0 || SEPARATORS.indexOf(s.charAt(0)) >= 0);
  }

  private static String stripTrailingSeparators(String text) {
    int end = text.length();
    while (end > 0
        && (Character.isWhitespace(text.charAt(end - 1))
            || SEPARATORS.indexOf(text.charAt(end - 1)) >= 0)) {
      end--;
    }
    return text.substring(0, end).strip();
  }

  /** The matching key: normalised, Latin lower-cased, non-alphanumerics as single spaces. */
  static String key(String name) {
    String normalized = ArabicNormalizer.normalize(name).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(normalized.length());
    boolean space = false;
    for (int i = 0; i < normalized.length(); i++) {
      char c = normalized.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (space && out.length() > 0) {
          out.append(' ');
        }
        space = false;
        out.append(c);
      } else {
        space = true;
      }
    }
    return out.toString();
  }
}
