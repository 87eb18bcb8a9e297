package org.naba.quotes;

import java.util.ArrayList;
import java.util.List;
import org.naba.quotes.SpeakerMentions.Mention;
import org.naba.text.ArabicNormalizer;

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
 *       the body ({@link #fullNameInBody}); a one-word given name to "it + name words, role"
 *       ({@link #nameBeforeRole}).
 *   <li>A role-only speaker resolves to the name the body gives in apposition after that role
 *       (مبعوث الأمم المتحدة إلى سوريا، ستيفان دي مستورا،), unless it is an anonymous description
 *       (مسؤول أمريكي).
 *   <li>A definite source noun (المصدر، المسؤول) resolves to the description the article first gave
 *       after a speech verb (صرح مصدر مسؤول بوزارة الخارجية السعودية،).
 *   <li>A name never ends with a preposition as written: it takes the word after it in the body,
 *       nearest before the cue (السفارة الروسية في #لندن), or loses the preposition.
 *   <li>Otherwise the name is cut before an audience after a name word (غندور | لأعضاء البرلمان: ل
 *       + article, hamza or tatweel as written, so لافروف stays) and before a description noun
 *       after two name words (يزيد صايغ | كبير الباحثين).
 * </ul>
 */
final class SpeakerNames {

  private static final char HASH = '#';
  private static final char FULL_WIDTH_HASH = '＃';
  private static final char UNDERSCORE = '_';
  private static final char SPACE = ' ';
  private static final char LAM = 'ل';
  private static final char BA = 'ب';
  private static final String DEFINITE = "ال";
  private static final String LADA = "لدي";
  private static final String COMPANY = "شركه";

  /**
   * Subjects after which an indefinite word starts the verb's object (الحكومة الإسرائيلية هجوم).
   */
  private static final java.util.Set<String> GENERIC_SUBJECTS =
      java.util.stream.Stream.of(
              "الحكومة", "الشركة", "المصدر", "المصادر", "الجيش", "السلطات", "البيان", "الولايات")
          .map(ArabicNormalizer::normalize)
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** Words that stand for someone the text does not identify (وقال آخر، وسأل أحدهم). */
  private static final java.util.Set<String> NOBODY =
      java.util.stream.Stream.of(
              "آخر", "آخرون", "أخرى", "ثالث", "ثالثة", "رابع", "رابعة", "أحدهم", "إحداهن", "بعضهم")
          .map(ArabicNormalizer::normalize)
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** Organisation nouns besides the institutions and media of {@link SpeakerWords}. */
  private static final java.util.Set<String> ORGANISATION_NOUNS =
      java.util.stream.Stream.of(
              "حلف", "حكومة", "شركة", "سفارة", "قناة", "صحيفة", "وكالة", "منظمة", "وزارة", "هيئة",
              "لجنة", "رابطة", "جمعية", "مؤسسة", "اتحاد", "تحالف", "جيش", "شرطة")
          .map(ArabicNormalizer::normalize)
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  private static final char ALIF_HAMZA_ABOVE = 'أ';
  private static final char ALIF_HAMZA_BELOW = 'إ';
  private static final char TATWEEL = 'ـ';

  private static final int MAX_GIVEN_NAMES = 2;
  private static final String ABD = "عبد";
  private static final String ABU = "ابو";
  private static final char WAW = 'و';
  private static final String NISBA = "ي";
  private static final String ALLAH = "الله";

  /** Prepositions as written (على, not the name علي). */
  private static final java.util.Set<String> RAW_PREPOSITIONS =
      java.util.Set.of("في", "من", "عن", "لدى", "إلى", "على", "باسم", "بين", "مع", "ضد");

  private static final java.util.Set<String> PREPOSITIONS =
      java.util.Set.of("في", "من", "عن", "لدي", "الي", "علي", "باسم", "بين", "مع", "ضد");
  private static final int MAX_APPOSITION_WORDS = 5;
  private static final int MAX_ROLE_TAIL = 3;
  private static final int MAX_DESCRIPTION_WORDS = 6;
  private static final int MAX_TIME_WORDS = 2;
  private static final int MAX_ORGANISATION_WORDS = 4;
  private static final String ALA = "على";

  /** Description nouns that are adjectives when nothing follows (دبلوماسي فرنسي كبير). */
  private static final java.util.Set<String> ADJECTIVAL = java.util.Set.of("كبير", "كبيره");

  /** Nouns that describe a person after their name (ستيف بروسات عالم الأحياء). */
  private static final java.util.Set<String> DESCRIPTIONS =
      java.util.stream.Stream.of(
              "عالم",
              "عالمة",
              "كبير",
              "كبيرة",
              "مدافع",
              "مهاجم",
              "حارس",
              "والد",
              "والدة",
              "شقيق",
              "شقيقة",
              "أستاذة",
              "محرر",
              "محررة",
              "سكرتير",
              "بروفيسور",
              "استشاري",
              "استشارية",
              "مشجع",
              "صاحب",
              "صاحبة",
              "منافس",
              "نجم",
              "نجمة",
              "مؤسس",
              "مؤسسة",
              "أحد",
              "إحدى",
              "مفوضة",
              "المنشق",
              "أخصائي",
              "أخصائية",
              "إخصائية",
              "معيد",
              "مدرسة",
              "بطل",
              "بطلة",
              "خالة",
              "عم",
              "خال",
              "عمة",
              "ابنة",
              "زوج",
              "زوجة")
          .map(ArabicNormalizer::normalize)
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  private static final String HA = "ه";
  private static final int NO_OPENER = 0;
  private static final int WEAK_OPENER = 1;
  private static final int STRONG_OPENER = 2;
  private static final char COMMA = '،';
  private static final char LATIN_COMMA = ',';
  private static final char FA = 'ف';
  private static final char FULL_STOP_CHAR = '.';

  /** Endings of a noun with a possessive pronoun (ابنتيه، زوجته، رئيسها، قادتهم): no name. */
  private static final List<String> POSSESSIVE_ENDINGS = List.of("يه", "ته", "ها", "هم", "هما");

  private static final java.util.Set<String> LINKS =
      java.util.Set.of("بن", "ابن", "بنت", "ابو", "ال", "عبد", "الله", "الدين");
  private static final String PUNCTUATION = "،,.:;؛!?؟()\"«»“”'#0123456789";

  private final List<Mention> mentions;
  private final List<String> bodyWords;
  private final String body;
  private final List<Integer> wordStarts;
  private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("\\S+");

  SpeakerNames(List<Mention> mentions, String body) {
    List<String> ws = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    java.util.regex.Matcher found = WORD.matcher(body);
    while (found.find()) {
      ws.add(found.group());
      starts.add(found.start());
    }
    this.bodyWords = List.copyOf(ws);
    this.body = body;
    this.wordStarts = List.copyOf(starts);
    List<Mention> known = new ArrayList<>();
    for (Mention m : mentions) {
      // "آبي لأعضاء البرلمان" was read as a name: what it names is "آبي"
      List<String> words = List.of(clean(m.name()).split(" "));
      int cut = audienceStart(words);
      if (cut >= 2 && cut == words.size() && words.stream().allMatch(SpeakerNames::isNameWord)) {
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
    return new SpeakerNames(more, body, bodyWords, wordStarts);
  }

  private SpeakerNames(
      List<Mention> known, String body, List<String> bodyWords, List<Integer> wordStarts) {
    this.body = body;
    this.wordStarts = wordStarts;
    this.mentions = List.copyOf(known);
    this.bodyWords = bodyWords;
  }

  Attribution canonical(Attribution a) {
    if (!a.known()) {
      return a;
    }
    String cleaned = clean(a.speaker());
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
      role = role != null ? role : words.get(0);
      words = new ArrayList<>(words.subList(1, words.size()));
      lead = 1;
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
        && (words.size() == 1 && isSurname(words.get(0)) || compound(norms))) {
      String inBody = fullNameInBody(words);
      if (inBody == null && words.size() == 1) {
        inBody = nameBeforeRole(norms.get(0));
      }
      if (inBody != null) {
        return new Attribution(inBody, role, a.cue(), a.cueStart(), a.gender());
      }
    }
    boolean anonymous =
        norms.size() == 2 && !SpeakerWords.isDefinite(norms.get(0)) && norms.get(1).endsWith(NISBA);
    if (full == null
        && lead == 0
        && !anonymous
        && SpeakerWords.isRoleHead(norms.get(0))
        && words.size() >= 2) {
      String named = nameAfterRole(norms);
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
      String organisation = organisationName(bare);
      if (organisation == null && bare.equals(COMPANY)) {
        // "تطبيق المواعدة "بامبل" … وقالت الشركة": the company named in marks before
        organisation =
            MarkedNames.latestBefore(body, a.cueStart() < 0 ? body.length() : a.cueStart())
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
      String longer = longerDescription(norms);
      if (longer != null) {
        return new Attribution(longer, role, a.cue(), a.cueStart(), a.gender());
      }
    }
    boolean placedSource =
        words.size() >= 2 && PREPOSITIONS.contains(norms.get(1)); // "المسؤول في مدينة سبها"
    if (full == null
        && lead == 0
        && (words.size() == 1 || placedSource)
        && words.get(0).startsWith(DEFINITE)
        && SpeakerWords.SOURCE_NOUNS.contains(norms.get(0).substring(DEFINITE.length()))) {
      String described = indefiniteDescription(norms.get(0).substring(DEFINITE.length()));
      if (described != null) {
        return new Attribution(described, role, a.cue(), a.cueStart(), a.gender());
      }
    }
    if (full != null) {
      return new Attribution(
          clean(full.name()), role != null ? role : full.role(), a.cue(), a.cueStart(), a.gender());
    }
    if (words.size() >= 2 && RAW_PREPOSITIONS.contains(words.get(words.size() - 1))) {
      // "السفارة السعودية في" cut before "#تونس": a name does not end with a preposition
      String next = wordAfter(norms, a.cueStart() < 0 ? Integer.MAX_VALUE : a.cueStart());
      words = new ArrayList<>(words);
      if (next != null) {
        words.add(next);
      } else {
        words.remove(words.size() - 1);
      }
      norms = words.stream().map(ArabicNormalizer::normalize).toList();
    }
    int cut = isNameWord(words.get(0)) ? audienceStart(words) : words.size();
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
      boolean attached = w.charAt(0) == LAM || w.charAt(0) == BA;
      return afterDefinite && !attached && !PREPOSITIONS.contains(w) && !startsCompound(w)
          ? j
          : norms.size();
    }
    return norms.size();
  }

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

  /** The longest known name that ends with the speaker's first words (the more the better). */
  private Mention byEnding(List<String> words, List<String> norms) {
    String joined = String.join(" ", norms);
    if (norms.size() >= 2 && mentions.stream().anyMatch(m -> m.norm().equals(joined))) {
      return null; // "عبدالله مخارش" is a name of its own, not "نواف عبدالله" + more
    }
    Mention best = null;
    int bestLength = 0;
    for (Mention m : mentions) {
      String[] name = m.norm().split(" ");
      if (name.length < 2 || name.length == norms.size() && endsWith(name, norms)) {
        continue;
      }
      for (int j = Math.min(norms.size(), name.length); j > bestLength; j--) {
        if (endsWith(name, norms.subList(0, j))
            && !LINKS.contains(norms.get(j - 1))
            && (j == norms.size() || !LINKS.contains(norms.get(j)))
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
   * The longest "given names + surname" in the body for a speaker of one or two words (عبدالله
   * مخارش، زين الدين زيدان، تركي بن عبد الله الشليل): at most {@value #MAX_GIVEN_NAMES} name words
   * before it, besides the links بن، عبد، آل، الله، الدين …; the words must be clean name words (no
   * article, stop word, role, rank, cue, punctuation), and the word before them must open a name (a
   * comma, a definite word, a role, a rank or honorific, a hashtag, the start of a line) unless the
   * name holds a link. Null when the body has no longer form.
   */
  private String fullNameInBody(List<String> speaker) {
    List<String> target = speaker.stream().map(ArabicNormalizer::normalize).toList();
    boolean definite = SpeakerWords.isDefinite(target.get(0));
    String best = null;
    int bestWords = speaker.size();
    for (int i = speaker.size(); i <= bodyWords.size(); i++) {
      if (!matches(i - speaker.size(), target)) {
        continue;
      }
      int first = i - speaker.size();
      int given = 0;
      boolean conjunction = false;
      int k = first - 1;
      int from = first;
      while (k >= 0 && (isNameWord(bodyWords.get(k)) || afterAbd(k))) {
        String n = ArabicNormalizer.normalize(bodyWords.get(k));
        if (afterAbd(k)) {
          n = ABD; // "عبد الخالق": one compound
        }
        if (!startsCompound(n) && ++given > MAX_GIVEN_NAMES) {
          break;
        }
        from = k;
        boolean compoundStart =
            k + 1 < first && startsCompound(ArabicNormalizer.normalize(bodyWords.get(k + 1)));
        conjunction |= n.charAt(0) == WAW;
        int opener = k > 0 ? opener(bodyWords.get(k - 1)) : NO_OPENER;
        boolean opened =
            compoundStart
                || opener == STRONG_OPENER
                || opener == WEAK_OPENER && !conjunction && !definite
                || closesSentence(bodyWords.get(i - 1))
                    && !definite
                    && !conjunction
                    && (k == 0 || !isNameWord(bodyWords.get(k - 1)));
        boolean abdAfterComma =
            (n.equals(ABD) || n.equals(ABU)) && k > 0 && endsWithComma(bodyWords.get(k - 1));
        if ((!LINKS.contains(n) && opened || abdAfterComma || n.equals(ABD) && opened)
            && i - from > bestWords) {
          // "صعدة، عبد الخالق بشر": a name opening with عبد after a comma
          List<String> found = new ArrayList<>(bodyWords.subList(from, i));
          found.replaceAll(SpeakerNames::stripMarks);
          best = String.join(" ", found);
          bestWords = i - from;
        }
        k--;
      }
    }
    return best == null ? null : clean(best);
  }

  /**
   * The name the body gives in apposition right after this role (نائبة وزير الشؤون الخارجية في
   * كوريا الشمالية، تشوي سون هوي، …): the role's words, possibly followed by more words up to a
   * comma, then after an optional honorific or rank one to {@value #MAX_APPOSITION_WORDS} name
   * words closed by a comma. The first such name in the body, or null.
   */
  private String nameAfterRole(List<String> role) {
    for (int i = 0; i + role.size() <= bodyWords.size(); i++) {
      if (!matches(i, role)) {
        continue;
      }
      int k = i + role.size();
      String last = bodyWords.get(k - 1);
      if (!endsWithComma(last)) {
        // the role may go on to a comma ("… في كوريا الشمالية،")
        while (k < bodyWords.size()
            && k - i - role.size() < MAX_ROLE_TAIL
            && !endsWithComma(bodyWords.get(k))) {
          if (!bodyWords.get(k).equals(stripMarks(bodyWords.get(k)))) {
            k = bodyWords.size();
            break;
          }
          k++;
        }
        if (k >= bodyWords.size() || !endsWithComma(bodyWords.get(k))) {
          continue;
        }
        k++;
      }
      while (k < bodyWords.size()
          && (SpeakerWords.HONORIFICS.contains(ArabicNormalizer.normalize(bodyWords.get(k)))
              || SpeakerWords.RANKS.contains(ArabicNormalizer.normalize(bodyWords.get(k))))) {
        k++;
      }
      int from = k;
      while (k < bodyWords.size()
          && k - from < MAX_APPOSITION_WORDS
          && isNameWord(stripTrailingComma(bodyWords.get(k)))) {
        if (endsWithComma(bodyWords.get(k))) {
          List<String> found = new ArrayList<>(bodyWords.subList(from, k + 1));
          found.replaceAll(SpeakerNames::stripMarks);
          return found.size() >= 2 ? clean(String.join(" ", found)) : null;
        }
        k++;
      }
    }
    return null;
  }

  /**
   * The first "given name + one or two name words, role" in the body that opens with this one word
   * (مارسيلو بالفي، نائب الرئيس …), or null.
   */
  private String nameBeforeRole(String given) {
    for (int i = 0; i + 2 < bodyWords.size(); i++) {
      if (!ArabicNormalizer.normalize(stripMarks(bodyWords.get(i))).equals(given)
          || endsWithComma(bodyWords.get(i))) {
        continue;
      }
      for (int k = i + 1; k < bodyWords.size() - 1 && k <= i + 2; k++) {
        String w = bodyWords.get(k);
        if (!isNameWord(stripTrailingComma(w))) {
          break;
        }
        if (endsWithComma(w)) {
          String next = ArabicNormalizer.normalize(bodyWords.get(k + 1));
          if (SpeakerWords.isRoleHead(next)) {
            List<String> found = new ArrayList<>(bodyWords.subList(i, k + 1));
            found.replaceAll(SpeakerNames::stripMarks);
            return clean(String.join(" ", found));
          }
          break;
        }
      }
    }
    return null;
  }

  /**
   * The description an article first gave to the speaker it now calls by a definite noun (المصدر →
   * مصدر أمريكي مسؤول مطلع على الاستخبارات): the indefinite noun right after a speech verb, with
   * the words after it up to a comma, a complementizer or a cue, at most {@value
   * #MAX_DESCRIPTION_WORDS} words in all and at least two; or null.
   */
  private String indefiniteDescription(String bare) {
    for (int i = 1; i < bodyWords.size(); i++) {
      int c = i - 1;
      while (c > 0
          && i - c <= MAX_TIME_WORDS
          && SpeakerWords.TIME_NOUNS.contains(ArabicNormalizer.normalize(bodyWords.get(c)))) {
        c--; // "أفاد أمس الأربعاء مسؤول محلي"
      }
      String prev = bodyWords.get(c);
      if (!ArabicNormalizer.normalize(bodyWords.get(i)).equals(bare)
          || !prev.equals(stripMarks(prev))
          || SpeechCues.lookup(ArabicNormalizer.normalize(prev)).isEmpty()) {
        continue;
      }
      List<String> found = new ArrayList<>();
      found.add(bodyWords.get(i));
      for (int k = i + 1; k < bodyWords.size() && found.size() < MAX_DESCRIPTION_WORDS; k++) {
        String w = bodyWords.get(k);
        String n = ArabicNormalizer.normalize(stripMarks(w));
        if (n.isEmpty()
            || SpeechCues.isComplementizer(n)
            || SpeechCues.lookup(n).isPresent()
            || SpeakerWords.TIME_NOUNS.contains(n)
            || SpeakerWords.MEDIA_NOUNS.contains(n)
            || isAudience(w)
            || w.indexOf(':') >= 0) {
          break;
        }
        found.add(stripMarks(w));
        if (!w.equals(stripMarks(w))) {
          break;
        }
      }
      while (found.size() > 1 && RAW_PREPOSITIONS.contains(found.get(found.size() - 1))) {
        found.remove(found.size() - 1);
      }
      return found.size() >= 2 ? clean(String.join(" ", found)) : null;
    }
    return null;
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

  private String organisationName(String bare) {
    for (int i = 0; i < bodyWords.size(); i++) {
      String w = bodyWords.get(i);
      String n = ArabicNormalizer.normalize(stripMarks(w));
      boolean attached = n.length() > 1 && (n.charAt(0) == LAM || n.charAt(0) == BA);
      if (!w.equals(stripMarks(w))
          || !(n.equals(bare) || attached && n.substring(1).equals(bare))) {
        continue;
      }
      List<String> found = new ArrayList<>();
      found.add(attached ? stripMarks(w).substring(1) : stripMarks(w));
      for (int k = i + 1; k < bodyWords.size() && found.size() <= MAX_ORGANISATION_WORDS; k++) {
        String next = bodyWords.get(k);
        String m = ArabicNormalizer.normalize(stripMarks(next));
        if (m.isEmpty()
            || SpeakerPhrases.isStop(m)
            || SpeechCues.lookup(m).isPresent()
            || SpeechCues.isComplementizer(m)) {
          break;
        }
        found.add(stripMarks(next));
        if (!next.equals(stripMarks(next))) {
          break;
        }
      }
      String last = ArabicNormalizer.normalize(found.get(found.size() - 1));
      if (found.size() >= 2
          && found.size() <= MAX_ORGANISATION_WORDS
          && SpeakerWords.isDefinite(last)) {
        return clean(String.join(" ", found));
      }
    }
    return null;
  }

  /**
   * The description of an unnamed source as the body gives it in full after the words read (مصدر
   * قريب → مصدر قريب من حكومة المملكة): the same words followed by more words, without marks,
   * complementizers or cues, that run up to a quotation mark; at most {@value
   * #MAX_DESCRIPTION_WORDS} words; or null.
   */
  private String longerDescription(List<String> norms) {
    for (int i = 0; i + norms.size() < bodyWords.size(); i++) {
      String end = bodyWords.get(i + norms.size() - 1);
      if (!matches(i, norms) || !end.equals(stripMarks(end))) {
        continue;
      }
      List<String> found = new ArrayList<>(bodyWords.subList(i, i + norms.size()));
      for (int k = i + norms.size();
          k < bodyWords.size() && found.size() < MAX_DESCRIPTION_WORDS;
          k++) {
        String next = bodyWords.get(k);
        if (QuoteMarks.isMark(next.charAt(0))) {
          // the description runs up to the quote: "وقال مصدر قريب من حكومة المملكة "…""
          return found.size() > norms.size() ? clean(String.join(" ", found)) : null;
        }
        String m = ArabicNormalizer.normalize(stripMarks(next));
        boolean colon = next.endsWith(":") && next.length() > 1;
        if (m.isEmpty()
            || m.charAt(0) == LAM && !m.equals(LADA)
            || POSSESSIVE_ENDINGS.stream().anyMatch(next::endsWith)
            || next.length() > 3 && next.endsWith(HA)
            || !next.equals(stripMarks(next)) && !colon
            || SpeechCues.isComplementizer(m)
            || SpeechCues.lookup(m).isPresent()) {
          break;
        }
        found.add(stripMarks(next));
        if (colon) {
          // "وقال مصدر قريب من التحقيق: "…""
          boolean quoteNext =
              k + 1 < bodyWords.size() && QuoteMarks.isMark(bodyWords.get(k + 1).charAt(0));
          return quoteNext ? clean(String.join(" ", found)) : null;
        }
      }
    }
    return null;
  }

  /** True for a word that ends its sentence (تشو.), so the name before it is complete. */
  private static boolean closesSentence(String raw) {
    char c = raw.charAt(raw.length() - 1);
    return c == FULL_STOP_CHAR;
  }

  private static boolean endsWithComma(String raw) {
    char c = raw.charAt(raw.length() - 1);
    return c == COMMA || c == LATIN_COMMA;
  }

  private static String stripTrailingComma(String raw) {
    return endsWithComma(raw) ? raw.substring(0, raw.length() - 1) : raw;
  }

  /**
   * The word after the occurrence of these words in the body nearest before {@code position} (else
   * the first one), without marks, or null.
   */
  private String wordAfter(List<String> norms, int position) {
    String found = null;
    for (int i = 0; i + norms.size() < bodyWords.size(); i++) {
      if (matches(i, norms)) {
        String next = clean(stripMarks(bodyWords.get(i + norms.size())));
        if (found == null || wordStarts.get(i) < position) {
          found = next.isEmpty() ? null : next;
        }
      }
    }
    return found;
  }

  /**
   * True when the word at {@code k} is the definite half of a compound after عبد/أبو (عبد الخالق).
   */
  private boolean afterAbd(int k) {
    if (k == 0) {
      return false;
    }
    String w = bodyWords.get(k);
    String n = ArabicNormalizer.normalize(w);
    String before = ArabicNormalizer.normalize(bodyWords.get(k - 1));
    return w.equals(stripMarks(w))
        && SpeakerWords.isDefinite(n)
        && (before.equals(ABD) || before.equals(ABU));
  }

  /** True for a name of two words that is one compound (نصر الله، عبد الخالق، أبو خليل). */
  private static boolean compound(List<String> norms) {
    return norms.size() == 2 && (LINKS.contains(norms.get(1)) || startsCompound(norms.get(0)));
  }

  /** True for a link word or a compound opening with عبد (عبدالله). */
  private static boolean startsCompound(String norm) {
    return LINKS.contains(norm) || norm.startsWith(ABD);
  }

  private boolean matches(int at, List<String> target) {
    for (int d = 0; d < target.size(); d++) {
      String w = bodyWords.get(at + d);
      if (!ArabicNormalizer.normalize(stripMarks(w)).equals(target.get(d))) {
        return false;
      }
    }
    return true;
  }

  private static String stripMarks(String w) {
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

  /** A name word, or a definite one (الشليل), that is no role, institution or naming noun. */
  private static boolean isSurname(String raw) {
    String n = ArabicNormalizer.normalize(raw);
    return SpeakerWords.isDefinite(n)
        ? n.length() > DEFINITE.length() + 2 && isNameWord(n.substring(2))
        : isNameWord(raw);
  }

  private static boolean isNameWord(String raw) {
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
        || n.charAt(0) == FA && SpeakerPhrases.isStop(n.substring(1))
        || n.charAt(0) == WAW
            && (SpeakerPhrases.isStop(n.substring(1))
                || n.charAt(1) == WAW
                || SpeakerWords.isDefinite(n.substring(1))
                || SpeakerWords.isRoleHead(n.substring(1)))
        || POSSESSIVE_ENDINGS.stream().anyMatch(raw::endsWith)
        || raw.length() > 3 && raw.endsWith(HA) && !n.endsWith(ALLAH)) {
      return false;
    }
    if (LINKS.contains(n)) {
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
   * How strongly {@code raw} opens a name after it: strongly a role, rank or honorific or a
   * definite nisba (الإثيوبي); weakly a hashtag or a definite word ending in a comma (حاكم مصرف
   * لبنان المركزي، رياض سلامة), after which a clause may start as well.
   */
  private static int opener(String raw) {
    if (raw.isEmpty()) {
      return NO_OPENER;
    }
    char last = raw.charAt(raw.length() - 1);
    String n = ArabicNormalizer.normalize(stripMarks(raw));
    if (raw.charAt(0) == HASH) {
      return WEAK_OPENER;
    }
    if (last == COMMA || last == LATIN_COMMA) {
      return SpeakerWords.isDefinite(n) || n.equals(ALLAH) ? WEAK_OPENER : NO_OPENER;
    }
    if (PUNCTUATION.indexOf(last) >= 0 || n.isEmpty()) {
      return NO_OPENER;
    }
    boolean strong =
        SpeakerWords.isDefinite(n) && n.endsWith(NISBA)
            || SpeakerWords.isRoleHead(n)
            || SpeakerWords.RANKS.contains(n)
            || SpeakerWords.HONORIFICS.contains(n);
    return strong ? STRONG_OPENER : NO_OPENER;
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
      if (isAudience(words.get(i)) || audienceStart(words.subList(i - 1, words.size())) == 1) {
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
   * True for a definite descriptor that is no nisba (المعارِضة, not الإيراني) followed by two or
   * more indefinite name words, none a link (المعارِضة ميشيل ريمبل; not الحسن بن طلال).
   */
  private static boolean describedPerson(List<String> words) {
    if (words.size() < 3) {
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
    for (String w : words.subList(1, words.size())) {
      String n = ArabicNormalizer.normalize(w);
      if (!isNameWord(w) || SpeakerWords.isDefinite(n) || LINKS.contains(n)) {
        return false;
      }
    }
    return true;
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
        && isNameWord(next)
        && !SpeakerWords.isRoleHead(n)
        && !SpeakerWords.RANKS.contains(n)
        && !SpeakerWords.CONNECTORS.contains(n)
        && !SpeakerPhrases.isStop(n)
        && !isAudience(next);
  }

  /**
   * Where a description follows a name of two or more name words, none of them a link (ستيف بروسات
   * | عالم الأحياء، صائب عريقات | كبير المفاوضين، جاستن ترودو | والرئيس الفرنسي …): a role or
   * description noun, also after و; or the size.
   */
  private static int descriptionStart(List<String> words, List<String> norms) {
    for (int j = 0; j < words.size(); j++) {
      if (j >= 2
          && !startsCompound(norms.get(j - 1))
          && !startsCompound(norms.get(j))
          && isDescription(norms.get(j))
          && (j + 1 < norms.size() || !ADJECTIVAL.contains(norms.get(j)))) {
        return j;
      }
      if (!isNameWord(words.get(j))) {
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
        && !LINKS.contains(norms.get(j + 1));
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
      if (isAudience(words.get(i)) && isNameWord(words.get(i - 1)) || roleAfterName) {
        return i;
      }
    }
    return norms.size();
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
    return next == LAM || next == ALIF_HAMZA_ABOVE || next == ALIF_HAMZA_BELOW || next == TATWEEL;
  }
}
