package org.naba.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Names of places (a gazetteer in {@code places.txt}) found in a question, and whether a text
 * mentions them: an answer about Brussels does not answer a question about Erbil.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>Names and texts are compared after {@link ArabicNormalizer#normalize}; a place may have
 *       several spellings (أربيل، هولير), and mentioning any of them mentions the place.
 *   <li>A question word names a place when it is the name with proclitics in front: و ف, then ب ل ك
 *       (ببغداد، وبغداد، بالبصرة); a name that starts with ال also takes ل for the ل of ال
 *       (للبصرة).
 *   <li>A name of several words matches those words in a row.
 *   <li>A text mentions a place when its normalised form contains one of the spellings.
 * </ul>
 */
public final class PlaceNames {

  /** One place and its normalised spellings, each a list of words. */
  public record Place(String name, List<List<String>> spellings) {

    public Place {
      spellings = List.copyOf(spellings);
    }
  }

  private static final String RESOURCE = "places.txt";
  private static final String DEFINITE = "ال";
  private static final List<String> CONJUNCTIONS = List.of("", "و", "ف");
  private static final List<String> PREPOSITIONS = List.of("", "ب", "ل", "ك");

  private final List<Place> places;

  public PlaceNames(List<Place> places) {
    this.places = List.copyOf(places);
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
          spellings.add(words(spelling));
        }
        places.add(new Place(line.split("\\|")[0].strip(), spellings));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new PlaceNames(places);
  }

  /** The places {@code question} names, in gazetteer order. */
  public Set<Place> in(String question) {
    List<String> words = words(question);
    Set<Place> found = new LinkedHashSet<>();
    for (Place place : places) {
      for (List<String> spelling : place.spellings()) {
        if (occurs(spelling, words)) {
          found.add(place);
          break;
        }
      }
    }
    return found;
  }

  /** Whether {@code normalizedText} (already normalised) mentions {@code place}. */
  public static boolean mentions(Place place, String normalizedText) {
    for (List<String> spelling : place.spellings()) {
      if (normalizedText.contains(String.join(" ", spelling))) {
        return true;
      }
    }
    return false;
  }

  private static boolean occurs(List<String> spelling, List<String> words) {
    for (int i = 0; i + spelling.size() <= words.size(); i++) {
      boolean all = withProclitics(words.get(i), spelling.get(0));
      for (int j = 1; all && j < spelling.size(); j++) {
        all = words.get(i + j).equals(spelling.get(j));
      }
      if (all) {
        return true;
      }
    }
    return false;
  }

  private static boolean withProclitics(String word, String name) {
    for (String conjunction : CONJUNCTIONS) {
      for (String preposition : PREPOSITIONS) {
        String prefix = conjunction + preposition;
        if (word.equals(prefix + name)) {
          return true;
        }
        // ل + ال is written لل: للبصرة
        if (preposition.equals("ل")
            && name.startsWith(DEFINITE)
            && word.equals(conjunction + preposition + name.substring(1))) {
          return true;
        }
      }
    }
    return false;
  }

  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    for (String w : ArabicNormalizer.normalize(text).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    return words;
  }
}
