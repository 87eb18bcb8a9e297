package org.naba.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.naba.text.ArabicSkeleton;

/**
 * The analysed terms of a text, looked up the forgiving way a reader would: a question's term is in
 * the set when the text has the same word under a spelling variant or a clitic the stemmer leaves
 * on.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>A term is in the set when the set holds it, or one of its {@link #forms}, or holds a term
 *       one of whose forms it is.
 *   <li>The forms of a term: the term without a leading proclitic the light stemmer keeps (ب ل ك ف
 *       و: ببغداد → بغداد، لجهاز → جهاز), when {@value #MIN_BARE} letters or more remain.
 *   <li>Terms of {@value #MIN_SKELETON_STEM} letters or more also meet by consonant skeleton
 *       (كردستان، كوردستان); shorter skeletons collide too often (قدم: قدم، قادم) to count.
 * </ul>
 */
final class TermSet {

  static final int MIN_BARE = 4;
  static final int MIN_SKELETON_STEM = 6;
  private static final String PROCLITICS = "بلكفو";

  private final Set<String> terms = new HashSet<>();
  private final Set<String> skeletons = new HashSet<>();

  TermSet(Set<String> analysed) {
    for (String term : analysed) {
      for (String form : forms(term)) {
        terms.add(form);
        if (form.length() >= MIN_SKELETON_STEM) {
          skeletons.add(ArabicSkeleton.of(form));
        }
      }
    }
  }

  boolean has(String term) {
    for (String form : forms(term)) {
      if (terms.contains(form)
          || form.length() >= MIN_SKELETON_STEM && skeletons.contains(ArabicSkeleton.of(form))) {
        return true;
      }
    }
    return false;
  }

  /** Whether one of {@code sets} has {@code term}. */
  static boolean anyHas(List<TermSet> sets, String term) {
    for (TermSet set : sets) {
      if (set.has(term)) {
        return true;
      }
    }
    return false;
  }

  /** The term and the term without a leading proclitic, when enough of it remains. */
  static List<String> forms(String term) {
    List<String> forms = new ArrayList<>(2);
    forms.add(term);
    if (term.length() > MIN_BARE && PROCLITICS.indexOf(term.charAt(0)) >= 0) {
      forms.add(term.substring(1));
    }
    return forms;
  }
}
