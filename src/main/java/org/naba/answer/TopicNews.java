package org.naba.answer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.naba.search.Hit;
import org.naba.search.Unit;
import org.naba.search.UnitIndex;
import org.naba.search.UnitIndex.WeightedTerm;
import org.naba.store.Article;
import org.naba.store.StoredArticle;
import org.naba.text.ArabicNormalizer;
import org.naba.text.Lexicon;
import org.naba.text.PlaceNames;
import org.naba.text.Proclitics;

/**
 * The latest news of a topic (آخر أخبار Y، ما الجديد في Y): the newest articles whose title names
 * it, each by its opening sentence.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>A title names the topic when it holds its {@value #KEY_TERMS} rarest terms (all of them
 *       when it has fewer), and the noun of the happening the topic names, if any ({@code
 *       news-event-nouns}: زيارة البابا is not the pope's other news). When no title does, the
 *       titles that hold any {@value #KEY_TERMS} of its {@value #LOOSE_FROM} rarest terms give its
 *       news as close only ({@link News#loose()}, {@link Ranking.Path#LOOSE_NEWS}: "الطائرة
 *       الماليزية المفقودة" without MH370); when none does, the topic has no news here, and the
 *       question is answered as a factual one, only as close (Answerer, {@link
 *       Ranking.Path#UNTITLED_NEWS}): the rarest term alone gave the titles of anything that shares
 *       one word (شو صار بانفجار مرفأ بيروت: any "بانفجار"). A place the topic is placed in (قضية
 *       بينالا بفرنسا) counts only when the topic has fewer other terms: written with its
 *       preposition it is a rare term, and it would pick the titles of anything else in France; but
 *       a happening's place is part of the key (انتخابات الرئاسة في البرازيل: no other country's
 *       elections). A noun that heads a topic without naming it ({@code topic-head-nouns}: أسعار in
 *       أسعار الذهب) is left out when the topic has other words; a topic of one word must be in the
 *       title as written, with or without the article and proclitics (الذهب, not الذهبية). A
 *       leading ب is the preposition of "صار بـ" when the word is commoner without it (بانتخابات).
 *       A topic that is a quoted person's whole name of two words is named by the surname alone
 *       (جنازة ماكين for جون ماكين), as a one-word topic, unless the surname is definite (الشريف)
 *       or shorter than {@value #MIN_SURNAME} letters (خان). A role and its definite words that
 *       open the topic before two words or more say who a person is, and are left out (لاعب التنس
 *       سعود الحقباني).
 *   <li>The articles come newest first, each once, by its first sentence of {@value #OPENING_WORDS}
 *       words or more (not a dateline or a caption); only the articles of the question's days
 *       count, and none the caller leaves out.
 *   <li>One item per story: an older article of a story already listed adds its outlet to that item
 *       ({@link Answer#alsoReportedBy()}) instead of being listed again. Of one day's items, those
 *       whose opening sentence names the topic come first (a title may name it in passing), then
 *       those more outlets report ("الذهب يتراجع" in two outlets before "شنطة ذهب" in one).
 * </ul>
 */
final class TopicNews {

  /** The rarest terms of a topic a title must hold. */
  static final int KEY_TERMS = 2;

  /** The rarest terms of a topic of which a title loosely naming it holds any two. */
  static final int LOOSE_FROM = 4;

  /** Words of the shortest sentence that may open an article's news. */
  static final int OPENING_WORDS = 5;

  /** Units read from the index. */
  private static final int READ = 300;

  private static final char PREPOSITION_BA = 'ب';

  /** Nouns that head a topic without naming it (أسعار الذهب), left out when others remain. */
  private static final Set<String> HEADS = Lexicon.words("topic-head-nouns");

  /** Nouns of a happening, which a title must hold when the topic names one. */
  private static final Set<String> EVENTS = Lexicon.words("news-event-nouns");

  private static final String DEFINITE = "ال";

  /** Letters of the shortest surname that names a person alone in a title (not خان، بوش). */
  static final int MIN_SURNAME = 4;

