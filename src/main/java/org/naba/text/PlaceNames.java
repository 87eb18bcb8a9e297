package org.naba.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Names of places (a gazetteer in {@code places.txt}) found in a question, and whether a text
 * mentions them: an answer about Brussels does not answer a question about Erbil.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>Names and texts are compared after {@link ArabicNormalizer#normalize}; a place may have
 *       several spellings (أربيل، هولير), and mentioning any of them mentions the place.
 *   <li>A question word names a place when it is the name with proclitics in front ({@link
 *       Proclitics}): و ف, then ب ل ك (ببغداد، وبغداد، بالبصرة); a name that starts with ال also
 *       takes ل for the ل of ال (للبصرة).
 *   <li>A name of several words matches those words in a row.
 *   <li>A text mentions a place when its normalised form contains one of the spellings, or, for a
 *       name of one word, holds a word that is the name's adjective (its nisba): إسبانيا →
 *       الإسبانية، مصر → المصريون، العراق → عراقي، السعودية → السعودي. The adjective is matched as
 *       a whole word (after proclitics and ال, with ة، ون، ين، ات after it), not inside another
 *       word: روسي is in الروسية but not in الفروسية.
 * </ul>
 */
public final class PlaceNames {

  /**
   * One place, its normalised spellings, each a list of words, and the adjectives of its one-word
   * spellings ({@link #adjective}), made once.
   */
  public record Place(String name, List<List<String>> spellings, Set<String> adjectives) {

    public Place {
      spellings = List.copyOf(spellings);
      adjectives = Set.copyOf(adjectives);
    }

    public Place(String name, List<List<String>> spellings) {
      this(
          name,
          spellings,
          spellings.stream()
              .filter(s -> s.size() == 1)
              .map(s -> adjective(s.get(0)))
              .collect(Collectors.toSet()));
    }
  }

  private static final String RESOURCE = "places.txt";

  /** What ends the adjective of a place in a text: its feminine, its plurals. */
  private static final List<String> ADJECTIVE_ENDINGS = List.of("", "ه", "ون", "ين", "ات");

  // the proclitics are closed sets that are part of the rules, not word lists

  private final List<Place> places;

  /** Each spelling under its first word, so a question is read in one pass over its words. */
  private final Map<String, List<Entry>> byFirstWord = new HashMap<>();

  private record Entry(Place place, List<String> spelling) {}

  public PlaceNames(List<Place> places) {
    this.places = List.copyOf(places);
    for (Place place : this.places) {
      for (List<String> spelling : place.spellings()) {
        byFirstWord
            .computeIfAbsent(spelling.get(0), w -> new ArrayList<>())
            .add(new Entry(place, spelling));
      }
    }
  }

  /** The gazetteer shipped with Naba. */
  public static PlaceNames bundled() {
    try (InputStream in = PlaceNames.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource org/naba/text/" + RESOURCE + " is missing");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read org/naba/text/" + RESOURCE, e);
    }
  }

  /** Reads a gazetteer: one place a line, spellings separated by |, # starts a comment line. */
  public static PlaceNames parse(String text) {
    List<Place> places = new ArrayList<>();
    try (BufferedReader lines = new BufferedReader(new java.io.StringReader(text))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        line = line.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        List<List<String>> spellings = new ArrayList<>();
        for (String spelling : line.split("\\|")) {
          spellings.add(ArabicNormalizer.words(spelling));
        }
        places.add(new Place(line.split("\\|")[0].strip(), spellings));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new PlaceNames(places);
  }

  /** Every spelling of one word, normalised (بغداد، البصره، جيزان). */
  public Set<String> oneWordSpellings() {
    Set<String> words = new HashSet<>();
    for (Place place : places) {
      for (List<String> spelling : place.spellings()) {
        if (spelling.size() == 1) {
          words.add(spelling.get(0));
        }
      }
    }
    return Set.copyOf(words);
  }

  /** The places {@code question} names, in gazetteer order. */
  public Set<Place> in(String question) {
    return in(ArabicNormalizer.words(question));
  }

  /** The places {@code words} (normalised, as {@link ArabicNormalizer#words} gives them) name. */
  public Set<Place> in(List<String> words) {
    Set<Place> found = new HashSet<>();
    for (int i = 0; i < words.size(); i++) {
      for (String bare : Proclitics.stripped(words.get(i))) {
        for (Entry entry : byFirstWord.getOrDefault(bare, List.of())) {
          if (followedBy(words, i, entry.spelling())) {
            found.add(entry.place());
          }
        }
      }
    }
    Set<Place> ordered = new LinkedHashSet<>();
    for (Place place : places) {
      if (found.contains(place)) {
        ordered.add(place);
      }
    }
    return ordered;
  }

  /** Whether {@code normalizedText} (already normalised) mentions {@code place}. */
  public static boolean mentions(Place place, String normalizedText) {
    for (List<String> spelling : place.spellings()) {
      if (normalizedText.contains(String.join(" ", spelling))) {
        return true;
      }
    }
    // most texts hold no adjective even inside a word: only those are read word by word
    return place.adjectives().stream().anyMatch(normalizedText::contains)
        && holdsAdjective(normalizedText, place.adjectives());
  }

  /**
   * The adjective of a one-word name, without ال: اسبانيا → اسباني، السعوديه → سعودي، فرنسا →
   * فرنسي، البصره → بصري، العراق → عراقي.
   */
  static String adjective(String name) {
    String bare = Proclitics.withoutArticle(name);
    if (bare.endsWith("يا") || bare.endsWith("يه")) {
      return bare.substring(0, bare.length() - 1);
    }
    if (bare.endsWith("ا") || bare.endsWith("ه")) {
      bare = bare.substring(0, bare.length() - 1);
    }
    return bare + "ي";
  }

  private static boolean holdsAdjective(String normalizedText, Set<String> adjectives) {
    for (String word : ArabicNormalizer.words(normalizedText)) {
      for (String bare : Proclitics.bare(word)) {
        for (String ending : ADJECTIVE_ENDINGS) {
          if (bare.endsWith(ending)
              && adjectives.contains(bare.substring(0, bare.length() - ending.length()))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Whether the words after position {@code i} are the rest of {@code spelling}. */
  private static boolean followedBy(List<String> words, int i, List<String> spelling) {
    if (i + spelling.size() > words.size()) {
      return false;
    }
    for (int j = 1; j < spelling.size(); j++) {
      if (!words.get(i + j).equals(spelling.get(j))) {
        return false;
      }
    }
    return true;
  }
}
