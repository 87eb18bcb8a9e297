package org.naba.quotes;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.naba.text.ArabicNormalizer;

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

  private static final char CONJUNCTION_WA = 'و';
  private static final char CONJUNCTION_FA = 'ف';
  private static final char FUTURE_SA = 'س';
  private static final char LAM = 'ل';
  private static final char PRESENT_YA = 'ي';
  private static final char PRESENT_TA = 'ت';

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

  private static final Map<String, Cue> LEXICON = lexicon();

  private SpeechCues() {}

  /** The cue that {@code norm} (a normalised word) is, if any. */
  static Optional<Cue> lookup(String norm) {
    Cue cue = LEXICON.get(norm);
    String rest = norm;
    if (cue == null
        && rest.length() > 3
        && (rest.charAt(0) == CONJUNCTION_WA || rest.charAt(0) == CONJUNCTION_FA)) {
      rest = rest.substring(1);
      cue = LEXICON.get(rest);
    }
    if (cue == null
        && rest.length() > 3
        && (rest.charAt(0) == FUTURE_SA || rest.charAt(0) == LAM)
        && (rest.charAt(1) == PRESENT_YA || rest.charAt(1) == PRESENT_TA)) {
      cue = LEXICON.get(rest.substring(1));
    }
    return Optional.ofNullable(cue);
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
    return Collections.unmodifiableMap(map); // a hash map, for the reason of Lexicon#frozen
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
