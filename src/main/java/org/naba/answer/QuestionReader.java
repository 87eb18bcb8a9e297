package org.naba.answer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.naba.text.AnalysedText;
import org.naba.text.ArabicNormalizer;
import org.naba.text.Lexicon;

/**
 * Reads what a question asks: its type, the words that carry its topic, and the words that may name
 * a speaker. A pure function over normalised words.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>ما or its dialect forms followed by a word for a time (موعد، أوقات، تاريخ) asks {@link
 *       Type#WHEN}.
 *   <li>The first interrogative found sets the type; standard and chat dialect forms are known
 *       (شنو، شو، ايش → what; منو → who; وين → where; ليش → why; شكد → how many; اشلون → how). من
 *       before where or when asks from where or since when (من وين، من متى، من امتى).
 *   <li>A speech verb (قال، صرح، أكد، يقول، توعد، طالب …) makes it a {@link Type#STATEMENT}
 *       question; the words after it, up to a topic preposition (عن، حول، بشأن، بخصوص، في، من) or a
 *       word that opens what was said (إن، أن، إذا، لو: ماذا قال بومبيو إن واشنطن ستفعل …), may
 *       name the speaker; a word of لل (to the …) after the speaker's first word names whom they
 *       addressed, not them (قال المنفذ للسلطات الفرنسية). In a question who said something (من قال
 *       …، مين اللي وصف …، أي وزير بريطاني قال …) they are what was said: the speaker is what it
 *       asks.
 *   <li>A speaker before the verb, as the dialects put it (سامح شكري قال إيه عن سد النهضة، ترامب شو
 *       قال عن إيران): when no name follows the verb (nothing, an interrogative or a topic
 *       preposition does), the words before it name the speaker, unless the question asks who or a
 *       relative pronoun comes before the verb (مين الوزير اللي قال …: what someone did).
 *   <li>The words after حسب، بحسب، وفقاً (to a topic preposition or the end) name the source the
 *       question asks about, whatever its type.
 *   <li>Interrogatives, speech verbs and function words are dropped from the topic words.
 *   <li>A proclitic و or ف on an interrogative is ignored (وماذا، فمن).
 * </ul>
 */
public final class QuestionReader {

  /** What kind of answer a question wants. */
  public enum Type {
    STATEMENT,
    WHAT,
    WHO,
    WHEN,
    WHERE,
    HOW_MANY,
    HOW,
    WHY,
    YES_NO,
    WHICH,
    OTHER
  }

  /**
   * A read question.
   *
   * @param type what kind of answer it wants
   * @param topicWords normalised words that carry its topic
   * @param speakerWords normalised words that may name a speaker (after a speech verb)
   * @param asksDefinition whether it asks what something is (ما هو X، ما طبيعة X)
   */
  public record Reading(
      Type type, List<String> topicWords, List<String> speakerWords, boolean asksDefinition) {

    public Reading {
      topicWords = List.copyOf(topicWords);
      speakerWords = List.copyOf(speakerWords);
    }
  }

  private static final Map<String, Type> INTERROGATIVES = interrogatives();

  private static final Set<String> SPEECH_VERBS = Lexicon.words("question-speech-verbs");

  /** Words after which the rest of the question names its source (… حسب النعمان). */
  private static final Set<String> ACCORDING_TO = Lexicon.words("according-to-words");

  private static final String TO_THE = "لل";

  /** Words that end a speaker's name and start the topic. */
  private static final Set<String> TOPIC_OPENERS = Lexicon.words("question-topic-openers");

  private static final Set<String> FUNCTION_WORDS = Lexicon.words("question-function-words");

  private static final Set<String> RELATIVES = Lexicon.words("question-relatives");

  /** Words that, right after ما or its dialect forms, make a question ask for a time. */
  private static final Set<String> TIME_NOUNS = Lexicon.words("appointment-nouns");

  /** Words that, after ما or its dialect forms, make a question ask what something is. */
  private static final Set<String> DEFINITION_WORDS = Lexicon.words("definition-words");

  /** The most words between أي and the verb of a question which person said something. */
  private static final int WHICH_WORDS = 3;

