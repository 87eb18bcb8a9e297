package org.naba.quotes;

import static org.naba.text.ArabicLetters.BEH;
import static org.naba.text.ArabicLetters.LAM;
import static org.naba.text.ArabicLetters.WAW;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.naba.quotes.SpeakerMentions.Mention;
import org.naba.text.ArabicNormalizer;
import org.naba.text.Lexicon;

/**
 * Puts the speakers of one article into their canonical form, once all quotes are attributed. A
 * pure function of the article's body and remembered mentions (role + name phrases of two or more
 * name words); {@link SpeakerResolver} runs it twice, the second time with the article's attributed
 * full names added, for one-word speakers.
 *
 * <p>Rules, in order:
 *
 * <ul>
 *   <li>Hashtag signs are dropped and underscores become spaces (مارك #زاكربرغ → مارك زاكربرغ).
 *   <li>A definite role opening a name in apposition goes into the role (الفنانة أحلام → أحلام,
 *       role الفنانة); an indefinite one heads a construct and stays (مسؤول إعلام القنصلية).
 *   <li>After an organisation, a generic subject or a place in the definite, the first indefinite
 *       word that is no preposition starts the verb's object (الجيش الإسرائيلي | صحة شريط الفيديو).
 *   <li>A speaker whose first words end a known full name resolves to it, when what follows them is
 *       no more name (سلامة تقرير صندوق النقد → رياض سلامة; تيلرسون وقوف → ريكس تيلرسون); a
 *       one-word speaker also when it is the last two words written as one (ديمستورا → ستيفان دي
 *       مستورا).
 *   <li>Failing that, a speaker whose first word opens exactly one known full name, followed by
 *       nothing but words of that name or an audience, resolves to it (آبي لأعضاء البرلمان → آبي
 *       أحمد).
 *   <li>A role of two or more words that the article gave to exactly one known person is that
 *       person.
 *   <li>A one-word surname (or a compound: نصر الله) resolves to the longest "given names + it" in
 *       the body ({@link BodyNames#fullNameInBody}); a one-word given name to "it + name words,
 *       role" ({@link BodyNames#nameBeforeRole}).
 *   <li>A role-only speaker resolves to the name the body gives in apposition after that role
 *       (مبعوث الأمم المتحدة إلى سوريا، ستيفان دي مستورا،), unless it is an anonymous description
 *       (مسؤول أمريكي).
 *   <li>A definite source noun (المصدر، المسؤول), also followed by في/من (المسؤول في مدينة سبها),
 *       resolves to the description the article first gave after a speech verb and any time adverb
 *       (صرح مصدر مسؤول بوزارة الخارجية السعودية،؛ أفاد أمس الأربعاء مسؤول محلي).
 *   <li>الشركة with no "شركة …" in the body is the company the article last named in marks after a
 *       descriptor ({@link MarkedNames}: تطبيق المواعدة "بامبل").
 *   <li>A definite descriptor that is no role before two or more name words goes into the role
 *       (المعارِضة ميشيل ريمبل → ميشيل ريمبل).
 *   <li>A name never ends with a preposition as written: it takes the word after it in the body,
 *       nearest before the cue (السفارة الروسية في #لندن), or loses the preposition.
 *   <li>Otherwise the name is cut before an audience after a name word (غندور | لأعضاء البرلمان: ل
 *       + article, hamza or tatweel as written, so لافروف stays) and before a description noun
 *       after two name words (يزيد صايغ | كبير الباحثين).
 * </ul>
 */
final class SpeakerNames {

  private static final char SPACE = ' ';
  private static final String DEFINITE = "ال";
  private static final String COMPANY = "شركه";

  /**
   * Subjects after which an indefinite word starts the verb's object (الحكومة الإسرائيلية هجوم).
   */
  private static final Set<String> GENERIC_SUBJECTS = Lexicon.words("generic-subjects");

  /** Words that stand for someone the text does not identify (وقال آخر، وسأل أحدهم). */
  private static final Set<String> NOBODY = Lexicon.words("unnamed-speakers");

  /** Organisation nouns besides the institutions and media of {@link SpeakerWords}. */
  private static final Set<String> ORGANISATION_NOUNS = Lexicon.words("organisation-nouns");

  private static final String NISBA = "ي";
  private static final String ALLAH = "الله";

