package org.naba.answer;

import java.util.List;
import java.util.function.Predicate;
import org.naba.text.NameSpellings;

/**
 * One person's full name under two spellings of a short surname (دونالد ترمب / دونالد ترامب،
 * فلاديمير بوتن / فلاديمير بوتين): outlets transliterate a foreign surname each their own way, and
 * a reader who asks what ترمب said asks about the person every outlet quotes.
 *
 * <p>Two names are one person's when they are two words or more, the same but for their last word,
 * and their last words are one surname ({@link NameSpellings#sameSurname}) of which neither is a
 * given name (علي محمد and علي محمود are two people) nor carries the article: an Arabic family name
 * is another by one letter (أحمد العمري، أحمد العامري; الحزب الشيعي، الحزب الشيوعي).
 */
final class SurnameSpellings {

  private static final String DEFINITE = "ال";

  private SurnameSpellings() {}

  /**
   * Whether {@code a} and {@code b} (normalised words) are one person's name; {@code givenName}
   * tells a word that opens people's names.
   */
  static boolean onePerson(List<String> a, List<String> b, Predicate<String> givenName) {
    int n = a.size();
    if (n < 2 || b.size() != n || !a.subList(0, n - 1).equals(b.subList(0, n - 1))) {
      return false;
    }
    String x = a.getLast();
    String y = b.getLast();
    return !x.equals(y)
        && !x.startsWith(DEFINITE)
        && !y.startsWith(DEFINITE)
        && NameSpellings.sameSurname(x, y)
        && !givenName.test(x)
        && !givenName.test(y);
  }
}
