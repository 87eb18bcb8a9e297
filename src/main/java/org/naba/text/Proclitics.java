package org.naba.text;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A normalised word and what it may be with its proclitics removed: و or ف, then ب ل or ك; a ل
 * before the ل of ال stands for ال (للبصرة → البصرة). A question's place (ببغداد) or happening
 * (بزيارة) is compared in these forms.
 */
public final class Proclitics {

  private static final List<String> CONJUNCTIONS = List.of("", "و", "ف");
  private static final List<String> PREPOSITIONS = List.of("", "ب", "ل", "ك");
  private static final String ARTICLE = "ال";

  private Proclitics() {}

  /**
   * {@code word} without the article ال when three letters or more remain (الوزير → وزير; ال and
   * الف stay as they are).
   */
  public static String withoutArticle(String word) {
    return word.startsWith(ARTICLE) && word.length() > ARTICLE.length() + 2
        ? word.substring(ARTICLE.length())
        : word;
  }

  /**
   * {@code word}'s forms without proclitics and without the article, the word's own first: the noun
   * a word names however it is written (بالذهب، الذهب، ذهب → ذهب).
   */
  public static Set<String> bare(String word) {
    Set<String> forms = new LinkedHashSet<>();
    stripped(word).forEach(f -> forms.add(withoutArticle(f)));
    return forms;
  }

  /** {@code word} and its forms without proclitics, the word itself first. */
  public static Set<String> stripped(String word) {
    Set<String> forms = new LinkedHashSet<>();
    for (String conjunction : CONJUNCTIONS) {
      if (!word.startsWith(conjunction)) {
        continue;
      }
      String rest = word.substring(conjunction.length());
      for (String preposition : PREPOSITIONS) {
        if (!rest.startsWith(preposition) || rest.length() == preposition.length()) {
          continue;
        }
        String bare = rest.substring(preposition.length());
        forms.add(bare);
        if (preposition.equals("ل") && bare.startsWith("ل")) {
          forms.add("ا" + bare);
        }
      }
    }
    return forms;
  }
}
