package org.naba.answer;

import java.util.ArrayList;
import java.util.List;
import org.naba.text.NameSpellings;

/**
 * How the words of a speaker's name meet the words of a question ({@link SpeakerDirectory}): the
 * same word or another spelling of it ({@link NameSpellings}).
 */
final class NameWords {

  private NameWords() {}

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
}
