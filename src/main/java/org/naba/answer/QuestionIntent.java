package org.naba.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.naba.text.ArabicNormalizer;
import org.naba.text.Lexicon;
import org.naba.text.Proclitics;

/**
 * What a reader of the news asks for, beyond a fact: someone's latest statements, the latest news
 * of a topic, or who said something.
 *
 * <p>Rules, over normalised words (a time phrase already taken out):
 *
 * <ul>
 *   <li>{@link Kind#LATEST_FROM}: آخر / أحدث + a word for statements (آخر تصريحات X، أحدث كلام X),
 *       or آخر + ما / شي / حاجة + a speech verb (آخر ما قاله X، شو آخر شي صرح فيه X); or a
 *       speech-verb question with مؤخراً / أخيراً / حديثاً (ماذا قال X مؤخرا). The speaker is what
 *       follows; when nothing does but a pronoun, what comes before, question words left out
 *       (هيغواين شو آخر شي حكى، ماذا قال سامح شكري في آخر تصريح له). من and an institution after
 *       the speaker say where they work: neither speaker nor topic (آخر تصريحات الدكتور منصور
 *       اليامي من وزارة الصحة، من الدفاع المدني); في and one place after a role say where the role
 *       is (ناصر الخريصي مدير السياحة في تبوك): the place is the speaker's, and there is no topic.
 *   <li>An interrogative of a fact in the first two words (كم، متى، أين، من، لماذا، هل) makes it a
 *       fact, whatever follows (كم صوتا حصل عليه …، كم ايموجي جديد أعلنت …). The words after it, up
 *       to a topic opener (عن، حول، في …), name the speaker.
 *   <li>{@link Kind#NEWS}: a news word (أخبار، الجديد، التطورات، المستجدات، صار، حصل، جرى) asks for
 *       the latest news of the rest of the question's topic (آخر أخبار Y، ما الجديد في Y، شو صار بـ
 *       Y).
 *   <li>{@link Kind#WHO_SAID}: a who-question whose first word after من / منو / مين (and اللي /
 *       الذي) is a speech verb (من قال إن …، مين اللي صرح بأن …): the rest is what was said.
 *   <li>Anything else asks for a fact ({@link Kind#FACT}).
 * </ul>
 */
public final class QuestionIntent {

  /** What a question asks for. */
  public enum Kind {
    FACT,
    LATEST_FROM,
    NEWS,
    WHO_SAID
  }

  /**
   * A read intent.
   *
   * @param speaker for {@link Kind#LATEST_FROM}, the normalised words that name the speaker; else
   *     empty
   * @param topic what the rest of the question is about (normalised words, after the speaker)
   */
  public record Reading(Kind kind, List<String> speaker, List<String> topic) {
    public Reading {
      speaker = List.copyOf(speaker);
      topic = List.copyOf(topic);
    }
  }

  private static final Set<String> RECENT = Lexicon.words("recent-words");
  private static final Set<String> STATEMENTS = Lexicon.words("statement-words");
  private static final Set<String> NEWS = Lexicon.words("news-words");
  private static final Set<String> HAPPENING = Lexicon.words("happening-words");
  private static final Set<String> WHAT_WORDS = Lexicon.words("what-words");

  /**
   * The interrogatives that ask who (من، منو، مين، شكون), as the interrogatives' list types them.
   */
  private static final Set<String> WHO = whoWords();

  private static final Set<String> FACT_WORDS = factWords();
  private static final Set<String> SPEECH_VERBS = Lexicon.words("question-speech-verbs");
  private static final Set<String> OPENERS = Lexicon.words("question-topic-openers");
  private static final String IN = "في";

  /** The given name علي, which normalises as the preposition على does. */
  private static final String ALI = "علي";

  private static final Set<String> RELATIVE = Lexicon.words("question-relatives");
  private static final Set<String> WHAT = Lexicon.words("said-thing-words");
  private static final Set<String> LATEST = Set.of("اخر", "احدث");
  private static final Set<String> RECENTLY = Set.of("مؤخرا", "موخرا", "اخيرا", "حديثا");
  private static final Set<String> AFTER_VERB = Set.of("به", "فيه", "عنه", "بها", "فيها");
  private static final Set<String> FUNCTION_WORDS = Lexicon.words("question-function-words");
  private static final Set<String> INSTITUTIONS = Lexicon.words("institutions");
  private static final Set<String> AFFILIATIONS = Lexicon.words("affiliation-nouns");
  private static final Set<String> QUESTION_WORDS = Lexicon.words("question-words");

