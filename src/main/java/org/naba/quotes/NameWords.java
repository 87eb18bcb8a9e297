package org.naba.quotes;

import static org.naba.text.ArabicLetters.ALEF_HAMZA_ABOVE;
import static org.naba.text.ArabicLetters.ALEF_HAMZA_BELOW;
import static org.naba.text.ArabicLetters.ARABIC_COMMA;
import static org.naba.text.ArabicLetters.FEH;
import static org.naba.text.ArabicLetters.LAM;
import static org.naba.text.ArabicLetters.TATWEEL;
import static org.naba.text.ArabicLetters.WAW;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.naba.text.ArabicNormalizer;
import org.naba.text.Lexicon;

/**
 * What a single word of a speaker's name can be, read on the word as written. Pure static
 * functions.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>A speaker is cleaned of hashtag signs, underscores and repeated spaces.
 *   <li>A name word has no punctuation, is no preposition, connector, pronoun, naming noun,
 *       institution, role, rank, honorific, place or cue, carries no possessive pronoun (زوجته،
 *       رئيسها) and no conjunction before a stop word (وفي); links (بن، عبد، الله) are name words.
 *   <li>An audience (لأعضاء، للصحفيين، لـ) is ل + the article, a hamza on alif or a tatweel, as
 *       written (لافروف is a name).
 *   <li>A word opens a name after it strongly (a role, a rank, an honorific, a definite nisba) or
 *       weakly (a hashtag, a definite word with a comma).
 * </ul>
 */
final class NameWords {

  private static final char HASH = '#';
  private static final char FULL_WIDTH_HASH = '＃';
  private static final char UNDERSCORE = '_';
  private static final char SPACE = ' ';
  private static final String DEFINITE = "ال";
  private static final String ABD = "عبد";
  private static final String NISBA = "ي";
  private static final String ALLAH = "الله";
  private static final String PLURAL_UN = "ون";
  private static final String PLURAL_IN = "ين";
  private static final String PLURAL_A = "اء";
  private static final String PLURAL_AT = "ات";

  /** The plural that has lost its ن before a genitive: معدو التقرير، منظمو المزاد. */
  private static final String CONSTRUCT_U = "و";

  private static final Set<String> TIME_CUTS = Lexicon.words("speaker-time-cuts");
  private static final Set<String> TIME_CUTS_LATE = Lexicon.words("speaker-time-cuts-late");

  private static final String ALA = "على";
  private static final String HA = "ه";
  static final int NO_OPENER = 0;
  static final int WEAK_OPENER = 1;
  static final int STRONG_OPENER = 2;
  private static final char LATIN_COMMA = ',';
  private static final char FULL_STOP_CHAR = '.';

  /**
   * Endings of a noun with a possessive pronoun (ابنتيه، زوجته، رئيسها، قادتهم): no name. A closed
   * set of suffixes that is part of the rule, not a word list.
   */
  static final List<String> POSSESSIVE_ENDINGS = List.of("يه", "ته", "ها", "هم", "هما");

  private static final String IMPERFECT_TA = "يت";
  private static final int MIN_VERB_LENGTH = 5;
  private static final String PUNCTUATION = "،,.:;؛!?؟()\"«»“”'#0123456789";

  private NameWords() {}

  /** The speaker without hashtag signs, underscores as spaces, single-spaced. */
  static String clean(String speaker) {
    StringBuilder out = new StringBuilder(speaker.length());
    for (int i = 0; i < speaker.length(); i++) {
      char c = speaker.charAt(i);
      if (c == HASH || c == FULL_WIDTH_HASH) {
        continue;
      }
      char d = c == UNDERSCORE || Character.isWhitespace(c) ? SPACE : c;
      if (d == SPACE && (out.isEmpty() || out.charAt(out.length() - 1) == SPACE)) {
        continue;
      }
      out.append(d);
    }
    return out.toString().strip();
  }

