package org.naba.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The invariants of the word lists under {@link Lexicon#FOLDER}, in the spirit of jsoup's {@code
 * ensureArraysAreSorted}: a list that breaks one has dead or doubtful entries.
 */
class LexiconInvariantsTest {

  /** The preposition على as the tokens of quotes keep it (normalised it would be the name علي). */
  private static final String ALA = "على";

  /** Lists read against the tokens of quotes, which keep على as it is written. */
  private static final Set<String> TOKEN_FORM = Set.of("speaker-stop-words");

  /** Lists of two columns: an entry in normal form, then what it maps to. */
  private static final Set<String> TABLES =
      Set.of(
          "interrogatives",
          "calendar-months",
          "weekdays",
          "small-numbers",
          "time-units",
          "dialect-words");

  /** Pairs of lists that share no entry, and why they must not. */
  private static final List<Pair> DISJOINT =
      List.of(
          new Pair(
              "function-words",
              "question-words",
              "the stop filter drops either, and a word that is both is listed as a question word"),
          new Pair(
              "question-function-words",
              "interrogatives",
              "an interrogative sets what a question asks; a function word only leaves its topic"),
          new Pair(
              "question-function-words",
              "question-speech-verbs",
              "a speech verb makes a question ask what someone said and opens the speaker's name"),
          new Pair(
              "question-function-words",
              "according-to-words",
              "a source word opens the name of the source a question asks about"),
          new Pair(
              "today-words",
              "yesterday-words",
              "a question's day is today or yesterday, never both"),
          new Pair(
              "past-words",
              "current-words",
              "a week, month or year is the last one or this one, never both"),
          new Pair(
              "anaphors",
              "statement-nouns",
              "an anaphor stands for the last speaker, a statement noun for whoever issued it"),
          new Pair(
              "audiences",
              "role-heads",
              "an addressee after a verb is never its speaker, a role head opens the speaker"),
          new Pair(
              "cue-verbs-strong",
              "name-links",
              "a speech verb introduces a speaker and is never part of a name"),
          new Pair(
              "cue-verbs-weak",
              "name-links",
              "a speech verb introduces a speaker and is never part of a name"),
          new Pair(
              "cue-verbs-strong",
              "role-heads",
              "a speech verb introduces a speaker phrase, a role head opens one"),
          new Pair(
              "cue-verbs-weak",
              "role-heads",
              "a speech verb introduces a speaker phrase, a role head opens one"),
          new Pair(
              "name-links",
              "speaker-stop-words",
              "a link word continues a name, a stop word ends the speaker phrase"),
          new Pair(
              "organisation-nouns",
              "institutions",
              "organisation-nouns holds the organisations that institutions and media-nouns lack"),
          new Pair(
              "organisation-nouns",
              "media-nouns",
              "organisation-nouns holds the organisations that institutions and media-nouns lack"),
          new Pair(
              "role-heads",
              "ranks",
              "a role head opens a role that runs on, a rank belongs to the role and closes it"),
          new Pair(
              "role-heads",
              "honorifics",
              "a role head opens a role, an honorific belongs to neither role nor name"),
          new Pair(
              "ranks",
              "honorifics",
              "a rank belongs to the role, an honorific belongs to neither role nor name"));

  /** Pairs of lists of which the first is part of the second, and why. */
  private static final List<Pair> SUBSETS =
      List.of(
          new Pair(
              "which-words",
              "question-words",
              "a question word that asks through its noun is a question word"),
          new Pair("copulas", "definition-words", "ما هو X and ما هي X ask what X is"),
          new Pair("lineage-links", "name-links", "a word of lineage joins the parts of a name"),
          new Pair(
              "according-to-words",
              "cue-attributions",
              "a word that names a question's source is an attribution in an article"),
          new Pair(
              "opening-particles",
              "clause-particles",
              "a particle that opens a clause may stand before its subject"),
          new Pair(
              "stop-word-verbs",
              "speaker-stop-words",
              "they are the stop words that may open a clause as its verb"),
          new Pair(
              "adjectival-descriptions",
              "description-nouns",
              "they are the description nouns that are adjectives when nothing follows"),
          new Pair(
              "ordinals", "name-adjectives", "an ordinal of a title is an adjective of the name"));

  private record Pair(String first, String second, String why) {}

