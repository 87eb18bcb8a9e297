package org.naba.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.naba.text.Lexicon;
import org.naba.text.NameSpellings;

/**
 * How the words of a speaker's name meet the words of a question ({@link SpeakerDirectory}, {@link
 * Candidate}): the same word or another spelling of it ({@link NameSpellings}); an honorific is no
 * word of a name.
 */
final class NameWords {

  /** Titles before a name (الدكتور، الشيخ), no word of it. */
  private static final Set<String> HONORIFICS = Lexicon.words("honorifics");

  private static final String DEFINITE = "ال";

  /** Words of lineage that join a name (بن، أبو، عبد). */
  private static final Set<String> LINKS = Lexicon.words("lineage-links");

  private NameWords() {}

  /** Whether {@code word} is a title before a name (الدكتور، الشيخ), no word of it. */
  static boolean isHonorific(String word) {
    return HONORIFICS.contains(word);
  }

  /**
   * Whether the question's {@code asked} words name {@code name}: they share a word of three
   * letters or more, in the same or another spelling. A shared first word (past an honorific) is
   * not enough when the question also gives a word the name lacks: محمد عساف is not محمد الجدعان,
   * nor وزير الخارجية وزير المالية.
   */
  static boolean names(List<String> asked, List<String> name) {
    Set<Integer> shared = new HashSet<>();
    for (String w : asked) {
      if (w.length() > 2) {
        for (int i = 0; i < name.size(); i++) {
          if (NameSpellings.same(w, name.get(i))) {
            shared.add(i);
          }
        }
      }
    }
    if (shared.isEmpty()) {
      return false;
    }
    int first = 0;
    while (first < name.size() - 1 && isHonorific(name.get(first))) {
      first++;
    }
    return !(shared.equals(Set.of(first))
        && first + 1 < name.size()
        && asked.stream().anyMatch(w -> distinguishes(w, name)));
  }

  /**
   * Whether a word of the asked name is one {@code name} lacks, written apart or joined (نصرالله،
   * نصر الله), and names rather than titles.
   */
  private static boolean distinguishes(String asked, List<String> name) {
    if (asked.length() <= 2 || isHonorific(asked) || SpeakerDirectory.isRole(asked)) {
      return false;
    }
    for (int i = 0; i < name.size(); i++) {
      if (NameSpellings.same(asked, name.get(i))
          || i + 1 < name.size() && NameSpellings.same(asked, name.get(i) + name.get(i + 1))) {
        return false;
      }
    }
    return true;
  }

  /** Whether two names are one under other spellings of their words ({@link NameSpellings}). */
  static boolean sameName(List<String> a, List<String> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (!NameSpellings.same(a.get(i), b.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether two names open with the same word and end with the same word. */
  static boolean sameEnds(List<String> a, List<String> b) {
    return a.getFirst().equals(b.getFirst()) && a.getLast().equals(b.getLast());
  }

  /**
   * {@code word} of four letters or more without a leading preposition ل (لليث → ليث), else null.
   */
  static String withoutPreposition(String word) {
    return word.startsWith("ل") && word.length() > 3 ? word.substring(1) : null;
  }

  /** Whether {@code name} ends with the words of {@code end}. */
  static boolean endsWith(List<String> name, List<String> end) {
    return end.size() <= name.size()
        && name.subList(name.size() - end.size(), name.size()).equals(end);
  }

  /**
   * How many words of {@code name} the question does not give, each word of the question giving one
   * word of the name: أحمد البلهان does not give both words of أحمد أحمد.
   */
  static int missing(List<String> name, List<String> asked) {
    List<String> left = new ArrayList<>(asked);
    int missing = 0;
    for (String w : name) {
      int at = -1;
      for (int i = 0; i < left.size() && at < 0; i++) {
        if (same(left.get(i), w)) {
          at = i;
        }
      }
      if (at < 0) {
        missing++;
      } else {
        left.remove(at);
      }
    }
    return missing;
  }

  /** Whether one of {@code asked} is {@code word} or another spelling of it. */
  static boolean any(List<String> asked, String word) {
    return asked.stream().anyMatch(a -> same(a, word));
  }

  /** Whether two words are one word of a name, as written or in another spelling. */
  private static boolean same(String a, String b) {
    return a.equals(b) || NameSpellings.same(a, b);
  }

  /**
   * Whether the question gives only the last word of {@code name}, a name of three words or more
   * (رجب طيب أردوغان for "الرئيس أردوغان"), without lineage links: in محمد بن سلمان, سلمان is the
   * father's name, not a surname. (The caller has checked that the last word is given.)
   */
  static boolean givenNamesLeftOut(List<String> name, List<String> asked) {
    int left = 0;
    while (left < name.size() && !any(asked, name.get(left))) {
      left++;
    }
    return left >= 2
        && left == name.size() - 1
        && name.stream().noneMatch(LINKS::contains)
        && !SpeakerDirectory.isPlace(
            name.getLast()); // جيم ماتيس إيران: a name misread with a country after it
  }

  /**
   * Whether the question gives a name's first word and then its last, leaving out only the lineage
   * between them (سامر العنيني for سامر بن علي العنيني).
   */
  static boolean lineageLeftOut(List<String> name, List<String> asked) {
    if (name.size() < 4 || !LINKS.contains(name.get(1))) {
      return false;
    }
    int first = asked.indexOf(name.getFirst());
    return first >= 0
        && first + 1 < asked.size()
        && any(List.of(asked.get(first + 1)), name.getLast());
  }

  /** Whether the question's word after the last of {@code name} is a place {@code name} lacks. */
  static boolean placeAfter(List<String> words, List<String> name) {
    for (int i = 0; i + 1 < words.size(); i++) {
      if (any(List.of(words.get(i)), name.getLast())) {
        String next = words.get(i + 1);
        return SpeakerDirectory.isPlace(next) && !any(name, next);
      }
    }
    return false;
  }

  /**
   * The definite words right after each indefinite role in {@code words} (متحدث الهلال الأحمر، وزير
   * الخارجية السعودي): the role's genitive and its adjectives, never whose name it is.
   */
  static List<String> genitivesOfRoles(List<String> words) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      if (SpeakerDirectory.isRole(words.get(i)) && !words.get(i).startsWith(DEFINITE)) {
        for (int j = i + 1; j < words.size() && words.get(j).startsWith(DEFINITE); j++) {
          out.add(words.get(j));
        }
      }
    }
    return out;
  }
}
