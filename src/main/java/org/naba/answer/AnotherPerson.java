package org.naba.answer;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.naba.text.Lexicon;
import org.naba.text.NameSpellings;

/**
 * Whether the name a question gives around a speaker's last word is another person's ({@link
 * SpeakerDirectory}): a given name or a surname of someone else stands beside it.
 */
final class AnotherPerson {

  private static final Set<String> LINKS = Lexicon.words("lineage-links");

  private static final String DEFINITE = "ال";

  /** Speakers who bear a first word for it to be a given name (سلمان، خالد). */
  private static final int GIVEN_NAME_SPEAKERS = 5;

  /** Words of a question that are no one's name, though a speaker's may end with one (اليوم). */
  private static final Set<String> NO_NAMES =
      Lexicon.words(
          "function-words",
          "question-function-words",
          "time-words",
          "today-words",
          "yesterday-words",
          "recent-words",
          "past-words",
          "current-words");

  private AnotherPerson() {}

  /**
   * The two words of the name the question gives around the last word of {@code name} when that
   * name is another person's than this speaker's, whose given name the reader left out (else none):
   * that word is followed by another speaker's last name, a lineage link or a given name that
   * {@value #GIVEN_NAME_SPEAKERS} speakers or more bear, or, being such a given name itself, by any
   * name word (ناصر in "ناصر الخريصي", سلمان in "سلمان آل رمضان": a given name, not this speaker's
   * surname; فهد in "فهد العدواني" is not عابد فهد; الأحمر in "الصليب الأحمر بيتر ماورير" is not
   * هاشم الأحمر; محمد in "محمد الحلبوسي" is not مهاتير محمد), or preceded by a link or by a given
   * name that {@value #GIVEN_NAME_SPEAKERS} speakers or more bear, or {@value
   * SpeakerDirectory#RARE_GIVEN_NAME_SPEAKERS} whose surname it never is, and this one lacks (سلمان
   * رمضان is not خالد رمضان, زهير العمري not أحمد العمري; the first word of a few junk speakers,
   * أوبك وروسيا، أوبك عبدالله البدري, is none).
   */
  static List<String> in(
      List<String> words,
      List<String> name,
      Map<String, Integer> firstNames,
      Set<String> lastNames) {
    for (int i = 0; i < words.size(); i++) {
      String word = asName(words.get(i), name.getLast());
      if (word != null) {
        String next = i + 1 < words.size() ? words.get(i + 1) : null;
        String previous = i > 0 ? words.get(i - 1) : null;
        boolean nameFollows =
            next != null
                && (LINKS.contains(next)
                    || !NO_NAMES.contains(next)
                        && (lastNames.contains(next)
                            || !NameWords.any(name, next)
                                && (firstNames.getOrDefault(next, 0) >= GIVEN_NAME_SPEAKERS
                                    || firstNames.getOrDefault(word, 0) >= GIVEN_NAME_SPEAKERS)));
        boolean givenNamePrecedes =
            previous != null
                && !NameWords.any(name, previous)
                && (LINKS.contains(previous)
                    || !NO_NAMES.contains(previous)
                        && (firstNames.getOrDefault(previous, 0) >= GIVEN_NAME_SPEAKERS
                            || firstNames.getOrDefault(previous, 0)
                                    >= SpeakerDirectory.RARE_GIVEN_NAME_SPEAKERS
                                && !lastNames.contains(previous)));
        if (nameFollows) {
          return List.of(word, next);
        }
        return givenNamePrecedes ? List.of(previous, word) : List.of();
      }
    }
    return List.of();
  }

  /**
   * Whether the question opens, after a role and definite words if any, with a given name that
   * {@value #GIVEN_NAME_SPEAKERS} speakers or more bear and a name word after it, neither of them a
   * word of {@code name}: "ريك فرانكونا محلل CNN العسكري" names فرانكونا, whom no quote names, and
   * not فيصحح العسكري, a misread speaker whose last word the role shares. (Past the name, a given
   * name may be a word of the role: باسم in "ليندا توم المتحدثة باسم مكتب …".)
   */
  static boolean namedElsewhere(
      List<String> words, List<String> name, Map<String, Integer> firstNames) {
    int i = 0;
    while (i < words.size()
        && (SpeakerDirectory.isRole(words.get(i))
            || NameWords.isHonorific(words.get(i))
            || words.get(i).startsWith(DEFINITE))) {
      i++;
    }
    if (i + 1 >= words.size()) {
      return false;
    }
    String given = words.get(i);
    String next = words.get(i + 1);
    return firstNames.getOrDefault(given, 0) >= GIVEN_NAME_SPEAKERS
        && !NO_NAMES.contains(given)
        && !NO_NAMES.contains(next)
        && !SpeakerDirectory.isRole(next)
        && !NameWords.any(name, given)
        && !NameWords.any(name, next);
  }

  /**
   * {@code word} as the name word {@code last}, read behind the preposition ل when need be ("آخر
   * تصريحات لسعيد النقير": سعيد), else null.
   */
  private static String asName(String word, String last) {
    if (NameSpellings.same(word, last)) {
      return word;
    }
    String bare = NameWords.withoutPreposition(word);
    return bare != null && NameSpellings.same(bare, last) ? bare : null;
  }
}
