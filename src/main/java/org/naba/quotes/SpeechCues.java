package org.naba.quotes;

import static org.naba.text.ArabicLetters.LAM;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.naba.text.ArabicLetters;
import org.naba.text.ArabicNormalizer;
import org.naba.text.Lexicon;

/**
 * The lexicon of words that introduce or attribute a quotation.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>Words are looked up normalised ({@link ArabicNormalizer}), as written and without one
 *       leading conjunction {@code و} or {@code ف} ("وقال", "فأضاف", "ووفقاً"), then without a
 *       future {@code س} or a {@code لـ} before a present form ("وستكرر", "ليقول").
 *   <li>{@link Kind#VERB}: قال، أكد، أضاف، أشار، أوضح، بيّن، لفت، نوّه، شدد، حذّر، رأى، ذكر، كشف،
 *       أعلن، اعتبر، تابع … in past, present, masculine and feminine forms; the subject follows
 *       (or, for a bare verb, precedes) it.
 *   <li>{@link Kind#PARTICIPLE}: مضيفاً، موضحاً، مؤكداً، مشيراً، مبيناً، مشدداً … (with or without
 *       tanween alef, masculine or feminine): the speaker is the one already speaking.
 *   <li>{@link Kind#MANNER}: قائلاً، بقوله، بالقول: the speaker is the subject of the clause.
 *   <li>{@link Kind#ATTRIBUTION}: وفقاً لـ، وفق، بحسب، حسب، نقلاً عن: the speaker follows.
 *   <li>{@link Kind#REPORT}: نقل، نقلت (ونقلت "فرانس برس" عن أردوغان): the speaker follows عن.
 *   <li>A weak verb (بين also means "between", ذكر، رأى، تابع …) is a cue only when a
 *       complementizer (أن/إن…), a colon or the quotation itself follows it closely.
 * </ul>
 */
final class SpeechCues {

  /** What a cue says about where the speaker is. */
  enum Kind {
    VERB,
    PARTICIPLE,
    MANNER,
    ATTRIBUTION,
    REPORT
  }

  /**
   * Grammatical gender (and number) a cue requires of its speaker: a plural verb (وأكدوا) never
   * continues one man or one woman.
   */
  enum Gender {
    MASCULINE,
    FEMININE,
    PLURAL,
    ANY
  }

  /** A lexicon entry. */
  record Cue(Kind kind, boolean weak, Gender gender) {}

  private static final char CONJUNCTION_WA = ArabicLetters.WAW;
  private static final char CONJUNCTION_FA = ArabicLetters.FEH;
  private static final char FUTURE_SA = ArabicLetters.SEEN;
  private static final char PRESENT_YA = ArabicLetters.YEH;
  private static final char PRESENT_TA = ArabicLetters.TEH;

  /** Words after which a cue word is a verbal noun (بدون كشف): {@link #lookupAfter}. */
  private static final Set<String> VERBAL_NOUN_GOVERNORS = Lexicon.words("verbal-noun-governors");

  // the word lists (Lexicon files cue-*, complementizers, continuation-verbs) hold normal forms
  private static final String STRONG_VERBS = "cue-verbs-strong";
  private static final String STRONG_PRESENT = "cue-verbs-strong-present";
  private static final String WEAK_VERBS = "cue-verbs-weak";
  private static final String WEAK_PRESENT = "cue-verbs-weak-present";
  private static final String PARTICIPLES = "cue-participles";
  private static final String MANNER = "cue-manner";
  private static final String ATTRIBUTIONS = "cue-attributions";
  private static final String REPORTS = "cue-reports";

  /** The manner cues that say the speaker's gender (قائلاً، قائلةً). */
  private static final String SAYING_MASCULINE = "قايلا";

  private static final String SAYING_FEMININE = "قايله";

  private static final Set<String> COMPLEMENTIZERS = Lexicon.words("complementizers");

  private static final Set<String> CONTINUATIONS = Lexicon.words("continuation-verbs");

  /**
   * Every form a cue is looked up in, prefixed forms included, so that a lookup is one hash lookup
   * (it runs for nearly every word of an article, several times).
   */
  private static final Map<String, Optional<Cue>> LEXICON = withPrefixes(lexicon());

  private SpeechCues() {}

  /** The cue that {@code norm} (a normalised word) is, if any: one lookup, nothing allocated. */
  static Optional<Cue> lookup(String norm) {
    return LEXICON.getOrDefault(norm, Optional.empty());
  }

  /**
   * {@link #lookup}, but a verb right after a preposition or بدون، بعد … is a verbal noun with no
   * subject ("بدون كشف مكان الوفاة"): no cue. {@code previous} is the normalised word before it, or
   * null.
   */
  static Optional<Cue> lookupAfter(String norm, String previous) {
    Optional<Cue> cue = lookup(norm);
    return previous != null
            && cue.isPresent()
            && cue.get().kind() == Kind.VERB
            && VERBAL_NOUN_GOVERNORS.contains(previous)
        ? Optional.empty()
        : cue;
  }

