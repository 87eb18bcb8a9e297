package org.naba.quotes;

import static org.naba.text.ArabicLetters.BEH;
import static org.naba.text.ArabicLetters.LAM;
import static org.naba.text.ArabicLetters.WAW;

import java.util.ArrayList;
import java.util.List;
import org.naba.text.ArabicNormalizer;

/**
 * The longer forms that an article body gives of a speaker it names briefly: full names of
 * surnames, names in apposition after roles, descriptions of unnamed sources, organisations called
 * by their noun. A pure function of the body, read as white-space separated words with their
 * punctuation.
 *
 * <p>Rules are given on each lookup; words are compared in their {@link ArabicNormalizer} form
 * without surrounding punctuation ({@link NameWords#stripMarks}).
 *
 * <p>Long because its seven lookups (full names, names before and after roles, descriptions,
 * organisations) read one body split once into words, with each word's normalised forms cached;
 * apart, each would split and normalise the body again or pass that cache around.
 */
final class BodyNames {

  private static final char SPACE = ' ';
  private static final char TAB = '\t';
  private static final char CARRIAGE_RETURN = '\r';

  private static final String LADA = "لدي";
  private static final int MAX_GIVEN_NAMES = 2;
  private static final String ABD = "عبد";
  private static final String ABU = "ابو";

  private static final int MAX_APPOSITION_WORDS = 5;

  /**
   * Name words a preposition may close in apposition: longer runs took in the verb's object ("ممثل
   * حرية الصحافة …، هارلم ديزير مقتل مارينوفا على").
   */
  private static final int MAX_NAME_BEFORE_PREPOSITION = 3;

  private static final int MAX_ROLE_TAIL = 3;
  private static final int MAX_DESCRIPTION_WORDS = 6;
  private static final int MAX_TIME_WORDS = 2;
  private static final int MAX_ORGANISATION_WORDS = 4;
  private static final String HA = "ه";

  private final String body;

  // the words are split on first use: many articles never ask for a name from the body
  private List<String> bodyWords;
  private List<Integer> wordStarts;

  /** The normalised form of each body word without its marks, filled in as asked for. */
  private String[] bareNorms;

  /** The normalised form of each body word as written, filled in as asked for. */
  private String[] wordNorms;

  BodyNames(String body) {
    this.body = body;
  }