  private QuestionIntent() {}

  private static Set<String> whoWords() {
    return Lexicon.table("interrogatives").entrySet().stream()
        .filter(e -> e.getValue().equals(QuestionReader.Type.WHO.name()))
        .map(Map.Entry::getKey)
        .collect(Collectors.toUnmodifiableSet());
  }

  private static Set<String> factWords() {
    Set<String> fact =
        new HashSet<>(
            Set.of("كم", "بكم", "شكد", "متي", "امتي", "اين", "وين", "لماذا", "ليش", "هل"));
    fact.addAll(WHO);
    return Set.copyOf(fact);
  }

  public static Reading read(String question) {
    List<String> w = ArabicNormalizer.words(question);
    Reading whoSaid = whoSaid(w);
    if (whoSaid != null) {
      return whoSaid;
    }
    if (w.stream().limit(2).anyMatch(FACT_WORDS::contains)) {
      return new Reading(Kind.FACT, List.of(), w); // كم ايموجي جديد اعلنت …، كم صوتا حصل عليه …
    }
    for (int i = 0; i < w.size(); i++) {
      if (!LATEST.contains(w.get(i)) || i + 1 >= w.size()) {
        continue;
      }
      int j = i + 1;
      if (STATEMENTS.contains(w.get(j)) || STATEMENTS.contains(stem(w.get(j)))) {
        return latestFrom(w, j + 1, i);
      }
      if (WHAT.contains(w.get(j)) && j + 1 < w.size() && saying(w.get(j + 1))) {
        int k = j + 2;
        if (k < w.size() && AFTER_VERB.contains(w.get(k))) {
          k++;
        }
        return latestFrom(w, k, i);
      }
    }
    boolean asksStatement = w.stream().anyMatch(QuestionIntent::saying);
    boolean recent = w.stream().anyMatch(RECENTLY::contains);
    if (asksStatement && recent) {
      int verb = indexOf(w, QuestionIntent::saying);
      // the words after the verb name the speaker; when they name no one, those before it, as the
      // dialects put it (محمد معيط قال ايه مؤخرا)
      List<String> rest = new ArrayList<>(w.subList(0, verb));
      rest.addAll(w.subList(verb + 1, w.size()));
      rest.removeIf(RECENT::contains);
      int after = (int) w.subList(0, verb).stream().filter(x -> !RECENT.contains(x)).count();
      return latestFrom(rest, after, after);
    }
    for (int i = 0; i < w.size(); i++) {
      String word = w.get(i);
      boolean news =
          NEWS.contains(word)
              || word.equals("شصار")
              || i > 0 && WHAT_WORDS.contains(w.get(i - 1)) && HAPPENING.contains(word);
      if (news) {
        List<String> topic = new ArrayList<>(w.subList(i + 1, w.size()));
        topic.removeIf(x -> NEWS.contains(x) || HAPPENING.contains(x) || RECENT.contains(x));
        if (!topic.isEmpty()) {
          return new Reading(Kind.NEWS, List.of(), topic);
        }
      }
    }
    return new Reading(Kind.FACT, List.of(), w);
  }

  /** من قال …، مين اللي صرح …، أي وزير قال … */
  private static Reading whoSaid(List<String> w) {
    int which = QuestionReader.whichSpeaker(w);
    if (which >= 0) {
      return new Reading(Kind.WHO_SAID, List.of(), w.subList(which + 1, w.size()));
    }
    for (int i = 0; i < w.size(); i++) {
      if (!WHO.contains(w.get(i))) {
        continue;
      }
      int j = i + 1;
      if (j < w.size() && RELATIVE.contains(w.get(j))) {
        j++;
      }
      if (j < w.size() && saying(w.get(j))) {
        return new Reading(Kind.WHO_SAID, List.of(), w.subList(j + 1, w.size()));
      }
      return null;
    }
    return null;
  }

