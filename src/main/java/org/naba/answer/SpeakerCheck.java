package org.naba.answer;

import java.util.List;
import java.util.Set;
import org.naba.text.ArabicNormalizer;
import org.naba.text.Lexicon;

/**
 * Whether a speaker the quote extractor found reads as a person's or an organisation's name (or the
 * description an article gives of one), or is a piece of the sentence around the quote that a reply
 * must not show as a name. A doubtful speaker is left out of replies, which then attribute the
 * statement to its outlet.
 *
 * <p>A speaker is doubtful when:
 *
 * <ul>
 *   <li>it holds a digit (46 عاما، المادة 15);
 *   <li>it is one word with tanween (مجيباً، تعقيباً): an adverbial, where a name takes no case
 *       ending (a description may: مسؤولاً محلياً);
 *   <li>a word is a speech verb or a participle or word of manner that follows a quote (قال، مضيفا،
 *       قائلا);
 *   <li>its first or last word is a preposition, pronoun or particle (قال لي، تكن متاحة هنا), also
 *       behind ف or و when written with its hamza (فإن قرارا يتعلق: not فان, as in فان غال);
 *   <li>its last word is a lineage link, a name cut short (تركي آل، محمد بن), or its first is one
 *       behind the preposition لـ (لابن ناصر);
 *   <li>a word after the first is an imperfect verb of form V or VI (أمورا عديدة يتلخص أبرزها), or
 *       the first word is such a verb behind و or ف (وتتذكر ماجدة), or a word after the first is a
 *       demonstrative (عبدالله بن مساعد تلك الإجراءات: the verb's object);
 *   <li>it is one word with a possessive ending (أسرته، عائلتها), or it opens with a noun that,
 *       with its possessive pronoun, opens a verb's object (عزمه تشكيل تكتل معارض جديد);
 *   <li>a word tells how it was said (بغضب، مازحا، تعليقا);
 *   <li>it runs past {@link #MAX_WORDS} words.
 * </ul>
 */
public final class SpeakerCheck {

  /**
   * Words of the longest plausible speaker (a role with a name: وزير الداخلية العراقي قاسم
   * الأعرجي).
   */
  static final int MAX_WORDS = 9;

  private static final Set<String> SAYING =
      Lexicon.words(
          "cue-verbs-strong",
          "cue-verbs-weak",
          "cue-verbs-strong-present",
          "cue-verbs-weak-present",
          "cue-manner");
  private static final Set<String> PARTICIPLES = Lexicon.words("cue-participles");
  private static final Set<String> EDGE_WORDS = Lexicon.words("speaker-edge-words");
  private static final Set<String> DEMONSTRATIVES = Lexicon.words("demonstratives");
  private static final Set<String> POSSESSED_OBJECTS = Lexicon.words("possessed-object-nouns");
  private static final Set<String> MANNER = Lexicon.words("manner-words");

  /** Lineage links as written: آل, not إل (كيم يونغ إل). */
  private static final Set<String> LINKS_AS_WRITTEN = Lexicon.words("lineage-links-as-written");

  private static final List<String> POSSESSIVE = List.of("ته", "تها", "تهم", "تهن");
  // closed sets of letters, part of the rules above: a conjunction, a hamza's seats, and the
  // opening of a form V or VI present verb (تت; not يت, which opens ويتني)
  private static final String CONJUNCTIONS = "وف";
  private static final List<String> HAMZA_SEATS = List.of("إ", "أ");
  private static final List<String> FORM_V_OPENINGS = List.of("تت");
  private static final String TANWEEN = "\u064B\u064C\u064D";

  private SpeakerCheck() {}

  /** Whether {@code speaker} may be shown as the name of who said a statement. */
  public static boolean plausible(String speaker) {
    if (speaker == null || speaker.isBlank()) {
      return false;
    }
    boolean tanween = false;
    for (int i = 0; i < speaker.length(); i++) {
      char c = speaker.charAt(i);
      if (Character.isDigit(c)) {
        return false;
      }
      tanween |= TANWEEN.indexOf(c) >= 0;
    }
    List<String> words = ArabicNormalizer.words(speaker);
    if (tanween && words.size() == 1) {
      return false; // مجيباً، تعقيباً: an adverbial, never a name
    }
    if (words.isEmpty() || words.size() > MAX_WORDS) {
      return false;
    }
    String[] written = speaker.strip().split("\\s+");
    boolean hyphenatedEnd = written[written.length - 1].contains("-"); // مون جيه-إن
    if (EDGE_WORDS.contains(words.get(0))
        || EDGE_WORDS.contains(words.getLast()) && !hyphenatedEnd) {
      return false;
    }
    String first = written[0];
    if (behindConjunction(first, HAMZA_SEATS) && EDGE_WORDS.contains(words.get(0).substring(1))
        || behindConjunction(first, FORM_V_OPENINGS) && first.length() > 5) {
      return false; // فإن قرارا …، وتتذكر ماجدة: a clause, not a name
    }
    if (written.length > 1 && LINKS_AS_WRITTEN.contains(written[written.length - 1])
        || first.startsWith("ل") && LINKS_AS_WRITTEN.contains(first.substring(1))) {
      return false;
    }
    if (words.size() == 1
        && words.get(0).length() > 4
        && POSSESSIVE.stream().anyMatch(words.get(0)::endsWith)) {
      return false;
    }
    if (opensWithAPossessedObject(words.get(0))) {
      return false;
    }
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (SAYING.contains(w) || PARTICIPLES.contains(participle(w))) {
        return false;
      }
      if (MANNER.contains(w) || MANNER.contains(participle(w))) {
        return false; // قال بغضب، أجاب مازحا: how it was said, not who said it
      }
      if (i > 0 && w.length() > 4 && (w.startsWith("يت") || w.startsWith("تت"))) {
        return false;
      }
      if (i > 0 && DEMONSTRATIVES.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code written} is و or ف and then a word that opens with one of {@code openings}. */
  private static boolean behindConjunction(String written, List<String> openings) {
    return written.length() > 2
        && CONJUNCTIONS.indexOf(written.charAt(0)) >= 0
        && openings.stream().anyMatch(o -> written.startsWith(o, 1));
  }

  /**
   * Whether {@code first} is a noun with a possessive pronoun that opens an object (عزمه، رفضها).
   */
  private static boolean opensWithAPossessedObject(String first) {
    for (String pronoun : List.of("ها", "ه")) {
      if (first.endsWith(pronoun)
          && POSSESSED_OBJECTS.contains(first.substring(0, first.length() - pronoun.length()))) {
        return true;
      }
    }
    return false;
  }

  /** A participle's masculine form without its endings (مضيفا، مضيفه، مضيفين → مضيف). */
  private static String participle(String w) {
    for (String ending : List.of("ين", "ون", "ا", "ه")) {
      if (w.length() > ending.length() + 2 && w.endsWith(ending)) {
        return w.substring(0, w.length() - ending.length());
      }
    }
    return w;
  }
}
