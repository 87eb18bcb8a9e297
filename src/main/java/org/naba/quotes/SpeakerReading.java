package org.naba.quotes;

import static org.naba.text.ArabicLetters.BEH;
import static org.naba.text.ArabicLetters.LAM;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.naba.text.ArabicNormalizer;
import org.naba.text.Lexicon;

/**
 * An attributed speaker as {@link SpeakerNames} reads it before its rules resolve it: its words
 * split into a leading role and the name. A pure function of the attribution.
 *
 * <p>Rules, in order:
 *
 * <ul>
 *   <li>Hashtag signs are dropped and underscores become spaces (مارك #زاكربرغ → مارك زاكربرغ).
 *   <li>A definite role opening a name in apposition goes into the role (الفنانة أحلام → أحلام,
 *       role الفنانة); an indefinite one heads a construct and stays (مسؤول إعلام القنصلية).
 *   <li>Failing that, a definite descriptor that is no nisba, role or organisation before two or
 *       more name words goes into the role, with the definite nisbas after it (المعارِضة ميشيل
 *       ريمبل، المعارض الصيني آي ويوي).
 *   <li>Failing both, after an organisation, a generic subject or a place in the definite, the
 *       first indefinite word that is no preposition starts the verb's object (الجيش الإسرائيلي |
 *       صحة شريط الفيديو).
 * </ul>
 *
 * @param attribution the attribution read
 * @param cleaned the speaker without hashtag signs and underscores
 * @param words the words of the name, as written
 * @param norms the words of the name, normalised
 * @param role the role: the attribution's, else the one read off the front of the speaker
 * @param led whether a role or descriptor was read off the front of the speaker
 */
