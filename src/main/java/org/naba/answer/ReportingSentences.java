package org.naba.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.naba.quotes.ReportingVerbs;
import org.naba.store.StoredArticle;
import org.naba.text.ArabicNormalizer;
import org.naba.text.Lexicon;
import org.naba.text.Proclitics;

/**
 * Whether a sentence reports what a named speaker said, for {@link LatestStatements}: a speech verb
 * close before their name, in an article that gives their whole name.
 */
final class ReportingSentences {

  /** Words before a speaker's last name within which a speech verb makes the sentence theirs. */
  static final int VERB_REACH = 8;

  /**
   * The same, when the sentence gives the speaker's given name with the last (a role's words may
   * stand between: وأوضح مدير فرع الهيئة العامة للسياحة … بمنطقة تبوك ناصر بن أحمد الخريصي).
   */
  static final int NAMED_VERB_REACH = 14;

  /** Words past which, that far from the name, a verb's speaker is someone else. */
  private static final Set<String> OBJECT_MARKERS = Set.of("بين", "عن", "مع");

  /**
   * The links of a lineage that stands between a given name and a surname (أحمد بن عبدالرحمن …).
   */
  private static final List<String> SON_OF = List.of("بن", "بنت");

  /** The most words of a father's name between a lineage link and the surname (عبد الله). */
  private static final int FATHER_WORDS = 2;

  private static final Set<String> COMPLEMENTIZERS = Lexicon.words("complementizers");

  /**
   * Prepositions whose object a name right after them is (مع عباس، عن ترامب، إلى بوتين): the object
   * markers and a few more.
   */
  private static final Set<String> OBJECT_PREPOSITIONS = withMarkers("ضد", "الي", "لدي");

  /** Verbal nouns that, after a speech verb, are what it announced (تعيين، وفاة). */
  private static final Set<String> HAPPENINGS = Lexicon.words("announced-happenings");

  /** Nouns of a counterpart (نظيره), whom a speaker spoke to when لـ stands before them. */
  private static final Set<String> COUNTERPARTS = Lexicon.words("counterpart-nouns");

  /** Definite adjectives that may stand between لنظيره or للرئيس and the name in apposition. */
  static final int APPOSITION_ADJECTIVES = 2;

  private static final String LAM = "ل";

  private static final Pattern COMMA = Pattern.compile("[،,]");
  private static final String DEFINITE = "ال";

  /**
   * Whether {@code word} reports what someone said: a question's speech verb (قال، يقول …) or one
   * of the quote extractor's reporting verbs in any of its forms (وشددت، وأعرب: {@link
   * ReportingVerbs}).
   */
  private static boolean reports(String word) {
    return QuestionReader.reports(word)
        || !OBJECT_MARKERS.contains(
                word) // بين كوشنر والرئيس: between them; وبين أن …: he made clear
            && ReportingVerbs.is(word);
  }

  private static Set<String> withMarkers(String... prepositions) {
    Set<String> all = new HashSet<>(OBJECT_MARKERS);
    all.addAll(List.of(prepositions));
    return Set.copyOf(all);
  }

  /** Lineage links (بن، بنت), which an article may leave out of a name. */
  private static final Set<String> LINKS = Lexicon.words("lineage-links");

  /**
   * Whether the article (title or body) gives every word of the speaker's name, in order (its first
   * word may carry a proclitic: "في حوار لمارتن غريفيث"), or all but the lineage after the first
   * (ناصر الخريصي for ناصر بن أحمد الخريصي), or all but the middle of a three-word name (نايف
   * الجهني for نايف محمد الجهني); a two-word name may come with a lineage (أحمد بن عبدالرحمن
   * البلهان for أحمد البلهان).
   */
  static boolean namesWhole(StoredArticle stored, List<String> name) {
    List<String> words =
        ArabicNormalizer.words(stored.article().title() + " " + stored.article().text());
    String article = " " + String.join(" ", words) + " ";
    return article.contains(" " + String.join(" ", name) + " ")
        || withProclitic(words, name)
        || (name.size() >= 4 && LINKS.contains(name.get(1))
                || name.size() == 3 && !LINKS.contains(name.get(1)))
            && article.contains(" " + name.getFirst() + " " + name.getLast() + " ")
        || name.size() == 2 && withLineage(article, name);
  }

