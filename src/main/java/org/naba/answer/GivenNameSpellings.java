package org.naba.answer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.naba.text.NameSpellings;

/**
 * The other spellings of a given name among the quoted persons' (جيرمي / جيريمي هانت، تريزا /
 * تيريزا ماي، ديديه / ديدييه ديشان): outlets write a foreign given name each their own way, and a
 * reader who asks what جيريمي هانت said asks about everything جيرمي هانت said too.
 *
 * <p>Two first words of persons' names are one given name when they differ by one long vowel inside
 * ({@link NameSpellings#sameGivenName}, from {@value NameSpellings#MIN_GIVEN_NAME_LETTERS}
 * letters), and they are not two given names of their own: two words that each open {@value
 * SpeakerDirectory#RARE_GIVEN_NAME_SPEAKERS} persons' names or more are one only when {@value
 * #MIN_SHARED_SURNAMES} surnames or more, and a third of the fewer, follow both (جيرمي and جيريمي
 * each before هانت، كوربن، كوربين). سلمان and سليمان, ستيفن and ستيفان each open several names and
 * share one surname at most (two people of one family are common): two names.
 */
final class GivenNameSpellings {

  /** Surnames that must follow both of two given names that each open several names. */
  static final int MIN_SHARED_SURNAMES = 2;

  /** ...and the part of the fewer surnames they must be: one in three. */
  static final int SHARED_PART = 3;

  private static final String DEFINITE = "ال";

  private final Map<String, List<String>> others;

  private GivenNameSpellings(Map<String, List<String>> others) {
    this.others = others;
  }

  /**
   * The spellings of the given names of {@code surnamesByGivenName}: each first word of a quoted
   * person's name of two words or more, with the last words that follow it.
   */
  static GivenNameSpellings of(Map<String, Set<String>> surnamesByGivenName) {
    // one long vowel apart, the two share their consonants and the order of the vowels left
    Map<String, List<String>> bySkeleton = new HashMap<>();
    for (String given : surnamesByGivenName.keySet()) {
      if (given.startsWith(DEFINITE)) {
        continue; // الصحافة، الصحافية: a misread description's first word, no given name
      }
      bySkeleton.computeIfAbsent(skeleton(given), k -> new ArrayList<>()).add(given);
    }
    Map<String, List<String>> others = new HashMap<>();
    for (List<String> group : bySkeleton.values()) {
      for (String a : group) {
        for (String b : group) {
          if (!a.equals(b)
              && NameSpellings.sameGivenName(a, b)
              && !twoNames(surnamesByGivenName.get(a), surnamesByGivenName.get(b))) {
            others.computeIfAbsent(a, k -> new ArrayList<>()).add(b);
          }
        }
      }
    }
    others.replaceAll((k, v) -> List.copyOf(v));
    return new GivenNameSpellings(Map.copyOf(others));
  }

  /** The other spellings of the given name {@code word} (normalised); empty when it has none. */
  List<String> of(String word) {
    return others.getOrDefault(word, List.of());
  }

  private static boolean twoNames(Set<String> surnamesOfA, Set<String> surnamesOfB) {
    int fewer = Math.min(surnamesOfA.size(), surnamesOfB.size());
    if (fewer < SpeakerDirectory.RARE_GIVEN_NAME_SPEAKERS) {
      return false;
    }
    Set<String> shared = new HashSet<>(surnamesOfA);
    shared.retainAll(surnamesOfB);
    return shared.size() < MIN_SHARED_SURNAMES || shared.size() * SHARED_PART < fewer;
  }

  private static String skeleton(String word) {
    return word.replaceAll("[اوي]", "");
  }
}