  static String stripMarks(String w) {
    int a = 0;
    int b = w.length();
    while (a < b && PUNCTUATION.indexOf(w.charAt(a)) >= 0) {
      a++;
    }
    while (b > a && PUNCTUATION.indexOf(w.charAt(b - 1)) >= 0) {
      b--;
    }
    return w.substring(a, b);
  }

  static boolean isNameWord(String raw) {
    for (int i = 0; i < raw.length(); i++) {
      if (PUNCTUATION.indexOf(raw.charAt(i)) >= 0) {
        return false;
      }
    }
    String n = ArabicNormalizer.normalize(raw);
    if (n.length() < 2
        || raw.equals(ALA)
        || isAudience(raw)
        || SpeakerWords.CONNECTORS.contains(n)
        || SpeakerWords.PRONOUNS.contains(n)
        || SpeakerWords.NAMING_NOUNS.contains(n)
        || SpeakerWords.INSTITUTIONS.contains(n)
        || n.charAt(0) == FEH && SpeakerPhrases.isStop(n.substring(1))
        || n.charAt(0) == WAW
            && (SpeakerPhrases.isStop(n.substring(1))
                || n.charAt(1) == WAW
                || SpeakerWords.isDefinite(n.substring(1))
                || SpeakerWords.isRoleHead(n.substring(1)))
        || POSSESSIVE_ENDINGS.stream().anyMatch(raw::endsWith)
        || raw.length() > 3 && raw.endsWith(HA) && !n.endsWith(ALLAH)
        || n.length() >= MIN_VERB_LENGTH && n.startsWith(IMPERFECT_TA)) {
      return false; // "يتحدث ألكسندر بينالا": an imperfect verb (يتـ) is no given name
    }
    if (SpeakerWords.NAME_LINKS.contains(n)) {
      return true;
    }
    return !(SpeakerWords.isDefinite(n) && stripMarks(raw).startsWith(DEFINITE))
        && !SpeakerPhrases.isStop(n)
        && !SpeakerWords.isRoleHead(n)
        && !SpeakerWords.RANKS.contains(n)
        && !SpeakerWords.HONORIFICS.contains(n)
        && !SpeakerWords.PLACES.contains(n)
        && SpeechCues.lookup(n).isEmpty();
  }

  /**
   * True when {@code speaker} is one person's name: at most four words, each a name word or, after
   * the first, a definite surname (سلام، دونالد ترامب، أحمد الكناني), none a plural in -ون، -ين،
   * -اء or -ات, no construct plural in -و first (منظمو المزاد) and no conjunction joining two
   * names. A group (معدو التقرير، مواطنون، خبراء، أبناؤه لوسي وروبرت) or an organisation (الجيش) is
   * not.
   */
  static boolean onePerson(String speaker) {
    if (speaker == null) {
      return false;
    }
    String[] words = speaker.trim().split(" +");
    if (words.length > 4) {
      return false;
    }
    for (int i = 0; i < words.length; i++) {
      String n = ArabicNormalizer.normalize(words[i]);
      if (n.endsWith(PLURAL_UN)
          || n.endsWith(PLURAL_IN)
          || n.endsWith(PLURAL_A)
          || n.endsWith(PLURAL_AT)
          || i == 0 && words.length > 1 && n.length() > 3 && n.endsWith(CONSTRUCT_U)
          || i > 0 && n.charAt(0) == WAW) {
        return false;
      }
      if (!(i == 0 ? isNameWord(words[i]) : isSurname(words[i]))) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code speaker} without the time phrase a verb's adverb left on it: cut at a word of {@code
   * speaker-time-cuts.txt} after its first word (ستاثاكيس قبيل بدء المفاوضات), or of {@code
   * speaker-time-cuts-late.txt} after its second (مصدر عسكري اليوم; أخبار اليوم is a newspaper).
   */
  static String withoutTimeTail(String speaker) {
    String[] words = speaker.split(" ");
    for (int i = 1; i < words.length; i++) {
      String n = ArabicNormalizer.normalize(words[i]);
      if (TIME_CUTS.contains(n) || i >= 2 && TIME_CUTS_LATE.contains(n)) {
        return String.join(" ", Arrays.copyOf(words, i));
      }
    }
    return speaker;
  }

