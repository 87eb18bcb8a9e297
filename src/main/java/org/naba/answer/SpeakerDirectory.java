package org.naba.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.naba.store.Store;
import org.naba.text.ArabicNormalizer;
import org.naba.text.Lexicon;
import org.naba.text.NameSpellings;
import org.naba.text.PlaceNames;
import org.naba.text.Proclitics;

/**
 * Finds the speakers a question names in the words it uses (ترامب، كلوب مدرب ليفربول، الدكتور
 * عبدالله المسند، أحمد أبو الغيط): among the speakers of the store's quotes, read again as the
 * store grows ({@link ThrottledRead}).
 *
 * <p>Rules, over normalised words (the same or another spelling of a name meets: {@link
 * NameSpellings}, and a given name's other spellings among the quoted persons': {@link
 * GivenNameSpellings}; a word of the question may carry the preposition لـ: تصريح لجان لوك
 * ميلانشون; each word of the question gives one word of a name: أحمد البلهان does not give أحمد
 * أحمد):
 *
 * <ul>
 *   <li>The speakers whose every word is in the question, with the most words, are named, and so
 *       are those whose name is the end of theirs (أحمد أبو الغيط، and أبو الغيط as some articles
 *       call him; not عبدالله for عبدالله المسند).
 *   <li>A speaker one word of whose name is missing, their last name being in the question (a first
 *       name the reader left out: ترامب for دونالد ترامب), or, in a name of three words or more
 *       without lineage links, all but the last (أردوغان for رجب طيب أردوغان), is named when no one
 *       is named by every word but a one-word name, and the name does not end with a place (a place
 *       is no one's surname: طهران in "محافظ طهران" is not سلمان طهران; جيم ماتيس إيران is a
 *       misread name); among such speakers only the most quoted (not ميلانيا ترامب), with the other
 *       spellings of that name (محمد باركيندو، محمد باركيندوا); never when the question's name
 *       around that word, or the name it opens with, is another person's ({@link AnotherPerson}).
 *   <li>A name whose lineage the question leaves out (its first word, then its last: سامر العنيني
 *       for سامر بن علي العنيني) is named when no one is named by every word but a one-word name,
 *       and then neither a one-word name nor a speaker whose given name the question leaves out is
 *       (شبنان القرني is not عائض القرني, nor whoever is quoted as القرني); and after a two-word
 *       name named by every word, when it is that name with one son-of link and a definite family
 *       name (محمد بن عبد الله الجدعان after محمد الجدعان; not محمد بن سلمان بن عبدالعزيز for محمد
 *       عبدالعزيز).
 *   <li>A word of a description the question gives whole (متحدث الهلال الأحمر, a quoted speaker's
 *       description or the definite words after an indefinite role) is no surname.
 *   <li>A one-word name is named only by a one-word question name or by its last word (خالد is not
 *       خالد مرغلاني), nor two words or more after a role (إثيوبيا in "رئيس وزراء إثيوبيا" says
 *       whose; أردوغان in "الرئيس أردوغان" is who), nor, being a place, anywhere after one (باريس
 *       in "عمدة باريس"), and never when the question is found to name another person; nor then is
 *       a name none of whose words is that person's (عكاظ and لسوق عكاظ in "راشد الغامدي المدير
 *       التنفيذي لسوق عكاظ").
 *   <li>A description that opens with a role (وزير الخارجية اليمني، مدرب ليفربول، رئيس بلدية) is
 *       named only when no person is, nor found to be another person than a speaker: a role alone
 *       may be someone else's (المتحدث is not "المتحدث باسم جامعة نجران زهير العمري"), nor when the
 *       question gives a place after it that it lacks (رئيس بلدية is not "رئيس بلدية اسطنبول").
 *   <li>When one of the named is a person named with a given name (the first word of {@value
 *       #RARE_GIVEN_NAME_SPEAKERS} speakers or more, no institution's noun: not وزارة), the others
 *       are not named, but for the end of that person's name (أبو الغيط): راشد الغامدي, not لسوق
 *       عكاظ, in "المدير التنفيذي لسوق عكاظ راشد الغامدي"; منصور القفاري, not وزارة العدل, in
 *       "متحدث وزارة العدل منصور القفاري".
 *   <li>A name after a role that follows another name is whose role it is ({@link RoleOwners}).
 *   <li>Each person named comes with the other spellings of their surname (دونالد ترمب with دونالد
 *       ترامب: {@link SurnameSpellings}), the question's spelling first.
 *   <li>Doubtful speakers ({@link SpeakerCheck}) and speakers read behind the preposition لـ
 *       ({@link PrepositionalSpeakers}: لاتفاق باريس، لفوكس نيوز) are never named.
 * </ul>
 */
final class SpeakerDirectory {