  private static final int MAX_ORGANISATION_WORDS = 4;

  /** Description nouns that are adjectives when nothing follows (دبلوماسي فرنسي كبير). */
  private static final Set<String> ADJECTIVAL = Lexicon.words("adjectival-descriptions");

  /** Nouns that describe a person after their name (ستيف بروسات عالم الأحياء). */
  private static final Set<String> DESCRIPTIONS = Lexicon.words("description-nouns");

  private final List<Mention> mentions;
  private final BodyNames inBody;

  SpeakerNames(List<Mention> mentions, String body) {
    this.inBody = new BodyNames(body);
    List<Mention> known = new ArrayList<>();
    for (Mention m : mentions) {
      // "آبي لأعضاء البرلمان" was read as a name: what it names is "آبي"
      List<String> words = List.of(NameWords.clean(m.name()).split(" "));
      int cut = audienceStart(words);
      if (cut >= 2 && cut == words.size() && words.stream().allMatch(NameWords::isNameWord)) {
        known.add(m);
      }
    }
    this.mentions = List.copyOf(known);
  }

  /**
   * These names plus the article's attributed speakers of two or more words, for a second pass over
   * one-word speakers (وأضاف ديمستورا after a quote attributed to ستيفان دي مستورا).
   */
  SpeakerNames withSpeakers(List<Attribution> speakers) {
    List<Mention> more = new ArrayList<>(mentions);
    for (Attribution a : speakers) {
      if (a.known() && a.speaker().indexOf(SPACE) > 0) {
        String norm = ArabicNormalizer.normalize(a.speaker());
        more.add(
            new Mention(
                a.speaker(),
                norm,
                norm.substring(norm.lastIndexOf(SPACE) + 1),
                a.role(),
                a.role() == null ? null : ArabicNormalizer.normalize(a.role()),
                0));
      }
    }
    return new SpeakerNames(more, inBody);
  }

  private SpeakerNames(List<Mention> known, BodyNames inBody) {
    this.inBody = inBody;
    this.mentions = List.copyOf(known);
  }

