package org.naba.answer;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.naba.quotes.Quote;
import org.naba.quotes.QuoteClause;
import org.naba.search.Hit;
import org.naba.search.Unit;
import org.naba.search.UnitIndex;
import org.naba.store.Article;
import org.naba.store.StoredArticle;
import org.naba.text.ArabicNormalizer;
import org.naba.text.Span;

/**
 * A speaker's latest statements: their quotes, and the sentences that report what they said (وقال
 * كلوب إن …), newest first.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>The speaker is who the question names ({@link SpeakerDirectory}). When no quote's speaker
 *       bears the name, the words the question gives from a given name (the first word of {@value
 *       #GIVEN_NAME_SPEAKERS} speakers' names or more, also behind ل: لسعيد) up to a role or their
 *       end (سعيد النقير of "لسعيد النقير المتحدث باسم صحة عسير"), two or more, are read in the
 *       sentences that report them, from the first given name on that any sentence reports (الدكتور
 *       منصور اليامي: honorifics left out; رئيس بلدية الهفوف قاسم الهزوم: the role before the name
 *       too; المتحدث باسم صحة القصيم أحمد البلهان: باسم opens names, but none reported); no name
 *       ends with a place (not وزراء إثيوبيا of "رئيس وزراء إثيوبيا"). An official the news reports
 *       and never quotes has statements too. Nobody named, nothing.
 *   <li>A quote counts when its speaker is one of the named; a sentence when a speech verb or a
 *       word that credits a source (طبقا لـ، بحسب) stands within {@value
 *       ReportingSentences#VERB_REACH} words before the speaker's last name ({@value
 *       ReportingSentences#NAMED_VERB_REACH} when their given name comes with it, and no عن، مع or
 *       بين stands between: a long role may), with the speaker its subject (no إن or أن between:
 *       قالت وسائل إعلام إن الرئيس …; no other person's name right after the verb before a comma:
 *       وقال ياسين أقطاي، مستشار الرئيس …; not the person spoken to, nor the one whose adviser or
 *       lawyer spoke: لنظيره السعودي عادل الجبير، للرئيس التركي …، محامي كريستيانو رونالدو; not
 *       after what was announced: وأعلن تعيين …), and no quote makes up most of it (the quote
 *       stands for it). An article may give the name without its lineage (ناصر الخريصي for ناصر بن
 *       أحمد الخريصي), or with a father's name of two words (محمد بن عبد الله الجدعان for محمد
 *       الجدعان), a three-word name without its middle (نايف الجهني for نايف محمد الجهني), or the
 *       name with a proclitic (في حوار لمارتن غريفيث).
 *   <li>Sentences are read among the newest that give the whole name, the first and last words of a
 *       longer one (شبنان القرني of شبنان بن مبارك القرني), and the last name: a common last name
 *       (ياسين، الملا، القرني) fills the newest sentences with other people, and the speaker's own
 *       would not be read. A person is read under each spelling of their surname ({@link
 *       SurnameSpellings}: دونالد ترمب، دونالد ترامب).
 *   <li>Statements come newest first (by their article's publication); within an article, the
 *       speaker's quotes before the outlet's account of what they said (كشف هيغواين أن …), each in
 *       article order; a quote that is less than half of its sentence counts as the account, so the
 *       sentence, which holds it, is shown for it; the same statement reported twice is shown once.
 *   <li>Only the articles of the question's days count, and none the caller leaves out.
 * </ul>
 */
final class LatestStatements {

  /** Units read from the index, for quotes and for reporting sentences each. */
  private static final int READ = 60;

  /** The speakers searched among the named, the most quoted first. */
  private static final int NAMES = 3;

  private static final double SAME_STATEMENT = 0.6;

  /**
   * Speakers whose name opens with a word for it to be a given name, in a name no quote's speaker
   * bears (عبدالمحسن: عبدالمحسن النمر and one more).
   */
  private static final int GIVEN_NAME_SPEAKERS = 2;

  private static final Pattern NOT_LETTERS_AT_ENDS = Pattern.compile("^[^\\p{L}]+|[^\\p{L}]+$");

  private final UnitIndex index;
  private final ArticleCache articles;
  private final SpeakerDirectory speakers;
  private final int max;

  /** The named speaker (the most quoted of those named) and their latest statements. */
  record Found(String speaker, List<Answer> answers) {}

  LatestStatements(UnitIndex index, ArticleCache articles, SpeakerDirectory speakers, int max) {
    this.index = index;
    this.articles = articles;
    this.speakers = speakers;
    this.max = max;
  }