  public Reading read(String question) {
    List<String> words = ArabicNormalizer.words(question);
    boolean definition = false;
    Type type = null;
    List<String> topic = new ArrayList<>();
    List<String> speaker = new ArrayList<>();
    boolean inSpeaker = false;
    // the topic words before the first speech verb, and whether that verb follows a relative
    List<String> beforeVerb = new ArrayList<>();
    boolean verbSeen = false;
    boolean relative = false;
    Type asked = whichSpeaker(words) >= 0 ? Type.WHO : null;
    for (String word : words) {
      Type interrogative = interrogative(word);
      if (asked == null) {
        asked = interrogative;
      }
      relative |= !verbSeen && RELATIVES.contains(word);
      if (inSpeaker && speaker.isEmpty() && interrogative != null) {
        inSpeaker = false; // سامح شكري قال إيه: the speaker came before the verb
      }
      if (type == Type.WHO
          && (interrogative == Type.WHERE || interrogative == Type.WHEN)
          && topic.isEmpty()) {
        type = interrogative; // من وين، من أين، من متى: from where, since when, not who
        continue;
      }
      if (interrogative != null && type == null) {
        type = interrogative;
        int next = words.indexOf(word) + 1;
        definition =
            type == Type.WHAT
                && (word.startsWith("ماه")
                    || next < words.size() && DEFINITION_WORDS.contains(words.get(next)));
        if (type == Type.WHAT && next < words.size() && TIME_NOUNS.contains(words.get(next))) {
          type = Type.WHEN; // ما موعد X، شنو أوقات X ask for a time
        }
        continue;
      }
      if (definition && topic.isEmpty() && DEFINITION_WORDS.contains(word)) {
        continue; // ما طبيعة X asks what X is: طبيعة names no topic
      }
      if (SPEECH_VERBS.contains(word) || SPEECH_VERBS.contains(stripConjunction(word))) {
        type = Type.STATEMENT;
        inSpeaker = asked != Type.WHO; // مين اللي قال حياتنا مستقلة: what was said, not who
        verbSeen = true;
        continue;
      }
      if (ACCORDING_TO.contains(word)) {
        inSpeaker = true;
        continue;
      }
      if (inSpeaker && TOPIC_OPENERS.contains(word)) {
        inSpeaker = false;
        continue;
      }
      if (inSpeaker && !speaker.isEmpty() && word.startsWith(TO_THE) && word.length() > 4) {
        inSpeaker = false; // قال X للصحفيين: whom X said it to
      }
      if (inSpeaker) {
        speaker.add(word);
      }
      if (!FUNCTION_WORDS.contains(word) && interrogative == null) {
        topic.add(word);
        if (!verbSeen) {
          beforeVerb.add(word);
        }
      }
    }
    if (verbSeen && speaker.isEmpty() && !relative && asked != Type.WHO) {
      speaker.addAll(beforeVerb);
    }
    return new Reading(type == null ? Type.OTHER : type, topic, speaker, definition);
  }

  /**
   * The index of the speech verb of a question that opens with أي and a few words before it (أي
   * وزير بريطاني قال إن …، اي لاعب صرح …): it asks who said something, as من قال does; -1 for any
   * other question (في أي مؤتمر قال ترامب … asks where he said it).
   */
  static int whichSpeaker(List<String> words) {
    if (words.isEmpty() || interrogative(words.get(0)) != Type.WHICH) {
      return -1;
    }
    for (int i = 2; i < Math.min(words.size(), WHICH_WORDS + 2); i++) {
      String w = words.get(i);
      if (SPEECH_VERBS.contains(w) || SPEECH_VERBS.contains(stripConjunction(w))) {
        return i;
      }
    }
    return -1;
  }

  /** Whether {@code text} has a speech verb (قال، أكد، وأضاف …): it reports what someone said. */
  static boolean reports(String text) {
    return reports(AnalysedText.of(text));
  }

  /** Whether {@code word} credits a source (طبقا لـ، وفقا لـ، بحسب), a proclitic و ignored. */
  static boolean credits(String word) {
    return ACCORDING_TO.contains(word) || ACCORDING_TO.contains(stripConjunction(word));
  }

  /** Whether {@code text} has a speech verb, read from its words. */
  static boolean reports(AnalysedText text) {
    for (String w : text.words()) {
      if (SPEECH_VERBS.contains(w) || SPEECH_VERBS.contains(stripConjunction(w))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The type {@code word} asks for as an interrogative, a proclitic و or ف ignored (وماذا، فكم, but
   * not ومن، وما: too often plain words), or null.
   */
  static Type interrogative(String word) {
    Type type = INTERROGATIVES.get(word);
    if (type == null && word.length() > 2 && (word.startsWith("و") || word.startsWith("ف"))) {
      type = INTERROGATIVES.get(word.substring(1));
      if (type == Type.WHO || type == Type.WHAT && word.length() < 4) {
        return null; // ومن، وما are too often plain words
      }
    }
    return type;
  }

  private static Map<String, Type> interrogatives() {
    Map<String, Type> types = new HashMap<>();
    Lexicon.table("interrogatives").forEach((word, type) -> types.put(word, Type.valueOf(type)));
    return Collections.unmodifiableMap(types);
  }

  private static String stripConjunction(String word) {
    return word.length() > 3 && word.startsWith("و") ? word.substring(1) : word;
  }
}
