package org.naba.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.naba.text.ArabicRoot;
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
 *   <li>Apart from that, a term is related ({@link #hasRelated}) to the set when it, or it without
 *       a past-tense verb ending (ت، وا) or, for a form V or VI present verb, without its person
 *       prefix (تتظاهر → تظاهر), has the same {@link ArabicRoot} of {@value #MIN_ROOT} letters or
 *       more as a term of the set: a verb meets its verbal noun (انطلقت، انطلاق). Roots conflate
 *       some words, so a related term counts for less.
 * </ul>
 */
final class TermSet {

  static final int MIN_BARE = 4;
  static final int MIN_SKELETON_STEM = 6;
  static final int MIN_ROOT = 3;
  // proclitics and verb endings: closed sets that are part of the rules, not word lists
  private static final String PROCLITICS = "بلكفو";
  private static final String[] VERB_ENDINGS = {"ت", "وا"};
  private static final String IMPERFECT_PREFIXES = "تين";

  private final Set<String> terms = new HashSet<>();
  private final Set<String> skeletons = new HashSet<>();
  private final Set<String> roots = new HashSet<>();

  TermSet(Set<String> analysed) {
    for (String term : analysed) {
      for (String form : forms(term)) {
        terms.add(form);
        if (form.length() >= MIN_SKELETON_STEM) {
          skeletons.add(ArabicSkeleton.of(form));
        }
      }
      roots.addAll(roots(term));
    }
  }

  /**
   * How many of the terms (as this set holds them, spelling forms included) both sets hold, leaving
   * out {@code except} and their forms: the words two texts share beyond the question's.
   */
  int shared(TermSet other, Set<String> except) {
    Set<String> left = new HashSet<>();
    for (String e : except) {
      left.addAll(forms(e));
    }
    int n = 0;
    for (String t : terms) {
      if (other.terms.contains(t) && !left.contains(t)) {
        n++;
      }
    }
    return n;
  }

  /** How many of the terms (as this set holds them) are not {@code except} nor their forms. */
  int sizeBeyond(Set<String> except) {
    Set<String> left = new HashSet<>();
    for (String e : except) {
      left.addAll(forms(e));
    }
    int n = 0;
    for (String t : terms) {
      if (!left.contains(t)) {
        n++;
      }
    }
    return n;
  }

  /**
   * Whether the set holds a word of the same derivation root as {@code term} (a verb and its verbal
   * noun: انطلقت، انطلاق), when the root has {@value #MIN_ROOT} letters or more.
   */
  boolean hasRelated(String term) {
    for (String root : roots(term)) {
      if (roots.contains(root)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The roots of a term: of it, and of it without a past-tense verb ending (ت، وا). Not of the term
   * without a proclitic: the root of a shortened word meets too many others (وكربلاء، اربيل).
   */
  static List<String> roots(String term) {
    List<String> out = new ArrayList<>(2);
    addRoot(out, term);
    if (term.length() > MIN_BARE && startsImperfectFormV(term)) {
      addRoot(out, term.substring(1)); // تتظاهر → تظاهر: the root of the past form
    }
    for (String ending : VERB_ENDINGS) {
      if (term.endsWith(ending) && term.length() - ending.length() >= MIN_BARE) {
        addRoot(out, term.substring(0, term.length() - ending.length()));
      }
    }
    return out;
  }

  /**
   * Whether {@code term} opens as a form V or VI present verb: ت، ي or ن, then ت (تتظاهر، يتحدث).
   */
  private static boolean startsImperfectFormV(String term) {
    return IMPERFECT_PREFIXES.indexOf(term.charAt(0)) >= 0 && term.charAt(1) == 'ت';
  }

  private static void addRoot(List<String> out, String form) {
    String root = ArabicRoot.of(form);
    if (root.length() >= MIN_ROOT && !out.contains(root)) {
      out.add(root);
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