  private static final Set<String> ROLE_HEADS = Lexicon.words("role-heads");
  private static final Set<String> INSTITUTIONS = Lexicon.words("institutions");
  private static final PlaceNames PLACES = PlaceNames.bundled();
  private static final String DEFINITE = "ال";

  /** The links of a lineage that say "son of" or "daughter of". */
  private static final Set<String> SON_OF = Set.of("ابن", "بن", "بنت");

  /**
   * Speakers who bear a first word for it to be a given name when no one's name ends with it (زهير:
   * three speakers' given name, and no one's surname; أوبك opens three junk speakers' names and
   * ends two); {@link AnotherPerson} asks for more when it may also be a surname.
   */
  static final int RARE_GIVEN_NAME_SPEAKERS = 3;

  private final ThrottledRead<Speakers> entries;

  /**
   * The plausible speakers; how many names of two words or more each first word opens (not
   * descriptions'), their last words, the persons by the words before their last, given names.
   */
  private record Speakers(
      List<Entry> entries,
      Map<String, Integer> firstNames,
      Set<String> lastNames,
      Map<String, Integer> openingQuotes,
      Map<String, Integer> endingQuotes,
      Set<List<String>> persons,
      Map<List<String>, List<Entry>> byGivenWords,
      GivenNameSpellings givenNames,
      Set<String> behindPreposition) {}

  private record Entry(String speaker, List<String> name, int quotes, boolean description) {}

  SpeakerDirectory(Store store) {
    this(store, System::nanoTime);
  }

  /**
   * @param nanoTime the clock that times the reads ({@link System#nanoTime} but in tests)
   */
  SpeakerDirectory(Store store, LongSupplier nanoTime) {
    this.entries = new ThrottledRead<>(store::lastSeq, () -> read(store), nanoTime);
  }

  /**
   * Whether a reply may show {@code speaker} as who said a statement: a plausible name ({@link
   * SpeakerCheck}), not one the extractor read behind the preposition لـ ({@link
   * PrepositionalSpeakers}).
   */
  boolean nameable(String speaker) {
    return nameable().test(speaker);
  }

  /**
   * {@link #nameable(String)} over the speakers as now read: one read for all the speakers of a
   * reply (each read asks the store whether it grew).
   */
  Predicate<String> nameable() {
    return ShownSpeakers.shown(entries.get().behindPreposition());
  }

  /** Whether {@code words} (normalised) are a quoted person's whole name. */
  boolean isPersonsName(List<String> words) {
    return entries.get().persons().contains(words);
  }

  /** How many speakers' names of two words or more open with {@code word} (منصور التركي …). */
  int namesOpenedBy(String word) {
    return entries.get().firstNames().getOrDefault(word, 0);
  }