  private final Predicate<List<String>> personsName;
  private final UnitIndex index;
  private final ArticleCache articles;
  private final int max;
  private final Function<Collection<String>, Map<String, String>> storyOf;
  private final PlaceNames places = PlaceNames.bundled();

  /**
   * @param storyOf the story of each article id that has one
   * @param personsName whether normalised words are a quoted person's whole name
   */
  TopicNews(
      UnitIndex index,
      ArticleCache articles,
      int max,
      Function<Collection<String>, Map<String, String>> storyOf,
      Predicate<List<String>> personsName) {
    this.index = index;
    this.articles = articles;
    this.max = max;
    this.storyOf = storyOf;
    this.personsName = personsName;
  }

  /**
   * The news of a topic: the openings of its newest articles, and whether their titles hold only
   * part of it ({@link Ranking.Path#LOOSE_NEWS}).
   */
  record News(List<Answer> answers, boolean loose) {
    News {
      answers = List.copyOf(answers);
    }
  }

  /**
   * The openings of the newest articles about {@code topic}, by the class's rules: those whose
   * title names it, else, loosely, those whose title holds part of it (two words of a topic are
   * also what an unrelated or later event shares with the news, جنازة الملكة …, so these are close
   * at best); empty when no title does either.
   */
  Optional<News> of(String topic, Set<String> excluded, UnitIndex.Days days) {
    List<String> words = withoutLeadingRole(new ArrayList<>(ArabicNormalizer.words(topic)));
    words.replaceAll(this::withoutPreposition);
    if (words.stream().anyMatch(w -> !isHead(w))) {
      words.removeIf(TopicNews::isHead);
    }
    List<String> named = words.stream().filter(w -> !index.terms(w).isEmpty()).toList();
    if (named.size() == 2
        && personsName.test(named)
        && !named.get(1).startsWith(DEFINITE)
        && named.get(1).length() >= MIN_SURNAME) {
      // (عن) جون ماكين: a title names a person by the surname (جنازة ماكين); not by a definite
      // one, often an adjective too (الشريف of عمر الشريف, and القدس الشريف), nor by a short one,
      // often a word too (خان of عمران خان: "الخان الأحمر", "خان روسيا")
      words.clear();
      words.add(named.get(1));
    }
    List<String> rarest = new ArrayList<>(rarestTerms(words, false));
    List<String> placed = rarestTerms(words, true);
    if (rarest.size() < KEY_TERMS) {
      rarest.addAll(placed);
    }
    if (rarest.isEmpty()) {
      return Optional.empty();
    }
    List<String> key = strictKey(rarest);
    if (!events(words).isEmpty() && !placed.isEmpty() && !key.contains(placed.get(0))) {
      key.add(placed.get(0)); // انتخابات الرئاسة في البرازيل: not another country's elections
    }
    return listing(List.of(key), words, excluded, days)
        .map(answers -> new News(answers, false))
        .or(
            () ->
                listing(looseKeys(rarest), words, excluded, days)
                    .map(answers -> new News(answers, true)));
  }