  /**
   * The speaker from word {@code from} up to a topic opener, then the topic; when no name follows,
   * the speaker is the words before {@code latest} (the index of آخر).
   */
  private static Reading latestFrom(List<String> w, int from, int latest) {
    List<String> speaker = new ArrayList<>();
    int i = from;
    while (i < w.size() && !OPENERS.contains(w.get(i))) {
      String word = w.get(i);
      if (!RECENT.contains(word) && !FUNCTION_WORDS.contains(word) && !asks(word)
          || speaker.isEmpty() && givenNameNotPreposition(w, i)) {
        speaker.add(word); // not ايه of "محمد معيط قال ايه مؤخرا"
      }
      i++;
      if (i + 1 < w.size() && affiliation(w, i, speaker)) {
        i += 2; // من and the institution's first word; its other words end at an opener or the end
        while (i < w.size() && !OPENERS.contains(w.get(i))) {
          i++;
        }
      }
    }
    List<String> topic = i < w.size() ? w.subList(i + 1, w.size()) : List.of();
    if (rolePlace(speaker, i < w.size() ? w.get(i) : null, topic)) {
      speaker.add(topic.get(0)); // مدير السياحة في تبوك: where the role is, not what was said
      topic = List.of();
    }
    if (speaker.isEmpty()) {
      for (String word : w.subList(0, latest)) {
        if (!asks(word) && !FUNCTION_WORDS.contains(word) && !saying(word)) {
          speaker.add(word);
        }
      }
    }
    return speaker.isEmpty()
        ? new Reading(Kind.FACT, List.of(), w)
        : new Reading(Kind.LATEST_FROM, speaker, topic);
  }

  /**
   * Whether the word at {@code i}, opening a speaker's name, is the given name علي rather than the
   * preposition على written without its dots (آخر تصريحات علي شايف الحريري): a name follows it.
   */
  private static boolean givenNameNotPreposition(List<String> w, int i) {
    return w.get(i).equals(ALI)
        && i + 1 < w.size()
        && !FUNCTION_WORDS.contains(w.get(i + 1))
        && !OPENERS.contains(w.get(i + 1))
        && !RECENT.contains(w.get(i + 1));
  }

  /** Whether {@code word} asks (ماذا، ايه، شو …) rather than names. */
  private static boolean asks(String word) {
    return QUESTION_WORDS.contains(word) || WHAT_WORDS.contains(word) || WHAT.contains(word);
  }

  /**
   * Whether the topic after {@code opener} is the place of the speaker's role: في and one place
   * after a role (ناصر الخريصي مدير السياحة في تبوك).
   */
  private static boolean rolePlace(List<String> speaker, String opener, List<String> topic) {
    return IN.equals(opener)
        && topic.size() == 1
        && SpeakerDirectory.isPlace(topic.get(0))
        && speaker.stream().anyMatch(SpeakerDirectory::isRole);
  }

  /** Whether the من at {@code i} tells where a named speaker works (من وزارة الصحة). */
  private static boolean affiliation(List<String> w, int i, List<String> speaker) {
    if (!w.get(i).equals("من") || speaker.isEmpty() || i + 1 >= w.size()) {
      return false;
    }
    String noun = Proclitics.withoutArticle(w.get(i + 1));
    return INSTITUTIONS.contains(noun) || AFFILIATIONS.contains(noun);
  }

  /** A speech verb, with a proclitic و or an object pronoun (قاله، وقال، صرح). */
  private static boolean saying(String word) {
    return SPEECH_VERBS.contains(word)
        || word.length() > 3 && SPEECH_VERBS.contains(word.substring(0, word.length() - 1))
        || word.length() > 4
            && word.endsWith("ها")
            && SPEECH_VERBS.contains(word.substring(0, word.length() - 2)) // قالها
        || word.length() > 3 && word.startsWith("و") && SPEECH_VERBS.contains(word.substring(1));
  }

  /** A statement noun with a possessive ending (تصريحاته، تصريحاتها). */
  private static String stem(String word) {
    for (String ending : List.of("ها", "ه")) {
      if (word.length() > ending.length() + 3 && word.endsWith(ending)) {
        return word.substring(0, word.length() - ending.length());
      }
    }
    return word;
  }

  private static int indexOf(List<String> w, java.util.function.Predicate<String> p) {
    for (int i = 0; i < w.size(); i++) {
      if (p.test(w.get(i))) {
        return i;
      }
    }
    return -1;
  }
}