record SpeakerReading(
    Attribution attribution,
    String cleaned,
    List<String> words,
    List<String> norms,
    String role,
    boolean led) {

  private static final String DEFINITE = "ال";
  private static final String NISBA = "ي";
  private static final String ALLAH = "الله";

  /**
   * Subjects after which an indefinite word starts the verb's object (الحكومة الإسرائيلية هجوم).
   */
  private static final Set<String> GENERIC_SUBJECTS = Lexicon.words("generic-subjects");

  SpeakerReading {
    words = List.copyOf(words);
    norms = List.copyOf(norms);
  }

  /** Reads the speaker of {@code a}, a known attribution. */
  static SpeakerReading of(Attribution a) {
    String cleaned = NameWords.clean(a.speaker());
    List<String> words = new ArrayList<>(List.of(cleaned.split(" ")));
    String role = a.role();
    int lead = 0;
    while (lead < words.size() - 1
        && SpeakerWords.isRoleHead(ArabicNormalizer.normalize(words.get(lead)))) {
      lead++;
    }
    if (lead > 0 && lead < words.size() && apposition(words.get(lead - 1), words.get(lead))) {
      String stripped = String.join(" ", words.subList(0, lead));
      role = role != null ? role : stripped;
      words = new ArrayList<>(words.subList(lead, words.size()));
    } else if (describedPerson(words)) {
      // "المعارِضة ميشيل ريمبل": a definite descriptor before a name of two words or more
      int name = 1;
      while (definiteNisba(ArabicNormalizer.normalize(words.get(name)))) {
        name++;
      }
      role = role != null ? role : String.join(" ", words.subList(0, name));
      words = new ArrayList<>(words.subList(name, words.size()));
      lead = name;
    } else {
      lead = 0;
    }
    List<String> norms = words.stream().map(ArabicNormalizer::normalize).toList();
    if (lead == 0) {
      int objectAt =
          words.get(0).startsWith(DEFINITE) ? objectAfterDefinitePhrase(norms) : norms.size();
      if (objectAt < norms.size()) {
        words = new ArrayList<>(words.subList(0, objectAt));
        norms = norms.subList(0, objectAt);
      }
    }
    return new SpeakerReading(a, cleaned, words, norms, role, lead > 0);
  }

  /** This speaker as {@code name} with {@code role}, cue and gender kept. */
  Attribution as(String name, String role) {
    return new Attribution(
        name, role, attribution.cue(), attribution.cueStart(), attribution.gender());
  }

  /** The first word of the name, normalised. */
  String first() {
    return norms.get(0);
  }

  /** True for a one-word name. */
  boolean oneWord() {
    return words.size() == 1;
  }

  /** True when the name opens with the article ال, as written. */
  boolean definite() {
    return words.get(0).startsWith(DEFINITE);
  }

  /** The first word of the name without its article. */
  String bare() {
    return first().substring(DEFINITE.length());
  }

  /**
   * Where the verb's object starts after an organisation or generic subject in the definite
   * (الحكومة الإسرائيلية | هجوم، الشركة | رقابة، المصدر | متى …): the first indefinite word right
   * after a definite one that is no preposition; or the size. Role-led speakers keep their words.
   */
  private static int objectAfterDefinitePhrase(List<String> norms) {
    String head = norms.get(0);
    if (!SpeakerWords.isDefinite(head)
        || !(SpeakerWords.INSTITUTIONS.contains(head.substring(DEFINITE.length()))
            || GENERIC_SUBJECTS.contains(head)
            || SpeakerWords.PLACES.contains(head))) {
      return norms.size();
    }
    for (int j = 1; j < norms.size(); j++) {
      String w = norms.get(j);
      if (w.isEmpty()) {
        return norms.size();
      }
      if (SpeakerWords.isDefinite(w)) {
        continue;
      }
      boolean afterDefinite = SpeakerWords.isDefinite(norms.get(j - 1));
      boolean attached = w.charAt(0) == LAM || w.charAt(0) == BEH;
      return afterDefinite
              && !attached
              && !SpeakerWords.PREPOSITIONS.contains(w)
              && !NameWords.startsCompound(w)
          ? j
          : norms.size();
    }
    return norms.size();
  }

  /**
   * True for a definite descriptor that is no nisba, role or organisation, with any definite nisbas
   * after it, followed by a name of two words or more: an indefinite given name, then name words or
   * definite nisba surnames, no link (المعارِضة ميشيل ريمبل، المعارض الصيني آي ويوي، الناشطة هدى
   * العلاقي; not الحسن بن طلال).
   */
  private static boolean describedPerson(List<String> words) {
    int name = 1;
    while (name < words.size() && definiteNisba(ArabicNormalizer.normalize(words.get(name)))) {
      name++; // "المعارض الصيني آي ويوي"
    }
    if (words.size() - name < 2) {
      return false;
    }
    String first = ArabicNormalizer.normalize(words.get(0));
    if (!SpeakerWords.isDefinite(first)
        || first.endsWith(NISBA)
        || first.equals(ALLAH)
        || SpeakerWords.INSTITUTIONS.contains(first.substring(DEFINITE.length()))
        || SpeakerWords.isOrganisationNoun(first.substring(DEFINITE.length()))) {
      return false;
    }
    for (int k = name; k < words.size(); k++) {
      String w = words.get(k);
      String n = ArabicNormalizer.normalize(w);
      boolean definite = SpeakerWords.isDefinite(n);
      if (definite && (k == name || !n.endsWith(NISBA)) || SpeakerWords.NAME_LINKS.contains(n)) {
        return false; // a definite surname is a nisba after the given name (هدى العلاقي)
      }
      if (!definite && !NameWords.isNameWord(w)) {
        return false;
      }
    }
    return true;
  }

  private static boolean definiteNisba(String norm) {
    return SpeakerWords.isDefinite(norm) && norm.endsWith(NISBA);
  }

  /**
   * True when a role noun and the word after it stand in apposition (الفنانة لطيفة): a definite
   * role before an indefinite word that is no role, rank, stop word or connector. An indefinite
   * role heads a construct instead (نائبة وزير، مسؤولو مهمة الإنقاذ).
   */
  private static boolean apposition(String role, String next) {
    String r = ArabicNormalizer.normalize(role);
    String n = ArabicNormalizer.normalize(next);
    return SpeakerWords.isDefinite(r)
        && NameWords.isNameWord(next)
        && !SpeakerWords.isRoleHead(n)
        && !SpeakerWords.RANKS.contains(n)
        && !SpeakerWords.CONNECTORS.contains(n)
        && !SpeakerPhrases.isStop(n)
        && !NameWords.isAudience(next);
  }

  /**
   * True when an audience starts at word {@code i} ({@link #audienceStart} of the words from i−1).
   */
  static boolean startsAudience(List<String> words, int i) {
    return audienceStart(words.subList(i - 1, words.size())) == 1;
  }

  /**
   * Where an audience starts after a name word (غندور | لأعضاء البرلمان: ل + article, hamza or
   * tatweel as written, so لافروف stays), or ل + a role head after a name (… | لرئيس …); or the
   * size.
   */
  static int audienceStart(List<String> words) {
    List<String> norms = words.stream().map(ArabicNormalizer::normalize).toList();
    for (int i = 1; i < norms.size(); i++) {
      String w = norms.get(i);
      boolean roleAfterName =
          w.length() > 2
              && w.charAt(0) == LAM
              && SpeakerWords.isRoleHead(w.substring(1))
              && !SpeakerWords.isDefinite(norms.get(i - 1))
              && !SpeakerWords.isRoleHead(norms.get(i - 1));
      if (NameWords.isAudience(words.get(i)) && NameWords.isNameWord(words.get(i - 1))
          || roleAfterName) {
        return i;
      }
    }
    return norms.size();
  }
}