  /** The openings of the newest articles whose title holds one of {@code keys}, if any. */
  private Optional<List<Answer>> listing(
      List<List<String>> keys, List<String> words, Set<String> excluded, UnitIndex.Days days) {
    List<String> events = events(words);
    List<Hit> hits = new ArrayList<>();
    for (List<String> key : keys) {
      for (String event : events) {
        index.terms(event).stream().filter(t -> !key.contains(t)).forEach(key::add);
      }
      hits.addAll(index.newest(key, UnitIndex.Scope.TITLE, READ, days));
    }
    Map<Long, Hit> opening = new LinkedHashMap<>(); // each article's opening sentence
    Map<Long, Boolean> full = new HashMap<>(); // whether it has OPENING_WORDS words or more
    for (Hit h : hits) {
      if (h.kind() != Unit.Kind.SENTENCE) {
        continue;
      }
      boolean isFull = words(h) >= OPENING_WORDS;
      Hit before = opening.get(h.articleSeq());
      if (before == null || opens(h, isFull, before, full.get(h.articleSeq()))) {
        opening.put(h.articleSeq(), h);
        full.put(h.articleSeq(), isFull);
      }
    }
    if (words.size() == 1) {
      // one word, as written: الذهب is not الذهبي or ذهبية, which share its stem
      opening
          .keySet()
          .removeIf(
              seq ->
                  articles
                      .get(seq)
                      .map(a -> !holds(a.article().title(), words.get(0)))
                      .orElse(true));
    }
    // newest first, and articles of one day in the same order on every run
    List<Hit> articlesNewestFirst = new ArrayList<>(opening.values());
    articlesNewestFirst.sort(
        Comparator.comparing(
                (Hit h) ->
                    articles
                        .get(h.articleSeq())
                        .map(a -> Published.instant(a.article().published()))
                        .orElse(java.time.OffsetDateTime.MIN))
            .reversed()
            .thenComparing(Hit::articleSeq));
    List<String> ids = new ArrayList<>();
    for (Hit h : articlesNewestFirst) {
      articles.get(h.articleSeq()).ifPresent(s -> ids.add(s.article().id()));
    }
    Map<String, String> stories = storyOf.apply(ids);
    Map<String, Integer> itemOfStory = new HashMap<>();
    List<Answer> answers = new ArrayList<>();
    for (Hit h : articlesNewestFirst) {
      Optional<StoredArticle> stored = articles.get(h.articleSeq());
      if (stored.isEmpty() || excluded.contains(stored.get().article().id())) {
        continue;
      }
      Article a = stored.get().article();
      String story = stories.getOrDefault(a.id(), a.id());
      Integer item = itemOfStory.get(story);
      if (item != null) {
        answers.set(item, withOutlet(answers.get(item), a));
        continue;
      }
      itemOfStory.put(story, answers.size());
      answers.add(
          new Answer(
              answers.size() + 1,
              Answer.Kind.PASSAGE,
              a.text().substring(h.start(), h.end()),
              null,
              null,
              new ArticleRef(a.id(), a.title(), a.outlet(), a.published(), a.url()),
              List.of(),
              0,
              0));
    }
    if (answers.isEmpty()) {
      return Optional.empty();
    }
    // of one day, the articles whose opening names the topic first (a title may name it in passing:
    // "وفاة نجم سويدي تنبأ إبراهيموفيتش بتألقه"), then the stories more outlets report (a stable
    // sort: else the newest first)
    answers.sort(
        Comparator.comparing((Answer a) -> Published.instant(a.article().published()).toLocalDate())
            .reversed()
            .thenComparing(a -> !opensWith(a.text(), words))
            .thenComparing(a -> -a.alsoReportedBy().size()));
    List<Answer> listed = new ArrayList<>();
    for (Answer a : answers.subList(0, Math.min(max, answers.size()))) {
      listed.add(a.withRank(listed.size() + 1));
    }
    return Optional.of(listed);
  }

  /**
   * {@code words} without a role and its definite words that open them when two words or more
   * follow: they say who a person is, and a title names them without it (لاعب التنس سعود الحقباني →
   * سعود الحقباني يصل تونس).
   */
  private static List<String> withoutLeadingRole(List<String> words) {
    if (words.isEmpty() || !SpeakerDirectory.isRole(words.get(0))) {
      return words;
    }
    int k = 1;
    while (k < words.size() && words.get(k).startsWith(DEFINITE)) {
      k++;
    }
    return words.size() - k >= 2 ? new ArrayList<>(words.subList(k, words.size())) : words;
  }

  private static List<String> strictKey(List<String> rarest) {
    return new ArrayList<>(rarest.subList(0, Math.min(KEY_TERMS, rarest.size())));
  }

