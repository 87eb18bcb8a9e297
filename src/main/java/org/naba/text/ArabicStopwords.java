package org.naba.text;

import java.util.HashSet;
import java.util.Set;

/**
 * Arabic words that carry no topic: function words, and the interrogatives that open questions.
 * Every word is in {@link ArabicNormalizer} form, so look words up after normalising them.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>{@link #FUNCTION_WORDS}: prepositions, conjunctions, pronouns, demonstratives, relatives
 *       and auxiliaries (the list Lucene's Arabic analyzer uses, normalised, and a few more).
 *   <li>{@link #QUESTION_WORDS}: ماذا ما من متى اين كم كيف لماذا هل اي and their common compounds
 *       and spellings (ماهو, ماهي, لما, بماذا, كيفيه), and every interrogative of the dialects the
 *       question reader knows (table {@code interrogatives}: شو، وش، مين، كام، قديش، ليش، وين …): a
 *       question's words only, which a search would otherwise look for in the news.
 *   <li>The two lists are disjoint: a word that is both (أي، وما، ومن، فما) is listed as a question
 *       word (the table may hold a function word: لم, "why").
 *   <li>{@link #isStopword} is true for either.
 * </ul>
 */
public final class ArabicStopwords {

  /** Function words: {@code function-words} of {@link Lexicon}. */
  public static final Set<String> FUNCTION_WORDS = Lexicon.words("function-words");

  /** Interrogatives: {@code question-words} and the words of the table {@code interrogatives}. */
  public static final Set<String> QUESTION_WORDS = questionWords();

  private ArabicStopwords() {}

  private static Set<String> questionWords() {
    Set<String> words = new HashSet<>(Lexicon.words("question-words"));
    words.addAll(Lexicon.table("interrogatives").keySet());
    return Set.copyOf(words);
  }

  /** True when {@code normalizedWord} is a function word or a question word. */
  public static boolean isStopword(String normalizedWord) {
    return FUNCTION_WORDS.contains(normalizedWord) || QUESTION_WORDS.contains(normalizedWord);
  }
}