  /** Whether {@code words} give {@code name} with a proclitic on its first word (لمارتن غريفيث). */
  private static boolean withProclitic(List<String> words, List<String> name) {
    for (int i = 0; i + name.size() <= words.size(); i++) {
      if (!words.get(i).equals(name.getFirst())
          && Proclitics.stripped(words.get(i)).contains(name.getFirst())
          && words.subList(i + 1, i + name.size()).equals(name.subList(1, name.size()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code article} gives the two-word {@code name} with a lineage in between, the father's
   * name of one word or two (بن عبدالرحمن، بن عبد الله).
   */
  private static boolean withLineage(String article, List<String> name) {
    for (String link : SON_OF) {
      String opening = " " + name.getFirst() + " " + link + " ";
      for (int at = article.indexOf(opening); at >= 0; at = article.indexOf(opening, at + 1)) {
        int space = at + opening.length() - 1;
        for (int word = 0; word < FATHER_WORDS; word++) {
          space = article.indexOf(' ', space + 1);
          if (space < 0) {
            break;
          }
          if (article.startsWith(" " + name.getLast() + " ", space)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Whether a speech verb, or a word that credits a source (وطبقا لخبير المناخ الدكتور عبدالله
   * المسند), stands close enough before the last name of {@code name} in {@code sentence} (see
   * {@link LatestStatements}'s rules), with the name its subject: not inside what the verb reports
   * (قالت وسائل إعلام إن الرئيس أردوغان أحال …: a complementizer stands between), not in apposition
   * to another person the verb opens with (وقال ياسين أقطاي، مستشار الرئيس التركي رجب طيب أردوغان،
   * …: a name, then a comma), and not a preposition's object (مناقشات مع عباس).
   */
  static boolean saidBy(String sentence, List<String> name) {
    List<String> words = new ArrayList<>();
    Set<Integer> afterComma = new HashSet<>(); // the words a comma stands before
    for (String part : COMMA.split(sentence, -1)) {
      if (!words.isEmpty()) {
        afterComma.add(words.size());
      }
      words.addAll(ArabicNormalizer.words(part));
    }
    for (int i = 0; i < words.size(); i++) {
      if (words.get(i).equals(name.getLast())) {
        // the given name may stand a lineage (بن عبدالرحمن) further back
        int from = Math.max(0, i - name.size() - 2);
        int given = words.subList(from, i).indexOf(name.getFirst());
        int first = name.size() > 1 && given >= 0 ? from + given : i;
        if (first > 0 && OBJECT_PREPOSITIONS.contains(words.get(first - 1))) {
          continue; // لم يؤكد غرينبلات مناقشات مع عباس: a preposition's object, not who spoke
        }
        if (addressed(words, first) || possessedRole(words, first)) {
          continue; // وقال هنت لنظيره السعودي عادل الجبير: whom he spoke to, not who spoke
        }
        int reach = name.size() > 1 && given >= 0 ? NAMED_VERB_REACH : VERB_REACH;
        boolean object = false; // كشفت وثيقة … عن اجتماع الوزير: what it is about, not who spoke
        boolean comma = afterComma.contains(i);
        for (int j = Math.min(i, first) - 1; j >= Math.max(0, i - reach); j--) {
          if (COMPLEMENTIZERS.contains(words.get(j))) {
            break;
          }
          object |= OBJECT_MARKERS.contains(words.get(j));
          if ((reports(words.get(j)) || QuestionReader.credits(words.get(j)))
              && (j >= i - VERB_REACH || !object)) {
            if (comma && opensWithAnotherName(words, j + 1, name)
                || words.subList(j + 1, first).stream().anyMatch(HAPPENINGS::contains)) {
              break; // وأعلن تعيين المدرب …: the name is the happening's, not who announced it
            }
            return true;
          }
          comma |= afterComma.contains(j);
        }
      }
    }
    return false;
  }

  /**
   * Whether the name opening at {@code first} is in apposition to a counterpart or a role behind
   * the preposition لـ (لنظيره السعودي عادل الجبير، للرئيس التركي رجب طيب أردوغان), at most {@value
   * #APPOSITION_ADJECTIVES} definite adjectives between: whom the speaker spoke to, or whose
   * adviser or envoy spoke (المستشار الإعلامي للرئيس …).
   */
  private static boolean addressed(List<String> words, int first) {
    for (int k = first - 1; k >= Math.max(0, first - 1 - APPOSITION_ADJECTIVES); k--) {
      String w = words.get(k);
      if (behindLam(w)) {
        // وطبقا لخبير المناخ الدكتور …: the لـ of a word that credits a source
        return k == 0 || !QuestionReader.credits(words.get(k - 1));
      }
      if (!w.startsWith(DEFINITE)) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the name opening at {@code first} completes an indefinite role right before it (قال
   * محامي كريستيانو رونالدو، نائب ترامب): the role's holder spoke, whose role it is did not.
   */
  private static boolean possessedRole(List<String> words, int first) {
    if (first == 0) {
      return false;
    }
    String w = words.get(first - 1);
    return !w.startsWith(DEFINITE) && SpeakerDirectory.isRole(w);
  }

  /** Whether {@code word} is a counterpart or a role behind the preposition لـ (لنظيره، للرئيس). */
  private static boolean behindLam(String word) {
    String w = word.startsWith("و") ? word.substring(1) : word;
    if (!w.startsWith(LAM) || w.length() < 4) {
      return false;
    }
    String noun = w.substring(LAM.length());
    if (noun.startsWith(LAM)) {
      noun = "ا" + noun; // للرئيس: لـ + الرئيس
    }
    return COUNTERPARTS.contains(noun) || SpeakerDirectory.isRole(noun);
  }

  /**
   * Whether the word at {@code k}, right after a speech verb, names someone other than {@code
   * name}: neither the name's, nor a role, an honorific or a definite word.
   */
  private static boolean opensWithAnotherName(List<String> words, int k, List<String> name) {
    String w = words.get(k);
    return !name.contains(w)
        && !SpeakerDirectory.isRole(w)
        && !NameWords.isHonorific(w)
        && !w.startsWith(DEFINITE);
  }
}