  /** A name word, or a definite one (الشليل), that is no role, institution or naming noun. */
  static boolean isSurname(String raw) {
    String n = ArabicNormalizer.normalize(raw);
    return SpeakerWords.isDefinite(n)
        ? n.length() > DEFINITE.length() + 2 && isNameWord(n.substring(2))
        : isNameWord(raw);
  }

  /**
   * لأعضاء، للصحفيين، لـ: ل + the article, a hamza on alif or a tatweel, read on the word as
   * written (لافروف is a name).
   */
  static boolean isAudience(String word) {
    if (word.length() < 3 || word.charAt(0) != LAM) {
      return false;
    }
    char next = word.charAt(1);
    return next == LAM || next == ALEF_HAMZA_ABOVE || next == ALEF_HAMZA_BELOW || next == TATWEEL;
  }

  /**
   * How strongly {@code raw} opens a name after it: strongly a role, rank or honorific, a definite
   * nisba (الإثيوبي) or an imperfect verb before its subject (يتحدث); weakly a hashtag or a
   * definite word ending in a comma (حاكم مصرف لبنان المركزي، رياض سلامة), after which a clause may
   * start as well.
   */
  static int opener(String raw) {
    if (raw.isEmpty()) {
      return NO_OPENER;
    }
    char last = raw.charAt(raw.length() - 1);
    String n = ArabicNormalizer.normalize(stripMarks(raw));
    if (raw.charAt(0) == HASH) {
      return WEAK_OPENER;
    }
    if (last == ARABIC_COMMA || last == LATIN_COMMA) {
      return SpeakerWords.isDefinite(n) || n.equals(ALLAH) || SpeakerWords.PLACES.contains(n)
          ? WEAK_OPENER
          : NO_OPENER; // "… إلى سوريا، ستيفان دي ميستورا"
    }
    if (PUNCTUATION.indexOf(last) >= 0 || n.isEmpty()) {
      return NO_OPENER;
    }
    boolean strong =
        SpeakerWords.isDefinite(n) && n.endsWith(NISBA)
            || n.length() >= MIN_VERB_LENGTH && n.startsWith(IMPERFECT_TA) // "يتحدث ألكسندر بينالا"
            || SpeakerWords.isRoleHead(n)
            || SpeakerWords.RANKS.contains(n)
            || SpeakerWords.HONORIFICS.contains(n);
    return strong ? STRONG_OPENER : NO_OPENER;
  }

  static boolean endsWithComma(String raw) {
    char c = raw.charAt(raw.length() - 1);
    return c == ARABIC_COMMA || c == LATIN_COMMA;
  }

  static String stripTrailingComma(String raw) {
    return endsWithComma(raw) ? raw.substring(0, raw.length() - 1) : raw;
  }

  /** True for a word that ends its sentence (تشو.), so the name before it is complete. */
  static boolean closesSentence(String raw) {
    char c = raw.charAt(raw.length() - 1);
    return c == FULL_STOP_CHAR;
  }

  /** True for a link word or a compound opening with عبد (عبدالله). */
  static boolean startsCompound(String norm) {
    return SpeakerWords.NAME_LINKS.contains(norm) || norm.startsWith(ABD);
  }

  /** True for a name of two words that is one compound (نصر الله، عبد الخالق، أبو خليل). */
  static boolean compound(List<String> norms) {
    return norms.size() == 2
        && (SpeakerWords.NAME_LINKS.contains(norms.get(1)) || startsCompound(norms.get(0)));
  }
}