  Attribution canonical(Attribution a) {
    if (!a.known()) {
      return a;
    }
    String cleaned = NameWords.clean(a.speaker());
    if (cleaned.isEmpty() || NOBODY.contains(ArabicNormalizer.normalize(cleaned))) {
      // "وقال آخر"، "وتابع ثالث": the text does not say who spoke
      return Attribution.UNKNOWN.withCue(a.cue(), a.cueStart());
    }
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
    Mention full = byEnding(words, norms);
    if (full == null && (words.size() == 1 || startsAudience(words, 1))) {
      full = byOpening(words, norms);
    }
    if (full == null && lead == 0) {
      full = byRole(String.join(" ", norms));
    }
    if (full == null
        && lead == 0
        && (words.size() == 1 && NameWords.isSurname(words.get(0)) || NameWords.compound(norms))) {
      String longer = inBody.fullNameInBody(words);
      if (longer == null && words.size() == 1) {
        longer = inBody.nameBeforeRole(norms.get(0));
      }
      if (longer != null) {
        return new Attribution(longer, role, a.cue(), a.cueStart(), a.gender());
      }
    }
    boolean anonymous =
        norms.size() == 2 && !SpeakerWords.isDefinite(norms.get(0)) && norms.get(1).endsWith(NISBA);
    if (full == null
        && lead == 0
        && !anonymous
        && SpeakerWords.isRoleHead(norms.get(0))
        && words.size() >= 2) {
      String named = inBody.nameAfterRole(norms);
      if (named != null) {
        return new Attribution(
            named, role != null ? role : cleaned, a.cue(), a.cueStart(), a.gender());
      }
    }
    if (full == null
        && lead == 0
        && words.size() == 1
        && words.get(0).startsWith(DEFINITE)
        && isOrganisationNoun(norms.get(0).substring(DEFINITE.length()))) {
      String bare = norms.get(0).substring(DEFINITE.length());
      String organisation = inBody.organisationName(bare);
      if (organisation == null && bare.equals(COMPANY)) {
        // "تطبيق المواعدة "بامبل" … وقالت الشركة": the company named in marks before
        organisation =
            MarkedNames.latestBefore(
                    inBody.body(), a.cueStart() < 0 ? inBody.body().length() : a.cueStart())
                .orElse(null);
      }
      if (organisation != null) {
        return new Attribution(organisation, role, a.cue(), a.cueStart(), a.gender());
      }
    }
    if (full == null
        && lead == 0
        && words.size() >= 2
        && SpeakerWords.SOURCE_NOUNS.contains(norms.get(0))) {
      String longer = inBody.longerDescription(norms);
      if (longer != null) {
        return new Attribution(longer, role, a.cue(), a.cueStart(), a.gender());
      }
    }
    boolean placedSource =
        words.size() >= 2
            && SpeakerWords.PREPOSITIONS.contains(norms.get(1)); // "المسؤول في مدينة سبها"
    if (full == null
        && lead == 0
        && (words.size() == 1 || placedSource)
        && words.get(0).startsWith(DEFINITE)
        && SpeakerWords.SOURCE_NOUNS.contains(norms.get(0).substring(DEFINITE.length()))) {
      String described = inBody.indefiniteDescription(norms.get(0).substring(DEFINITE.length()));
      if (described != null) {
        return new Attribution(described, role, a.cue(), a.cueStart(), a.gender());
      }
    }
    if (full != null) {
      return new Attribution(
          NameWords.clean(full.name()),
          role != null ? role : full.role(),
          a.cue(),
          a.cueStart(),
          a.gender());
    }
    if (words.size() >= 2
        && SpeakerWords.PREPOSITIONS_AS_WRITTEN.contains(words.get(words.size() - 1))) {
      // "السفارة السعودية في" cut before "#تونس": a name does not end with a preposition
      String next = inBody.wordAfter(norms, a.cueStart() < 0 ? Integer.MAX_VALUE : a.cueStart());
      words = new ArrayList<>(words);
      if (next != null) {
        words.add(next);
      } else {
        words.remove(words.size() - 1);
      }
      norms = words.stream().map(ArabicNormalizer::normalize).toList();
    }
    int cut = NameWords.isNameWord(words.get(0)) ? audienceStart(words) : words.size();
    cut = Math.min(cut, descriptionStart(words, norms));
    String name = String.join(" ", words.subList(0, cut));
    return new Attribution(name, role, a.cue(), a.cueStart(), a.gender());
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

  /** The longest known name that ends with the speaker's first words (the more the better). */
  private Mention byEnding(List<String> words, List<String> norms) {
    String joined = String.join(" ", norms);
    // "عبدالله مخارش" is a name of its own: only a longer name ending with all of it replaces it
    boolean known = norms.size() >= 2 && mentions.stream().anyMatch(m -> m.norm().equals(joined));
    Mention best = null;
    int bestLength = 0;
    for (Mention m : mentions) {
      String[] name = m.norm().split(" ");
      if (name.length < 2 || name.length == norms.size() && endsWith(name, norms)) {
        continue;
      }
      for (int j = Math.min(norms.size(), name.length); j > bestLength; j--) {
        if (known && j < norms.size()) {
          break;
        }
        if (endsWith(name, norms.subList(0, j))
            && !SpeakerWords.NAME_LINKS.contains(norms.get(j - 1))
            && (j == norms.size() || !SpeakerWords.NAME_LINKS.contains(norms.get(j)))
            && (j < name.length
                || j == norms.size()
                || startsAudience(words, j)
                || SpeakerWords.isRoleHead(norms.get(j))
                || opensConstruct(norms, j))) {
          best = m;
          bestLength = j;
          break;
        }
      }
    }
    if (best == null && norms.size() == 1) {
      // "ديمستورا" for "ستيفان دي مستورا": the last two words written as one
      for (Mention m : mentions) {
        String[] name = m.norm().split(" ");
        if (name.length >= 3
            && (name[name.length - 2] + name[name.length - 1]).equals(norms.get(0))) {
          return m;
        }
      }
    }
    return best;
  }

  /**
   * The organisation an article first named in full and now calls by its definite noun (الحلف → حلف
   * شمال الأطلسي): the bare noun (also after ل or ب) followed by one to {@value
   * #MAX_ORGANISATION_WORDS} more words up to a mark, a stop word or a cue, the last of them
   * definite; the first such phrase in the body, or null.
   */
  private static boolean isOrganisationNoun(String bare) {
    String definite = DEFINITE + bare;
    if (SpeakerWords.HONORIFICS.contains(definite)
        || SpeakerWords.RANKS.contains(definite)
        || SpeakerWords.isRoleHead(definite)) {
      return false;
    }
    return SpeakerWords.INSTITUTIONS.contains(bare)
        || SpeakerWords.MEDIA_NOUNS.contains(bare)
        || ORGANISATION_NOUNS.contains(bare);
  }

  /** The one known name (by its text) whose first word is the speaker's first word, or null. */
  private Mention byOpening(List<String> words, List<String> norms) {
    String joined = String.join(" ", norms);
    Mention found = null;
    for (Mention m : mentions) {
      String[] name = m.norm().split(" ");
      if (name.length >= 2 && name[0].equals(norms.get(0)) && !m.norm().equals(joined)) {
        if (found != null && !found.norm().equals(m.norm())) {
          return null;
        }
        found = m;
      }
    }
    if (found == null) {
      return null;
    }
    // only when the speaker adds nothing of the name beyond what the known name has
    for (int i = 1; i < norms.size(); i++) {
      if (NameWords.isAudience(words.get(i))
          || audienceStart(words.subList(i - 1, words.size())) == 1) {
        return found;
      }
      if (!(" " + found.norm() + " ").contains(" " + norms.get(i) + " ")) {
        return null;
      }
    }
    return found;
  }

  /** The one person the article gave exactly this role to, or null. */
  private Mention byRole(String roleNorm) {
    String[] roleWords = roleNorm.split(" ");
    if (roleWords.length < 2 || !SpeakerWords.isRoleHead(roleWords[0])) {
      return null;
    }
    Mention found = null;
    for (Mention m : mentions) {
      if (m.roleNorm() != null
          && m.norm().split(" ").length >= 2
          && sameRole(roleNorm, m.roleNorm())) {
        if (found != null && !found.norm().equals(m.norm())) {
          return null;
        }
        found = m;
      }
    }
    return found;
  }

  private static boolean sameRole(String role, String known) {
    String k = stripPunctuation(known);
    return k.equals(role) || k.startsWith(role + " ");
  }

  private static String stripPunctuation(String s) {
    return s.replaceAll("[،,]", " ").replaceAll(" +", " ").strip();
  }

  private static boolean endsWith(String[] name, List<String> words) {
    int offset = name.length - words.size();
    if (offset < 0) {
      return false;
    }
    for (int i = 0; i < words.size(); i++) {
      if (!name[offset + i].equals(words.get(i))) {
        return false;
      }
    }
    return true;
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
        || isOrganisationNoun(first.substring(DEFINITE.length()))) {
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
   * Where a description follows a name of two or more name words, none of them a link (ستيف بروسات
   * | عالم الأحياء، صائب عريقات | كبير المفاوضين، جاستن ترودو | والرئيس الفرنسي …): a role or
   * description noun, also after و; or the size.
   */
  private static int descriptionStart(List<String> words, List<String> norms) {
    for (int j = 0; j < words.size(); j++) {
      if (j >= 2
          && !NameWords.startsCompound(norms.get(j - 1))
          && !NameWords.startsCompound(norms.get(j))
          && isDescription(norms.get(j))
          && (j + 1 < norms.size() || !ADJECTIVAL.contains(norms.get(j)))) {
        return j;
      }
      if (!NameWords.isNameWord(words.get(j))) {
        return words.size();
      }
    }
    return words.size();
  }

  private static boolean isDescription(String norm) {
    String w = norm.length() > 3 && norm.charAt(0) == WAW ? norm.substring(1) : norm;
    return SpeakerWords.isRoleHead(w) || DESCRIPTIONS.contains(w);
  }

  /**
   * True when an indefinite word and a definite one stand at {@code j} (عالم الأحياء، تقرير صندوق
   * النقد): a description or an object after the name, not more of it (نصر الله is).
   */
  private static boolean opensConstruct(List<String> norms, int j) {
    return j + 1 < norms.size()
        && !SpeakerWords.isDefinite(norms.get(j))
        && SpeakerWords.isDefinite(norms.get(j + 1))
        && !SpeakerWords.NAME_LINKS.contains(norms.get(j + 1));
  }

  private static boolean startsAudience(List<String> words, int i) {
    return audienceStart(words.subList(i - 1, words.size())) == 1;
  }

  private static int audienceStart(List<String> words) {
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