  private static List<String> names() throws IOException, URISyntaxException {
    Path folder = Path.of(Lexicon.class.getResource(Lexicon.FOLDER).toURI());
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(Lexicon.EXTENSION))
          .map(n -> n.substring(0, n.length() - Lexicon.EXTENSION.length()))
          .sorted()
          .toList();
    }
  }

  /** The first column of each entry: the word a lookup compares with. */
  private static List<String> keys(String name) {
    List<String> keys = new ArrayList<>();
    for (String entry : Lexicon.entries(name)) {
      keys.add(TABLES.contains(name) ? entry.split("\\s+")[0] : entry);
    }
    return keys;
  }

  @Test
  void thereAreListsToCheck() throws Exception {
    assertFalse(names().isEmpty());
  }

  @Test
  void everyListSaysWhatItIsForInAHeader() throws Exception {
    for (String name : names()) {
      Path file = Path.of(Lexicon.class.getResource(Lexicon.FOLDER + name + ".txt").toURI());
      String first = Files.readAllLines(file).get(0);
      assertTrue(first.startsWith("# ") && first.length() > 10, name + " has no header");
    }
  }

  @Test
  void everyEntryIsInNormalForm() throws Exception {
    List<String> dead = new ArrayList<>();
    for (String name : names()) {
      if (name.endsWith(Lexicon.AS_WRITTEN)) {
        continue;
      }
      for (String key : keys(name)) {
        boolean tokenForm = key.equals(ALA) && TOKEN_FORM.contains(name);
        if (!tokenForm && !ArabicNormalizer.normalize(key).equals(key)) {
          dead.add(name + ": " + key + " (never matched: " + ArabicNormalizer.normalize(key) + ")");
        }
      }
    }
    assertEquals(List.of(), dead);
  }

  @Test
  void everyEntryIsOneWord() throws Exception {
    List<String> bad = new ArrayList<>();
    for (String name : names()) {
      for (String key : keys(name)) {
        if (key.isBlank() || key.contains(" ")) {
          bad.add(name + ": '" + key + "'");
        }
      }
      if (TABLES.contains(name)) {
        for (String entry : Lexicon.entries(name)) {
          if (entry.split("\\s+").length != 2) {
            bad.add(name + ": '" + entry + "' is no pair");
          }
        }
      }
    }
    assertEquals(List.of(), bad);
  }

  @Test
  void noListHoldsAnEntryTwice() throws Exception {
    List<String> twice = new ArrayList<>();
    for (String name : names()) {
      Set<String> seen = new HashSet<>();
      for (String key : keys(name)) {
        if (!seen.add(key)) {
          twice.add(name + ": " + key);
        }
      }
    }
    assertEquals(List.of(), twice);
  }

  @Test
  void everyListIsSorted() throws Exception {
    List<String> unsorted = new ArrayList<>();
    for (String name : names()) {
      List<String> keys = keys(name);
      for (int i = 1; i < keys.size(); i++) {
        if (keys.get(i - 1).compareTo(keys.get(i)) > 0) {
          unsorted.add(name + ": " + keys.get(i) + " comes before " + keys.get(i - 1));
        }
      }
    }
    assertEquals(List.of(), unsorted);
  }

  @Test
  void listsThatMeanDifferentThingsShareNoEntry() {
    List<String> shared = new ArrayList<>();
    for (Pair p : DISJOINT) {
      Set<String> common = new TreeSet<>(keys(p.first()));
      common.retainAll(keys(p.second()));
      if (!common.isEmpty()) {
        shared.add(p.first() + " and " + p.second() + " share " + common + ": " + p.why());
      }
    }
    assertEquals(List.of(), shared);
  }

  @Test
  void listsThatNarrowAnotherAreItsPart() {
    List<String> outside = new ArrayList<>();
    for (Pair p : SUBSETS) {
      Set<String> extra = new TreeSet<>(keys(p.first()));
      extra.removeAll(keys(p.second()));
      if (!extra.isEmpty()) {
        outside.add(p.first() + " has " + extra + " that " + p.second() + " lacks: " + p.why());
      }
    }
    assertEquals(List.of(), outside);
  }

  @Test
  void aMissingListIsAnErrorThatNamesIt() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> Lexicon.words("no-such-list"));
    assertTrue(e.getMessage().contains("/org/naba/lexicon/no-such-list.txt"), e.getMessage());
  }
}