  Optional<Found> of(List<String> named, Set<String> excluded, UnitIndex.Days days) {
    List<String> names = speakers.named(named);
    if (names.isEmpty()) {
      return reportedOnly(named, excluded, days);
    }
    List<Statement> found = new ArrayList<>();
    for (String name : names.subList(0, Math.min(NAMES, names.size()))) {
      for (Hit hit : index.newest(index.terms(name), UnitIndex.Scope.SPEAKER, READ, days)) {
        quote(hit, names, excluded).ifPresent(found::add);
      }
    }
    List<String> first = ArabicNormalizer.words(names.get(0));
    Set<String> read = new HashSet<>();
    for (List<String> name : spellingsOf(first, names)) {
      for (String words : searchedNames(name)) {
        for (Hit hit : index.newest(index.terms(words), UnitIndex.Scope.TEXT, READ, days)) {
          if (read.add(hit.kind() + ":" + hit.articleSeq() + ":" + hit.ordinal())) {
            reported(hit, name, excluded).ifPresent(found::add);
          }
        }
      }
    }
    List<Answer> answers = newestOnce(found);
    return answers.isEmpty() ? Optional.empty() : Optional.of(new Found(names.get(0), answers));
  }

  /**
   * What the sentences that report {@code name} are searched by: the whole name, its first and last
   * words when more stand between (شبنان القرني for شبنان بن مبارك القرني: every word is required),
   * and the last.
   */
  private static List<String> searchedNames(List<String> name) {
    List<String> out = new ArrayList<>(List.of(String.join(" ", name)));
    if (name.size() > 2) {
      out.add(name.getFirst() + " " + name.getLast());
    }
    out.add(name.getLast());
    return out;
  }

  /**
   * {@code first}, and the names among the first {@value #NAMES} {@code named} that are its other
   * spellings ({@link SurnameSpellings}): the sentences that report the person are read under each.
   */
  private List<List<String>> spellingsOf(List<String> first, List<String> named) {
    List<List<String>> out = new ArrayList<>(List.of(first));
    for (String other : named.subList(1, Math.min(NAMES, named.size()))) {
      List<String> name = ArabicNormalizer.words(other);
      if (SurnameSpellings.onePerson(first, name, speakers::isGivenName)) {
        out.add(name);
      }
    }
    return out;
  }

  /**
   * The latest statements of someone no quote's speaker names, from the sentences that report them
   * under the name the question gives; nothing when its words are no such name.
   */
  private Optional<Found> reportedOnly(
      List<String> named, Set<String> excluded, UnitIndex.Days days) {
    List<String> words = named.stream().filter(w -> !NameWords.isHonorific(w)).toList();
    // from each given name on, the first that reports anything: a role before the name (رئيس
    // بلدية الهفوف قاسم الهزوم) may hold a word that opens names too (باسم in "المتحدث باسم")
    for (int given = 0; given + 2 <= words.size(); given++) {
      List<String> name = nameFrom(words, given);
      if (name.size() < 2 || SpeakerDirectory.isPlace(name.getLast())) {
        continue; // not وزراء إثيوبيا of "رئيس وزراء إثيوبيا"
      }
      List<Statement> found = new ArrayList<>();
      for (Hit hit :
          index.newest(index.terms(String.join(" ", name)), UnitIndex.Scope.TEXT, READ, days)) {
        reported(hit, name, excluded).ifPresent(found::add);
      }
      List<Answer> answers = newestOnce(found);
      if (!answers.isEmpty()) {
        return Optional.of(new Found(asWritten(name, answers.get(0).text()), answers));
      }
    }
    return Optional.empty();
  }

  /**
   * The name the question gives from its word {@code given} on, when that word is a given name (the
   * first word of {@value #GIVEN_NAME_SPEAKERS} speakers' names or more), read behind the
   * preposition ل when need be (لسعيد): up to the role that follows it ("سعيد النقير المتحدث باسم
   * صحة عسير": سعيد النقير); empty when the word is no given name.
   */
  private List<String> nameFrom(List<String> words, int given) {
    String first = words.get(given);
    if (speakers.namesOpenedBy(first) < GIVEN_NAME_SPEAKERS) {
      first = NameWords.withoutPreposition(first);
      if (first == null || speakers.namesOpenedBy(first) < GIVEN_NAME_SPEAKERS) {
        return List.of();
      }
    }
    List<String> name = new ArrayList<>(List.of(first));
    for (String w : words.subList(given + 1, words.size())) {
      if (SpeakerDirectory.isRole(w)) {
        break;
      }
      name.add(w);
    }
    return name;
  }

  /** {@code name} as {@code text} writes it (its letters, not their normal form), else as given. */
  private static String asWritten(List<String> name, String text) {
    String[] tokens = text.split("\\s+");
    for (int i = 0; i + name.size() <= tokens.length; i++) {
      List<String> words = new ArrayList<>();
      for (int j = i; j < i + name.size(); j++) {
        words.addAll(ArabicNormalizer.words(tokens[j]));
      }
      if (words.equals(name)) {
        return trimmed(String.join(" ", List.of(tokens).subList(i, i + name.size())));
      }
    }
    // apart (a lineage between): each word as the text writes it
    List<String> written = new ArrayList<>();
    for (String word : name) {
      written.add(
          Stream.of(tokens)
              .map(LatestStatements::trimmed)
              .filter(t -> ArabicNormalizer.words(t).equals(List.of(word)))
              .findFirst()
              .orElse(word));
    }
    return String.join(" ", written);
  }

