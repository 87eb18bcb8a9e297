package org.naba.quotes;

import static org.naba.text.ArabicLetters.LAM;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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

  /** Grammatical gender a cue requires of its speaker. */
  enum Gender {
    MASCULINE,
    FEMININE,
    ANY
  }

  /** A lexicon entry. */
  record Cue(Kind kind, boolean weak, Gender gender) {}

  private static final char CONJUNCTION_WA = ArabicLetters.WAW;
  private static final char CONJUNCTION_FA = ArabicLetters.FEH;
  private static final char FUTURE_SA = ArabicLetters.SEEN;
  private static final char PRESENT_YA = ArabicLetters.YEH;
  private static final char PRESENT_TA = ArabicLetters.TEH;

  private static final String[] STRONG_VERBS = {
    "قال", "أكد", "أضاف", "أشار", "أوضح", "شدد", "حذر", "نوه", "صرح", "أردف", "استطرد", "نبه",
    "كتب", "غرد", "أعلن", "كشف", "اعتبر"
  };
  private static final String[] STRONG_PRESENT = {
    "قول", "ؤكد", "ضيف", "شير", "وضح", "شدد", "حذر", "نوه", "صرح", "ردف", "نبه", "كتب", "غرد",
    "علن", "كشف", "عتبر"
  };
  private static final String[] WEAK_VERBS = {
    "بين", "لفت", "ذكر", "رأى", "تابع", "أعرب", "تساءل", "أفاد", "زعم", "أقر", "اعترف", "ختم",
    "اختتم", "أكمل", "علق", "أجاب", "رد", "استدرك", "وصف", "برر", "نفى", "شكك", "كرر", "ادعى",
    "أشاد", "رحب", "تعهد", "هدد", "توعد", "انتقد", "اتهم", "ندد", "طالب", "دعا", "أبلغ", "روى",
    "حكى", "استنكر", "دافع", "وعد", "مضى", "أصر"
  };
  private static final String[] WEAK_PRESENT = {
    "بين", "لفت", "ذكر", "رى", "تابع", "عرب", "تساءل", "فيد", "زعم", "قر", "عترف", "ختم", "علق",
    "جيب", "رد", "برر", "نفي", "شكك", "كرر", "دعي", "شيد", "رحب", "تعهد", "هدد", "توعد", "نتقد",
    "تهم", "ندد", "طالب", "دعو", "بلغ", "روي", "دافع", "مضي", "صر"
  };
  private static final String[] PARTICIPLES = {
    "مضيف", "موضح", "مؤكد", "مشير", "مبين", "مشدد", "محذر", "منوه", "لافت", "متابع", "معتبر",
    "مردف", "مستدرك", "معرب", "متسائل", "مصرح", "منبه", "كاشف", "معلن", "مستطرد", "مستكمل", "مختتم",
    "مستغرب", "مستنكر", "مطمئن", "متوقع", "معلق", "زاعم", "معترف", "مؤكد"
  };
  private static final String[] MANNER = {"قائلا", "قائلة", "بقوله", "بقولها", "بالقول"};
  private static final String[] ATTRIBUTIONS = {
    "وفقا", "وفق", "بحسب", "حسب", "نقلا", "طبقا", "حسبما", "بحسبما", "وفقما"
  };
  private static final String[] REPORTS = {"نقل", "نقلت", "ينقل", "تنقل", "نقلوا"};

  private static final Set<String> COMPLEMENTIZERS =
      normalised(
          "أن", "أنه", "أنها", "أنهم", "بأن", "بأنه", "بأنها", "لأن", "أنّ", "وأن", "وأنه", "وأنها",
          "وبأن");

  private static final Set<String> CONTINUATIONS =
      normalised(
          "تابع", "تابعت", "يتابع", "أضاف", "أضافت", "يضيف", "أردف", "أردفت", "استطرد", "استطردت",
          "استدرك", "استدركت", "ختم", "ختمت", "واصل", "واصلت");

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
    for (String p : PARTICIPLES) {
      String n = ArabicNormalizer.normalize(p);
      map.put(n + "ا", new Cue(Kind.PARTICIPLE, false, Gender.MASCULINE));
      map.put(n, new Cue(Kind.PARTICIPLE, false, Gender.MASCULINE));
      map.put(n + "ه", new Cue(Kind.PARTICIPLE, false, Gender.FEMININE));
    }
    map.put(ArabicNormalizer.normalize("قائلا"), new Cue(Kind.MANNER, false, Gender.MASCULINE));
    map.put(ArabicNormalizer.normalize("قائلة"), new Cue(Kind.MANNER, false, Gender.FEMININE));
    for (String m : MANNER) {
      map.putIfAbsent(ArabicNormalizer.normalize(m), new Cue(Kind.MANNER, false, Gender.ANY));
    }
    for (String a : ATTRIBUTIONS) {
      map.put(ArabicNormalizer.normalize(a), new Cue(Kind.ATTRIBUTION, false, Gender.ANY));
    }
    for (String r : REPORTS) {
      map.put(ArabicNormalizer.normalize(r), new Cue(Kind.REPORT, false, Gender.ANY));
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

  private static void addVerbs(
      Map<String, Cue> map, String[] past, String[] present, boolean weak) {
    for (String v : past) {
      String n = ArabicNormalizer.normalize(v);
      map.putIfAbsent(n, new Cue(Kind.VERB, weak, Gender.MASCULINE));
      String fem = n.endsWith("ي") ? n.substring(0, n.length() - 1) + "ت" : n + "ت";
      if (n.equals("دعا")) {
        fem = "دعت";
      }
      map.putIfAbsent(fem, new Cue(Kind.VERB, weak, Gender.FEMININE));
      map.putIfAbsent(n + "وا", new Cue(Kind.VERB, weak, Gender.ANY));
    }
    for (String stem : present) {
      String n = ArabicNormalizer.normalize(stem);
      map.putIfAbsent("ي" + n, new Cue(Kind.VERB, weak, Gender.MASCULINE));
      map.putIfAbsent("ت" + n, new Cue(Kind.VERB, weak, Gender.FEMININE));
      map.putIfAbsent("ي" + n + "ون", new Cue(Kind.VERB, weak, Gender.ANY));
    }
  }

  private static Set<String> normalised(String... words) {
    return Stream.of(words)
        .map(ArabicNormalizer::normalize)
        .collect(Collectors.collectingAndThen(Collectors.toSet(), Lexicon::frozen));
  }
}