  /** The speakers the words name, the most quoted first; empty when none is named. */
  List<String> named(List<String> words) {
    List<String> asked = new ArrayList<>();
    for (String w : words) {
      asked.add(w);
      String bare = NameWords.withoutPreposition(w);
      if (bare != null) {
        asked.add(bare);
      }
    }
    Speakers read = entries.get();
    for (String w : List.copyOf(asked)) {
      asked.addAll(read.givenNames().of(w)); // جيرمي هانت for جيريمي هانت
    }
    List<Entry> all = read.entries();
    Map<String, Integer> firstNames = read.firstNames();
    Set<String> lastNames = read.lastNames();
    List<Entry> whole = new ArrayList<>();
    List<Entry> firstNameLeftOut = new ArrayList<>();
    List<Entry> descriptions = new ArrayList<>();
    List<Entry> lineageLeftOut = new ArrayList<>();
    // the words of a person the question names and the directory does not hold
    Set<String> someoneElse = new HashSet<>();
    // the words of the descriptions the question gives whole (متحدث الهلال الأحمر): a quoted
    // description's, and the definite genitives after an indefinite role (متحدث | الهلال الأحمر)
    List<String> described = new ArrayList<>(NameWords.genitivesOfRoles(words));
    for (Entry e : all) {
      if (!NameWords.any(asked, e.name().getLast())) {
        continue;
      }
      if (e.name().size() == 1
          && words.size() > 1
          && !NameWords.any(List.of(words.getLast()), e.name().get(0))) {
        continue; // خالد is not خالد مرغلاني: a one-word name must be the question's last word
      }
      if (e.name().size() == 1
          && (words.subList(0, Math.max(0, words.size() - 2)).stream()
                  .anyMatch(SpeakerDirectory::isRole)
              || isPlace(e.name().get(0)) && words.stream().anyMatch(SpeakerDirectory::isRole))) {
        // إثيوبيا in "رئيس وزراء إثيوبيا" says whose prime minister, باريس in "عمدة باريس" whose
        // mayor (a capital is quoted for its government: قالت باريس); not الرئيس أردوغان
        continue;
      }
      int missing = NameWords.missing(e.name(), asked);
      if (missing == 0 && e.description()) {
        described.addAll(e.name());
      }
      if (missing == 0) {
        if (!e.description()) {
          whole.add(e);
        } else if (!NameWords.placeAfter(words, e.name())) {
          descriptions.add(e); // not رئيس بلدية for "رئيس بلدية اسطنبول": another city's mayor
        }
      } else if (NameWords.lineageLeftOut(e.name(), asked)) {
        lineageLeftOut.add(e);
      } else if ((missing == 1
                  && e.name().size() >= 2
                  && !isPlace(e.name().getLast()) // طهران in "محافظ طهران" is no one's surname
              || NameWords.givenNamesLeftOut(e.name(), asked))
          && !e.description()) {
        List<String> other = AnotherPerson.in(words, e.name(), firstNames, lastNames);
        if (!other.isEmpty()) {
          someoneElse.addAll(other);
        } else {
          firstNameLeftOut.add(e);
        }
      }
    }
    // a word of a description the question gives is no one's surname (الأحمر of "متحدث الهلال
    // الأحمر" is not علي محسن الأحمر), nor one of a question that names someone else first
    firstNameLeftOut.removeIf(
        e ->
            NameWords.any(described, e.name().getLast())
                || AnotherPerson.namedElsewhere(words, e.name(), firstNames));
    someoneElse.removeIf(w -> NameWords.any(described, w)); // الخارجية الألماني: a description
    if (!someoneElse.isEmpty()) {
      // a name with no word of that person's is in their description (عكاظ of "راشد الغامدي
      // المدير التنفيذي لسوق عكاظ"), and a one-word name is their surname alone (الغامدي)
      List<String> other = List.copyOf(someoneElse);
      whole.removeIf(
          e -> e.name().size() == 1 || e.name().stream().noneMatch(w -> NameWords.any(other, w)));
      firstNameLeftOut.removeIf(e -> e.name().stream().noneMatch(w -> NameWords.any(other, w)));
    }
    int longest = whole.stream().mapToInt(e -> e.name().size()).max().orElse(0);
    List<Entry> chosen = new ArrayList<>();
    for (Entry e : whole) {
      if (e.name().size() == longest
          || whole.stream()
              .anyMatch(
                  other ->
                      other.name().size() == longest
                          && NameWords.endsWith(other.name(), e.name()))) {
        chosen.add(e);
      }
    }
    // the same person written with a lineage (محمد بن عبد الله الجدعان for محمد الجدعان): one link
    // and a family name, not an ancestor's given name (not محمد بن سلمان بن عبدالعزيز)
    List<Entry> named = List.copyOf(chosen);
    List<Entry> withLineage =
        lineageLeftOut.stream()
            .filter(e -> e.name().stream().filter(SON_OF::contains).count() == 1)
            .filter(e -> e.name().getLast().startsWith(DEFINITE))
            .filter(
                e ->
                    named.stream()
                        .anyMatch(
                            n -> n.name().size() == 2 && NameWords.sameEnds(n.name(), e.name())))
            .toList();
    if (longest <= 1) {
      // whose given name the question gives is the one asked about: "العقيد شبنان القرني" is
      // شبنان بن مبارك القرني, not the more quoted عائض القرني nor anyone quoted as القرني
      if (!lineageLeftOut.isEmpty()) {
        chosen.removeIf(e -> e.name().size() == 1);
        firstNameLeftOut.clear();
      }
      chosen.addAll(lineageLeftOut); // سامر بن علي العنيني, when no one is سامر العنيني
      firstNameLeftOut.stream()
          .max(Comparator.comparingInt(Entry::quotes))
          .ifPresent(
              most -> // and the same person under another spelling (باركيندو / باركيندوا)
              firstNameLeftOut.stream()
                      .filter(e -> NameWords.sameName(e.name(), most.name()))
                      .forEach(chosen::add));
    }
    if (chosen.isEmpty() && someoneElse.isEmpty()) {
      chosen.addAll(descriptions);
    }
    // a name after a role that follows another name is whose role it is (RoleOwners)
    List<Entry> given = List.copyOf(chosen);
    chosen.removeIf(
        e -> given.stream().anyMatch(o -> RoleOwners.ownsRoleOf(words, e.name(), o.name())));
    // a person named with a given name leaves out the other names: "لسوق عكاظ" in "المدير
    // التنفيذي لسوق عكاظ راشد الغامدي" is where he works, not who the question asks about
    List<Entry> persons =
        chosen.stream().filter(e -> givenName(e.name().getFirst(), firstNames)).toList();
    if (!persons.isEmpty()) {
      chosen.removeIf(
          e ->
              !persons.contains(e)
                  && persons.stream().noneMatch(p -> NameWords.endsWith(p.name(), e.name())));
    }
    // the name as the question gives it first: its reported statements are read under it; each
    // person then under the other spellings of their surname (دونالد ترمب، دونالد ترامب)
    List<Entry> out = new ArrayList<>();
    for (Entry e :
        chosen.stream().sorted(Comparator.comparingInt(Entry::quotes).reversed()).toList()) {
      out.add(e);
      if (!e.description()) {
        read
            .byGivenWords()
            .getOrDefault(e.name().subList(0, e.name().size() - 1), List.of())
            .stream()
            .filter(o -> SurnameSpellings.onePerson(e.name(), o.name(), this::isGivenName))
            .filter(o -> !chosen.contains(o) && !out.contains(o))
            .forEach(out::add);
      }
    }
    return Stream.concat(out.stream(), withLineage.stream()).map(Entry::speaker).toList();
  }

