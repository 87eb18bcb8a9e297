package org.naba.answer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.naba.text.ArabicNormalizer;

/**
 * The speakers the extractor read with the preposition لـ in front: "قال لفوكس نيوز" (who he spoke
 * to), "الطبيب السابق لدونالد ترامب" (whose doctor), "رفضه لاتفاق باريس" (what he rejected). Such a
 * speaker is someone else, or no one, and a reply must not name it.
 *
 * <p>The corpus's own speakers tell them from names that begin with ل (ليونيل ميسي، لوران فابيوس،
 * لجنة التحقيق): a speaker whose first word is ل + X is read behind the preposition when
 *
 * <ul>
 *   <li>its name without the ل is another speaker's (دونالد ترامب، فوكس نيوز، ريال مدريد), or
 *   <li>X opens the names of {@value #EVIDENCE} speakers or more, or follows the article ال in as
 *       many speakers' words (مجموعة، الاتفاق), and at least twice as many as open with ل + X: ليون
 *       opens three names and يون four, so ليون بانيتا stays a name.
 * </ul>
 */
final class PrepositionalSpeakers {

  /** Speakers whose names show X without the ل for it to be read as a word of its own. */
  static final int EVIDENCE = 3;

  private static final String LAM = "ل";
  private static final String ARTICLE = "ال";

  private PrepositionalSpeakers() {}

  /** Those of {@code speakers} whose first word is the preposition لـ before a name or a noun. */
  static Set<String> among(Collection<String> speakers) {
    Map<String, List<String>> names = new HashMap<>();
    for (String s : speakers) {
      List<String> words = ArabicNormalizer.words(s);
      if (!words.isEmpty()) {
        names.put(s, words);
      }
    }
    Set<String> whole = new HashSet<>();
    Map<String, Integer> opening = new HashMap<>();
    Map<String, Integer> defined = new HashMap<>();
    for (List<String> words : names.values()) {
      whole.add(String.join(" ", words));
      if (words.size() >= 2) {
        opening.merge(words.getFirst(), 1, Integer::sum);
      }
      for (String w : words) {
        if (w.startsWith(ARTICLE) && w.length() > ARTICLE.length() + 1) {
          defined.merge(w.substring(ARTICLE.length()), 1, Integer::sum);
        }
      }
    }
    Set<String> behind = new HashSet<>();
    names.forEach(
        (speaker, words) -> {
          String first = words.getFirst();
          if (!first.startsWith(LAM) || first.startsWith(LAM + LAM) || first.length() <= 3) {
            return;
          }
          String rest = first.substring(LAM.length());
          List<String> without = new ArrayList<>(words);
          without.set(0, rest);
          int evidence = Math.max(opening.getOrDefault(rest, 0), defined.getOrDefault(rest, 0));
          if (whole.contains(String.join(" ", without))
              || evidence >= EVIDENCE && evidence >= 2 * opening.getOrDefault(first, 0)) {
            behind.add(speaker);
          }
        });
    return Set.copyOf(behind);
  }
}