  /**
   * True for a verb that continues what its subject was saying (وتابع، وأضاف، وأردف، واستطرد،
   * واستدرك، وختم، masculine or feminine, past or present), normalised.
   */
  static boolean isContinuation(String norm) {
    String rest =
        norm.length() > 3 && (norm.charAt(0) == CONJUNCTION_WA || norm.charAt(0) == CONJUNCTION_FA)
            ? norm.substring(1)
            : norm;
    return CONTINUATIONS.contains(rest);
  }

  /** True for أن/إن/أنه/بأن … (normalised). */
  static boolean isComplementizer(String norm) {
    return COMPLEMENTIZERS.contains(norm);
  }

  private static Map<String, Cue> lexicon() {
    Map<String, Cue> map = new HashMap<>();
    addVerbs(map, STRONG_VERBS, STRONG_PRESENT, false);
    addVerbs(map, WEAK_VERBS, WEAK_PRESENT, true);
    for (String n : Lexicon.entries(PARTICIPLES)) {
      map.put(n + "ا", new Cue(Kind.PARTICIPLE, false, Gender.MASCULINE));
      map.put(n, new Cue(Kind.PARTICIPLE, false, Gender.MASCULINE));
      map.put(n + "ه", new Cue(Kind.PARTICIPLE, false, Gender.FEMININE));
    }
    map.put(SAYING_MASCULINE, new Cue(Kind.MANNER, false, Gender.MASCULINE));
    map.put(SAYING_FEMININE, new Cue(Kind.MANNER, false, Gender.FEMININE));
    for (String m : Lexicon.entries(MANNER)) {
      map.putIfAbsent(m, new Cue(Kind.MANNER, false, Gender.ANY));
    }
    for (String a : Lexicon.entries(ATTRIBUTIONS)) {
      map.put(a, new Cue(Kind.ATTRIBUTION, false, Gender.ANY));
    }
    for (String r : Lexicon.entries(REPORTS)) {
      map.put(r, new Cue(Kind.REPORT, false, Gender.ANY));
    }
    return map;
  }

  /**
   * {@code lexicon} with the prefixed forms the lookup rules allow, the forms as written first: a
   * future or purpose prefix (س، ل) before a present verb (سيقول، ليؤكد), then a conjunction (و، ف)
   * before any of them (وسيقول، فقال); a prefixed form is longer than three letters.
   */
  private static Map<String, Optional<Cue>> withPrefixes(Map<String, Cue> lexicon) {
    Map<String, Cue> all = new HashMap<>(lexicon);
    for (Map.Entry<String, Cue> e : lexicon.entrySet()) {
      String k = e.getKey();
      if (k.length() >= 3 && (k.charAt(0) == PRESENT_YA || k.charAt(0) == PRESENT_TA)) {
        all.putIfAbsent(FUTURE_SA + k, e.getValue());
        all.putIfAbsent(LAM + k, e.getValue());
      }
    }
    Map<String, Optional<Cue>> out = new HashMap<>();
    all.forEach((k, cue) -> out.put(k, Optional.of(cue)));
    for (Map.Entry<String, Cue> e : all.entrySet()) {
      if (e.getKey().length() >= 3) {
        out.putIfAbsent(CONJUNCTION_WA + e.getKey(), Optional.of(e.getValue()));
        out.putIfAbsent(CONJUNCTION_FA + e.getKey(), Optional.of(e.getValue()));
      }
    }
    return Collections.unmodifiableMap(out); // a hash map, for the reason of Lexicon#frozen
  }

  private static void addVerbs(Map<String, Cue> map, String past, String present, boolean weak) {
    for (String n : Lexicon.entries(past)) {
      map.putIfAbsent(n, new Cue(Kind.VERB, weak, Gender.MASCULINE));
      String fem = n.endsWith("ي") ? n.substring(0, n.length() - 1) + "ت" : n + "ت";
      if (n.equals("دعا")) {
        fem = "دعت";
      }
      map.putIfAbsent(fem, new Cue(Kind.VERB, weak, Gender.FEMININE));
      map.putIfAbsent(n + "وا", new Cue(Kind.VERB, weak, Gender.PLURAL));
    }
    for (String n : Lexicon.entries(present)) {
      map.putIfAbsent("ي" + n, new Cue(Kind.VERB, weak, Gender.MASCULINE));
      map.putIfAbsent("ت" + n, new Cue(Kind.VERB, weak, Gender.FEMININE));
      map.putIfAbsent("ي" + n + "ون", new Cue(Kind.VERB, weak, Gender.PLURAL));
    }
  }
}