  /** Splits the body into words, once. */
  private void split() {
    if (bodyWords != null) {
      return;
    }
    List<String> ws = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    int i = 0;
    while (i < body.length()) {
      if (isSeparator(body.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < body.length() && !isSeparator(body.charAt(i))) {
        i++;
      }
      ws.add(body.substring(start, i));
      starts.add(start);
    }
    this.bodyWords = List.copyOf(ws);
    this.wordStarts = List.copyOf(starts);
    this.bareNorms = new String[ws.size()];
    this.wordNorms = new String[ws.size()];
  }

  /**
   * What separates body words: the white space of a regular expression's {@code \s} (space, tab,
   * line feed, vertical tab, form feed, carriage return).
   */
  private static boolean isSeparator(char c) {
    return c == SPACE || c >= TAB && c <= CARRIAGE_RETURN;
  }

  /** {@code normalize(word k)}, computed once a word. */
  private String norm(int k) {
    String norm = wordNorms[k];
    if (norm == null) {
      norm = ArabicNormalizer.normalize(bodyWords.get(k));
      wordNorms[k] = norm;
    }
    return norm;
  }

  /** {@code normalize(stripMarks(word k))}, computed once a word. */
  private String bareNorm(int k) {
    String norm = bareNorms[k];
    if (norm == null) {
      norm = ArabicNormalizer.normalize(NameWords.stripMarks(bodyWords.get(k)));
      bareNorms[k] = norm;
    }
    return norm;
  }

  String body() {
    return body;
  }

  /**
   * The longest "given names + surname" in the body for a speaker of one or two words (عبدالله
   * مخارش، زين الدين زيدان، تركي بن عبد الله الشليل): at most {@value #MAX_GIVEN_NAMES} name words
   * before it, besides the links بن، عبد، آل، الله، الدين …; the words must be clean name words (no
   * article, stop word, role, rank, cue, punctuation), and the word before them must open a name (a
   * comma, a definite word, a role, a rank or honorific, a hashtag, the start of a line) unless the
   * name holds a link. Null when the body has no longer form.
   */
  String fullNameInBody(List<String> speaker) {
    split();
    List<String> target = speaker.stream().map(ArabicNormalizer::normalize).toList();
    boolean definite = SpeakerWords.isDefinite(target.get(0));
    String best = null;
    int bestWords = speaker.size();
    for (int i = speaker.size(); i <= bodyWords.size(); i++) {
      if (!matches(i - speaker.size(), target)) {
        continue;
      }
      int first = i - speaker.size();
      int given = 0;
      boolean conjunction = false;
      int k = first - 1;
      int from = first;
      while (k >= 0 && (NameWords.isNameWord(bodyWords.get(k)) || afterAbd(k))) {
        String n = norm(k);
        if (afterAbd(k)) {
          n = ABD; // "عبد الخالق": one compound
        }
        if (!NameWords.startsCompound(n) && ++given > MAX_GIVEN_NAMES) {
          break;
        }
        from = k;
        boolean compoundStart = k + 1 < first && NameWords.startsCompound(norm(k + 1));
        conjunction |= n.charAt(0) == WAW;
        int opener = k > 0 ? NameWords.opener(bodyWords.get(k - 1)) : NameWords.NO_OPENER;
        boolean opened =
            compoundStart
                || opener == NameWords.STRONG_OPENER
                || opener == NameWords.WEAK_OPENER && !conjunction && !definite
                || NameWords.closesSentence(bodyWords.get(i - 1))
                    && !definite
                    && !conjunction
                    && (k == 0 || !NameWords.isNameWord(bodyWords.get(k - 1)));
        boolean abdAfterComma =
            (n.equals(ABD) || n.equals(ABU))
                && k > 0
                && NameWords.endsWithComma(bodyWords.get(k - 1));
        if ((!SpeakerWords.NAME_LINKS.contains(n) && opened
                || abdAfterComma
                || n.equals(ABD) && opened)
            && i - from > bestWords) {
          // "صعدة، عبد الخالق بشر": a name opening with عبد after a comma
          List<String> found = new ArrayList<>(bodyWords.subList(from, i));
          found.replaceAll(NameWords::stripMarks);
          best = String.join(" ", found);
          bestWords = i - from;
        }
        k--;
      }
    }
    return best == null ? null : NameWords.clean(best);
  }

  /**
   * The name the body gives in apposition right after this role (نائبة وزير الشؤون الخارجية في
   * كوريا الشمالية، تشوي سون هوي، …): the role's words, possibly followed by more words up to a
   * comma, then after an optional honorific or rank one to {@value #MAX_APPOSITION_WORDS} name
   * words closed by a comma, or (right after the role's comma) two or three closed by a
   * preposition. The first such name in the body, or null.
   */
  String nameAfterRole(List<String> role) {
    split();
    for (int i = 0; i + role.size() <= bodyWords.size(); i++) {
      if (!matches(i, role)) {
        continue;
      }
      int k = i + role.size();
      String last = bodyWords.get(k - 1);
      boolean roleThenComma = NameWords.endsWithComma(last);
      if (!roleThenComma) {
        // the role may go on to a comma ("… في كوريا الشمالية،")
        while (k < bodyWords.size()
            && k - i - role.size() < MAX_ROLE_TAIL
            && !NameWords.endsWithComma(bodyWords.get(k))) {
          if (!bodyWords.get(k).equals(NameWords.stripMarks(bodyWords.get(k)))) {
            k = bodyWords.size();
            break;
          }
          k++;
        }
        if (k >= bodyWords.size() || !NameWords.endsWithComma(bodyWords.get(k))) {
          continue;
        }
        k++;
      }
      while (k < bodyWords.size()
          && (SpeakerWords.HONORIFICS.contains(norm(k)) || SpeakerWords.RANKS.contains(norm(k)))) {
        k++;
      }
      int from = k;
      while (k < bodyWords.size()
          && k - from < MAX_APPOSITION_WORDS
          && NameWords.isNameWord(NameWords.stripTrailingComma(bodyWords.get(k)))) {
        if (NameWords.endsWithComma(bodyWords.get(k))) {
          List<String> found = new ArrayList<>(bodyWords.subList(from, k + 1));
          found.replaceAll(NameWords::stripMarks);
          return found.size() >= 2 ? NameWords.clean(String.join(" ", found)) : null;
        }
        k++;
      }
      if (roleThenComma
          && k - from >= 2
          && k - from <= MAX_NAME_BEFORE_PREPOSITION
          && k < bodyWords.size()
          && SpeakerWords.PREPOSITIONS_AS_WRITTEN.contains(bodyWords.get(k))) {
        // "وقال الأمين العام للمنظمة، محمد باركيندوا على هامش مؤتمر": a preposition as written
        // (not the name علي) closes a short name right after the role's comma
        List<String> found = new ArrayList<>(bodyWords.subList(from, k));
        found.replaceAll(NameWords::stripMarks);
        if (found.stream().skip(1).noneMatch(BodyNames::conjoinedNoun)) {
          return NameWords.clean(String.join(" ", found));
        }
      }
    }
    return null;
  }

  /**
   * و + a word of four letters or more: a second conjoined noun ("بحق مسؤولين ونشطاء"), not a name
   * word (وليد، وائل after a given name have three letters after the و).
   */
  private static boolean conjoinedNoun(String word) {
    return word.length() > 4 && word.charAt(0) == 'و';
  }

  /**
   * The first "given name + one or two name words, role" in the body that opens with this one word
   * (مارسيلو بالفي، نائب الرئيس …), or null.
   */
  String nameBeforeRole(String given) {
    split();
    for (int i = 0; i + 2 < bodyWords.size(); i++) {
      if (!bareNorm(i).equals(given) || NameWords.endsWithComma(bodyWords.get(i))) {
        continue;
      }
      for (int k = i + 1; k < bodyWords.size() - 1 && k <= i + 2; k++) {
        String w = bodyWords.get(k);
        if (!NameWords.isNameWord(NameWords.stripTrailingComma(w))) {
          break;
        }
        if (NameWords.endsWithComma(w)) {
          String next = norm(k + 1);
          if (SpeakerWords.isRoleHead(next)) {
            List<String> found = new ArrayList<>(bodyWords.subList(i, k + 1));
            found.replaceAll(NameWords::stripMarks);
            return NameWords.clean(String.join(" ", found));
          }
          break;
        }
      }
    }
    return null;
  }

  /**
   * The description an article first gave to the speaker it now calls by a definite noun (المصدر →
   * مصدر أمريكي مسؤول مطلع على الاستخبارات): the indefinite noun right after a speech verb, with
   * the words after it up to a comma, a complementizer or a cue, at most {@value
   * #MAX_DESCRIPTION_WORDS} words in all and at least two; or null.
   */
  String indefiniteDescription(String bare) {
    split();
    for (int i = 1; i < bodyWords.size(); i++) {
      if (!norm(i).equals(bare)) {
        continue;
      }
      int c = i - 1;
      while (c > 0 && i - c <= MAX_TIME_WORDS && SpeakerWords.TIME_NOUNS.contains(norm(c))) {
        c--; // "أفاد أمس الأربعاء مسؤول محلي"
      }
      String prev = bodyWords.get(c);
      if (!prev.equals(NameWords.stripMarks(prev)) || SpeechCues.lookup(norm(c)).isEmpty()) {
        continue;
      }
      List<String> found = new ArrayList<>();
      found.add(bodyWords.get(i));
      for (int k = i + 1; k < bodyWords.size() && found.size() < MAX_DESCRIPTION_WORDS; k++) {
        String w = bodyWords.get(k);
        String n = bareNorm(k);
        if (n.isEmpty()
            || SpeechCues.isComplementizer(n)
            || SpeechCues.lookup(n).isPresent()
            || SpeakerWords.TIME_NOUNS.contains(n)
            || SpeakerWords.MEDIA_NOUNS.contains(n)
            || NameWords.isAudience(w)
            || w.indexOf(':') >= 0) {
          break;
        }
        found.add(NameWords.stripMarks(w));
        if (!w.equals(NameWords.stripMarks(w))) {
          break;
        }
      }
      while (found.size() > 1
          && SpeakerWords.PREPOSITIONS_AS_WRITTEN.contains(found.get(found.size() - 1))) {
        found.remove(found.size() - 1);
      }
      return found.size() >= 2 ? NameWords.clean(String.join(" ", found)) : null;
    }
    return null;
  }

  String organisationName(String bare) {
    split();
    for (int i = 0; i < bodyWords.size(); i++) {
      String w = bodyWords.get(i);
      String n = bareNorm(i);
      boolean attached = n.length() > 1 && (n.charAt(0) == LAM || n.charAt(0) == BEH);
      if (!w.equals(NameWords.stripMarks(w))
          || !(n.equals(bare) || attached && n.substring(1).equals(bare))) {
        continue;
      }
      List<String> found = new ArrayList<>();
      found.add(attached ? NameWords.stripMarks(w).substring(1) : NameWords.stripMarks(w));
      for (int k = i + 1; k < bodyWords.size() && found.size() <= MAX_ORGANISATION_WORDS; k++) {
        String next = bodyWords.get(k);
        String m = bareNorm(k);
        if (m.isEmpty()
            || SpeakerPhrases.isStop(m)
            || SpeechCues.lookup(m).isPresent()
            || SpeechCues.isComplementizer(m)) {
          break;
        }
        found.add(NameWords.stripMarks(next));
        if (!next.equals(NameWords.stripMarks(next))) {
          break;
        }
      }
      String last = ArabicNormalizer.normalize(found.get(found.size() - 1));
      if (found.size() >= 2
          && found.size() <= MAX_ORGANISATION_WORDS
          && SpeakerWords.isDefinite(last)) {
        return NameWords.clean(String.join(" ", found));
      }
    }
    return null;
  }

  /**
   * The description of an unnamed source as the body gives it in full after the words read (مصدر
   * قريب → مصدر قريب من حكومة المملكة): the same words followed by more words, without marks,
   * complementizers or cues, that run up to a quotation mark; at most {@value
   * #MAX_DESCRIPTION_WORDS} words; or null.
   */
  String longerDescription(List<String> norms) {
    split();
    for (int i = 0; i + norms.size() < bodyWords.size(); i++) {
      String end = bodyWords.get(i + norms.size() - 1);
      if (!matches(i, norms) || !end.equals(NameWords.stripMarks(end))) {
        continue;
      }
      List<String> found = new ArrayList<>(bodyWords.subList(i, i + norms.size()));
      for (int k = i + norms.size();
          k < bodyWords.size() && found.size() < MAX_DESCRIPTION_WORDS;
          k++) {
        String next = bodyWords.get(k);
        if (QuoteMarks.isMark(next.charAt(0))) {
          // the description runs up to the quote: "وقال مصدر قريب من حكومة المملكة "…""
          return found.size() > norms.size() ? NameWords.clean(String.join(" ", found)) : null;
        }
        String m = bareNorm(k);
        boolean colon = next.endsWith(":") && next.length() > 1;
        if (m.isEmpty()
            || m.charAt(0) == LAM && !m.equals(LADA)
            || NameWords.POSSESSIVE_ENDINGS.stream().anyMatch(next::endsWith)
            || next.length() > 3 && next.endsWith(HA)
            || !next.equals(NameWords.stripMarks(next)) && !colon
            || SpeechCues.isComplementizer(m)
            || SpeechCues.lookup(m).isPresent()) {
          break;
        }
        found.add(NameWords.stripMarks(next));
        if (colon) {
          // "وقال مصدر قريب من التحقيق: "…""
          boolean quoteNext =
              k + 1 < bodyWords.size() && QuoteMarks.isMark(bodyWords.get(k + 1).charAt(0));
          return quoteNext ? NameWords.clean(String.join(" ", found)) : null;
        }
      }
    }
    return null;
  }

  /**
   * The word after the occurrence of these words in the body nearest before {@code position} (else
   * the first one), without marks, or null.
   */
  String wordAfter(List<String> norms, int position) {
    split();
    String found = null;
    for (int i = 0; i + norms.size() < bodyWords.size(); i++) {
      if (matches(i, norms)) {
        String next = NameWords.clean(NameWords.stripMarks(bodyWords.get(i + norms.size())));
        if (found == null || wordStarts.get(i) < position) {
          found = next.isEmpty() ? null : next;
        }
      }
    }
    return found;
  }

  /**
   * True when the word at {@code k} is the definite half of a compound after عبد/أبو (عبد الخالق).
   */
  private boolean afterAbd(int k) {
    if (k == 0) {
      return false;
    }
    String w = bodyWords.get(k);
    String n = norm(k);
    String before = norm(k - 1);
    return w.equals(NameWords.stripMarks(w))
        && SpeakerWords.isDefinite(n)
        && (before.equals(ABD) || before.equals(ABU));
  }

  private boolean matches(int at, List<String> target) {
    for (int d = 0; d < target.size(); d++) {
      if (!bareNorm(at + d).equals(target.get(d))) {
        return false;
      }
    }
    return true;
  }
}
