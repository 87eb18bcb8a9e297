package org.naba.answer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.naba.search.Reranker;
import org.naba.search.UnitIndex;
import org.naba.search.UnitIndex.WeightedTerm;
import org.naba.text.Lexicon;

/**
 * A question's dialect words as the news writes them (وين انولد → وين ولد، الطيارة → الطائرة), so
 * that they meet the articles' words and count in how much of the question an answer covers.
 *
 * <p>Rules, over each word's normal form:
 *
 * <ul>
 *   <li>A word of the {@code dialect-words} list is its standard word, behind the article or a
 *       proclitic too (بالطيارة → بالطائرة).
 *   <li>A verb with the dialects' passive prefix ان or ات (انولد، انقتل، اتولد، اتطلقت) is the verb
 *       without it, when the news hardly writes the word (in {@value #RARE_IN_NEWS} units at most)
 *       and writes the verb at least {@value #MORE_OFTEN} times as often: انتخب، اتفق and اتساع
 *       stay as they are, the news writing them often.
 *   <li>An imperfect verb with a dialect's prefix of tense (بياخذ، بيغيب، هتعدي، حيصير) is the verb
 *       without it, on the same terms: بيروت and بينما stay, the news writing them often.
 *   <li>Every other word stays as asked.
 * </ul>
 */
final class DialectWords {

  /** How many times as often the news must write a verb without the prefix. */
  static final int MORE_OFTEN = 10;

  /** How many units of the news may hold a word read as a dialect passive, at most. */
  static final int RARE_IN_NEWS = 5;

  /** The shortest word that may carry the passive prefix (two letters and a verb of three). */
  private static final int MIN_PASSIVE = 5;

  private static final List<String> PASSIVE_PREFIXES = List.of("ان", "ات");

  /**
   * The dialects' prefixes of tense before an imperfect verb: ب of the present (بياخذ، بيغيب), ه
   * and ح of the future (هتعدي، حيصير).
   */
  private static final List<String> TENSE_PREFIXES = List.of("ب", "ه", "ح");

  /** The letters that open an imperfect verb after a tense prefix. */
  private static final String IMPERFECT = "يتن";

  /** The shortest word that may carry a tense prefix (the prefix, the imperfect's and three). */
  private static final int MIN_TENSE = 5;

  /** The article and proclitics a listed word may carry, the longest first. */
  private static final List<String> PROCLITICS =
      List.of("وال", "فال", "بال", "كال", "لل", "ال", "و", "ف", "ب", "ل");

  private static final Map<String, String> STANDARD = Lexicon.table("dialect-words");

  private final UnitIndex index;

  DialectWords(UnitIndex index) {
    this.index = index;
  }

  /** {@code question} with its dialect words in their standard form, the rest as asked. */
  String standard(String question) {
    Map<String, Optional<String>> seen = new HashMap<>();
    return Respelling.each(question, word -> seen.computeIfAbsent(word, this::standardWord));
  }

  private Optional<String> standardWord(String word) {
    if (STANDARD.containsKey(word)) {
      return Optional.of(STANDARD.get(word));
    }
    for (String p : PROCLITICS) {
      if (word.startsWith(p) && STANDARD.containsKey(word.substring(p.length()))) {
        return Optional.of(p + STANDARD.get(word.substring(p.length())));
      }
    }
    for (String p : PASSIVE_PREFIXES) {
      if (word.length() >= MIN_PASSIVE && word.startsWith(p)) {
        Optional<String> verb = verbWithout(word, p);
        if (verb.isPresent()) {
          return verb;
        }
      }
    }
    for (String p : TENSE_PREFIXES) {
      if (word.length() >= MIN_TENSE
          && word.startsWith(p)
          && IMPERFECT.indexOf(word.charAt(p.length())) >= 0) {
        Optional<String> verb = verbWithout(word, p);
        if (verb.isPresent()) {
          return verb;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * {@code word} without {@code prefix}, when the news hardly writes the word and writes the verb
   * {@value #MORE_OFTEN} times as often.
   */
  private Optional<String> verbWithout(String word, String prefix) {
    String verb = word.substring(prefix.length());
    double rarity = rarity(word);
    return rarity >= rareInNews() && rarity(verb) <= rarity - Math.log(MORE_OFTEN)
        ? Optional.of(verb)
        : Optional.empty();
  }

  /**
   * The IDF of a term the news writes {@value #RARE_IN_NEWS} times: a dialect passive is rarer,
   * while a standard word of the same shape is not (اتساع، انسان).
   */
  private double rareInNews() {
    return Reranker.idf(Math.max(index.unitCount(), RARE_IN_NEWS + 1), RARE_IN_NEWS);
  }

  /** How rare the news writes {@code word}: the IDF of its rarest term (unseen: the most). */
  private double rarity(String word) {
    return index.weigh(word).stream().mapToDouble(WeightedTerm::idf).max().orElse(0);
  }
}