  /** Each pair of the {@value #LOOSE_FROM} rarest terms but the rarest two (the strict key). */
  private static List<List<String>> looseKeys(List<String> rarest) {
    List<List<String>> keys = new ArrayList<>();
    int from = Math.min(LOOSE_FROM, rarest.size());
    for (int i = 0; i < from; i++) {
      for (int j = Math.max(i + 1, KEY_TERMS); j < from; j++) {
        keys.add(new ArrayList<>(List.of(rarest.get(i), rarest.get(j))));
      }
    }
    return keys;
  }

  /**
   * Whether {@code h} opens its article rather than {@code before}: a sentence of {@value
   * #OPENING_WORDS} words or more before any shorter one (a dateline, "عين اليوم – لندن", or a
   * caption, "من التكريم", is no news), else the earlier of the two.
   */
  private static boolean opens(Hit h, boolean full, Hit before, boolean fullBefore) {
    return full != fullBefore ? full : h.ordinal() < before.ordinal();
  }

  private int words(Hit h) {
    return articles
        .get(h.articleSeq())
        .map(a -> ArabicNormalizer.words(a.article().text().substring(h.start(), h.end())).size())
        .orElse(0);
  }

  /** Whether {@code word} heads a topic without naming it (بأسعار، سعر). */
  private static boolean isHead(String word) {
    return Proclitics.bare(word).stream().anyMatch(HEADS::contains);
  }

  /** Whether an article's opening sentence holds a word of the topic (of three letters or more). */
  private static boolean opensWith(String opening, List<String> words) {
    return words.stream().anyMatch(w -> w.length() > 2 && holds(opening, w));
  }

  /** Whether {@code title} holds {@code word}, with or without the article and proclitics. */
  private static boolean holds(String title, String word) {
    Set<String> asked = Proclitics.bare(word);
    return ArabicNormalizer.words(title).stream()
        .anyMatch(w -> !Collections.disjoint(Proclitics.bare(w), asked));
  }

  /** The happenings {@code words} name (زيارة in بزيارة), as nouns without their proclitics. */
  private static List<String> events(List<String> words) {
    List<String> events = new ArrayList<>();
    for (String word : words) {
      for (String bare : Proclitics.bare(word)) {
        if (EVENTS.contains(bare)) {
          events.add(bare);
          break;
        }
      }
    }
    return events;
  }

  /**
   * {@code word} without a leading ب when the word without it is the commoner in the index: the
   * preposition of "شو صار بانتخابات …" (بانتخابات is a rarer term than انتخابات), not the first
   * letter of بريطانيا or بغداد.
   */
  private String withoutPreposition(String word) {
    if (word.length() < 4 || word.charAt(0) != PREPOSITION_BA) {
      return word;
    }
    String rest = word.substring(1);
    return rarity(rest) < rarity(word) ? rest : word;
  }

  /** The highest IDF of the terms of {@code word}: infinite when the index has none of them. */
  private double rarity(String word) {
    return index.weigh(word).stream()
        .mapToDouble(WeightedTerm::idf)
        .max()
        .orElse(Double.POSITIVE_INFINITY);
  }

  /** The analysed terms of {@code words} that are (or are not) places, the rarest first. */
  private List<String> rarestTerms(List<String> words, boolean ofPlaces) {
    String chosen =
        String.join(" ", words.stream().filter(w -> places.in(w).isEmpty() != ofPlaces).toList());
    return index.weigh(chosen).stream()
        .sorted(Comparator.comparingDouble(WeightedTerm::idf).reversed())
        .map(WeightedTerm::term)
        .toList();
  }

  /** {@code item} with the outlet of {@code other} (of the same story) among its other outlets. */
  private static Answer withOutlet(Answer item, Article other) {
    if (other.outlet() == null
        || other.outlet().equals(item.article().outlet())
        || item.alsoReportedBy().stream().anyMatch(s -> s.outlet().equals(other.outlet()))) {
      return item;
    }
    List<Source> outlets = new ArrayList<>(item.alsoReportedBy());
    outlets.add(new Source(other.outlet(), other.id()));
    return new Answer(
        item.rank(),
        item.kind(),
        item.text(),
        item.speaker(),
        item.role(),
        item.article(),
        outlets,
        item.score(),
        item.confidence());
  }
}