  /** {@code text} without what is no letter at its ends (quote marks, commas). */
  private static String trimmed(String text) {
    return NOT_LETTERS_AT_ENDS.matcher(text).replaceAll("");
  }

  /** The statements newest first (see the class's rules), each said once, at most {@code max}. */
  private List<Answer> newestOnce(List<Statement> found) {
    found.sort(
        Comparator.comparing(Statement::published, Comparator.reverseOrder())
            .thenComparing(Statement::articleId)
            .thenComparing(Statement::afterWholeQuotes)
            .thenComparingInt(Statement::start));
    List<Answer> answers = new ArrayList<>();
    List<Shingles> seen = new ArrayList<>();
    for (Statement s : found) {
      if (answers.size() == max) {
        break;
      }
      Shingles shingles = Shingles.of(s.answer().text());
      if (seen.stream().noneMatch(x -> x.containment(shingles) >= SAME_STATEMENT)) {
        seen.add(shingles);
        answers.add(s.answer().withRank(answers.size() + 1));
      }
    }
    return answers;
  }

  /**
   * One statement and where it stands, for ordering.
   *
   * @param fragment a quote that makes up less than half of its sentence ("انتهاكها القانون الدولي"
   *     of "أن السلطة تقدمت بشكوى … بسبب "انتهاكها القانون الدولي""): the sentence that reports it
   *     says more, so it is ordered with the outlet's accounts and the sentence, earlier in the
   *     article, stands for it
   */
  private record Statement(
      Answer answer, OffsetDateTime published, String articleId, int start, boolean fragment) {

    /** True for what is ordered after the speaker's own whole quotes of its article. */
    boolean afterWholeQuotes() {
      return answer.kind() != Answer.Kind.QUOTE || fragment;
    }
  }

  private Optional<Statement> quote(Hit hit, List<String> names, Set<String> excluded) {
    if (hit.kind() != Unit.Kind.QUOTE) {
      return Optional.empty();
    }
    Optional<StoredArticle> stored = articles.get(hit.articleSeq());
    if (stored.isEmpty() || excluded.contains(stored.get().article().id())) {
      return Optional.empty();
    }
    List<Quote> quotes = stored.get().parsed().quotes();
    if (hit.ordinal() >= quotes.size() || !names.contains(quotes.get(hit.ordinal()).speaker())) {
      return Optional.empty();
    }
    Quote q = quotes.get(hit.ordinal());
    return Optional.of(
        statement(
            stored.get(),
            Answer.Kind.QUOTE,
            QuoteClause.text(stored.get().article().text(), q.start(), q.end()),
            q.speaker(),
            q.role(),
            q.start(),
            fragment(stored.get(), q)));
  }

  private Optional<Statement> reported(Hit hit, List<String> name, Set<String> excluded) {
    if (hit.kind() != Unit.Kind.SENTENCE) {
      return Optional.empty();
    }
    Optional<StoredArticle> stored = articles.get(hit.articleSeq());
    if (stored.isEmpty() || excluded.contains(stored.get().article().id())) {
      return Optional.empty();
    }
    String text = stored.get().article().text().substring(hit.start(), hit.end());
    int length = hit.end() - hit.start();
    boolean mostlyAQuote =
        stored.get().parsed().quotes().stream()
            .anyMatch(
                q -> Math.min(q.end(), hit.end()) - Math.max(q.start(), hit.start()) >= length / 2);
    if (mostlyAQuote
        || !ReportingSentences.saidBy(text, name)
        || !ReportingSentences.namesWhole(stored.get(), name)) {
      return Optional.empty();
    }
    return Optional.of(
        statement(stored.get(), Answer.Kind.PASSAGE, text, null, null, hit.start(), false));
  }

  /** Whether {@code q} makes up less than half of the sentences it stands in. */
  private static boolean fragment(StoredArticle stored, Quote q) {
    List<Span> sentences = stored.parsed().sentences();
    return stored
        .parsed()
        .sentencesOverlapping(q.start(), q.end())
        .map(at -> sentences.get(at.end() - 1).end() - sentences.get(at.start()).start())
        .filter(length -> 2 * (q.end() - q.start()) < length)
        .isPresent();
  }

  private static Statement statement(
      StoredArticle stored,
      Answer.Kind kind,
      String text,
      String speaker,
      String role,
      int start,
      boolean fragment) {
    Article a = stored.article();
    return new Statement(
        new Answer(
            0,
            kind,
            text,
            speaker,
            role,
            new ArticleRef(a.id(), a.title(), a.outlet(), a.published(), a.url()),
            List.of(),
            0,
            0),
        Published.instant(a.published()),
        a.id(),
        start,
        fragment);
  }
}