  /**
   * The other spellings of {@code word} (normalised) as the surname of a person it names ({@link
   * SurnameSpellings}: ترامب for ترمب), the most quoted first.
   */
  List<String> otherSpellings(String word) {
    return named(List.of(word)).stream()
        .map(n -> ArabicNormalizer.words(n).getLast())
        .filter(last -> !last.equals(word) && NameSpellings.sameSurname(last, word))
        .distinct()
        .toList();
  }

  /**
   * Whether {@code word} is a given name: it opens the names of {@value #RARE_GIVEN_NAME_SPEAKERS}
   * persons or more, quoted more than the persons whose name it ends (محمد; not ترامب, which opens
   * misread names: ترامب بتغريدة).
   */
  boolean isGivenName(String word) {
    Speakers read = entries.get();
    return givenName(word, read.firstNames())
        && read.openingQuotes().getOrDefault(word, 0) > read.endingQuotes().getOrDefault(word, 0);
  }

  /**
   * Whether {@code word} opens the names of {@value #RARE_GIVEN_NAME_SPEAKERS} speakers or more and
   * is no institution's noun: وزارة opens وزارة الخارجية، وزارة العدل … and names no one.
   */
  private static boolean givenName(String word, Map<String, Integer> firstNames) {
    return firstNames.getOrDefault(word, 0) >= RARE_GIVEN_NAME_SPEAKERS
        && !INSTITUTIONS.contains(Proclitics.withoutArticle(word));
  }

  static boolean isRole(String word) {
    return ROLE_HEADS.contains(Proclitics.withoutArticle(word));
  }

  static boolean isPlace(String word) {
    return !PLACES.in(word).isEmpty();
  }

  private static Speakers read(Store store) {
    List<Entry> read = new ArrayList<>();
    Map<String, Integer> firstNames = new HashMap<>();
    Set<String> lastNames = new HashSet<>();
    Map<String, Integer> openingQuotes = new HashMap<>();
    Map<String, Integer> endingQuotes = new HashMap<>();
    Set<List<String>> persons = new HashSet<>();
    Map<List<String>, List<Entry>> byGivenWords = new HashMap<>();
    Map<String, Set<String>> surnamesByGivenName = new HashMap<>();
    List<Store.SpeakerSummary> speakers = store.speakers();
    Set<String> behind =
        PrepositionalSpeakers.among(speakers.stream().map(Store.SpeakerSummary::speaker).toList());
    for (Store.SpeakerSummary s : speakers) {
      List<String> name = ArabicNormalizer.words(s.speaker());
      if (!name.isEmpty() && SpeakerCheck.plausible(s.speaker()) && !behind.contains(s.speaker())) {
        Entry e =
            new Entry(
                s.speaker(),
                name,
                s.quotes(),
                ROLE_HEADS.contains(Proclitics.withoutArticle(name.get(0))));
        read.add(e);
        if (!e.description()) {
          persons.add(name);
        }
        if (name.size() >= 2) {
          if (!e.description()) {
            byGivenWords
                .computeIfAbsent(name.subList(0, name.size() - 1), k -> new ArrayList<>())
                .add(e);
            firstNames.merge(name.getFirst(), 1, Integer::sum);
            surnamesByGivenName
                .computeIfAbsent(name.getFirst(), k -> new HashSet<>())
                .add(name.getLast());
            openingQuotes.merge(name.getFirst(), s.quotes(), Integer::sum);
            endingQuotes.merge(name.getLast(), s.quotes(), Integer::sum);
          }
          lastNames.add(name.getLast()); // a description's too: مدير مطار أبها فهد العدواني
        }
      }
    }
    return new Speakers(
        List.copyOf(read),
        Map.copyOf(firstNames),
        Set.copyOf(lastNames),
        Map.copyOf(openingQuotes),
        Map.copyOf(endingQuotes),
        Set.copyOf(persons),
        Map.copyOf(byGivenWords),
        GivenNameSpellings.of(surnamesByGivenName),
        behind);
  }
}
