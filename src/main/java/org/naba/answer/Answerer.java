package org.naba.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.naba.quotes.Quote;
import org.naba.search.Hit;
import org.naba.search.SentenceIndex;
import org.naba.search.Unit;
import org.naba.store.Article;
import org.naba.store.Store;
import org.naba.store.StoredArticle;
import org.naba.text.ArabicNormalizer;

/**
 * Turns a question into ranked, attributed answers: retrieves units, prefers the direct quote that
 * holds a retrieved sentence, boosts statements by a speaker named in the question, and collapses
 * repeats.
 */
public final class Answerer {

  /** Units retrieved per question before ranking. */
  private static final int CANDIDATES = 50;

  /** A quote outranks a narrative sentence of similar relevance. */
  private static final double QUOTE_BOOST = 1.2;

  /** A statement by a speaker the question names outranks the rest. */
  private static final double SPEAKER_BOOST = 1.6;

  private static final int CACHED_ARTICLES = 4_096;

  private final SentenceIndex index;
  private final Store store;
  private final int maxAnswers;
  private NoAnswer noAnswer;
  private long noAnswerSeq;
  private final Map<Long, StoredArticle> cache =
      new LinkedHashMap<>(256, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, StoredArticle> eldest) {
          return size() > CACHED_ARTICLES;
        }
      };

  public Answerer(SentenceIndex index, Store store, int maxAnswers) {
    this.index = index;
    this.store = store;
    this.maxAnswers = maxAnswers;
  }

  public AnswerSet ask(String question) {
    Set<String> questionWords = words(question);
    List<Candidate> candidates = new ArrayList<>();
    for (Hit hit : index.search(question, CANDIDATES)) {
      article(hit.articleSeq()).ifPresent(a -> candidates.add(candidate(hit, a, questionWords)));
    }
    candidates.sort(Comparator.comparingDouble(Candidate::score).reversed());
    List<Answer> answers = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Candidate c : candidates) {
      if (answers.size() == maxAnswers) {
        break;
      }
      if (seen.add(ArabicNormalizer.normalize(c.text()))) {
        answers.add(
            new Answer(
                answers.size() + 1,
                c.kind(),
                c.text(),
                c.speaker(),
                c.role(),
                c.article(),
                List.of(),
                c.score()));
      }
    }
    return new AnswerSet(question, answers);
  }

  /** What to say when a question gets no answer, with the corpus's most quoted speakers. */
  public synchronized NoAnswer noAnswer() {
    long last = store.lastSeq();
    if (noAnswer == null || noAnswerSeq != last) {
      noAnswer = NoAnswer.suggesting(store.topSpeakers(3));
      noAnswerSeq = last;
    }
    return noAnswer;
  }

  private Candidate candidate(Hit hit, StoredArticle stored, Set<String> questionWords) {
    Article a = stored.article();
    ArticleRef ref = new ArticleRef(a.id(), a.title(), a.outlet(), a.published(), a.url());
    Optional<Quote> quote = quoteAt(stored, hit);
    if (quote.isEmpty()) {
      return new Candidate(
          Answer.Kind.PASSAGE,
          a.text().substring(hit.start(), hit.end()),
          null,
          null,
          ref,
          hit.score());
    }
    Quote q = quote.get();
    double score = hit.score() * QUOTE_BOOST;
    if (q.speaker() != null && namesSpeaker(questionWords, q.speaker())) {
      score *= SPEAKER_BOOST;
    }
    return new Candidate(Answer.Kind.QUOTE, q.text(), q.speaker(), q.role(), ref, score);
  }

  /** The quote the hit is, or the first quote inside the hit's sentence. */
  private static Optional<Quote> quoteAt(StoredArticle stored, Hit hit) {
    List<Quote> quotes = stored.parsed().quotes();
    if (hit.kind() == Unit.Kind.QUOTE) {
      return hit.ordinal() < quotes.size() ? Optional.of(quotes.get(hit.ordinal())) : Optional.empty();
    }
    return quotes.stream().filter(q -> q.start() < hit.end() && hit.start() < q.end()).findFirst();
  }

  private static boolean namesSpeaker(Set<String> questionWords, String speaker) {
    for (String word : words(speaker)) {
      if (word.length() > 2 && questionWords.contains(word)) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> words(String text) {
    Set<String> words = new HashSet<>();
    for (String w : ArabicNormalizer.normalize(text).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    return words;
  }

  private synchronized Optional<StoredArticle> article(long seq) {
    StoredArticle cached = cache.get(seq);
    if (cached != null) {
      return Optional.of(cached);
    }
    Optional<StoredArticle> loaded = store.bySeq(seq);
    loaded.ifPresent(a -> cache.put(seq, a));
    return loaded;
  }

  private record Candidate(
      Answer.Kind kind, String text, String speaker, String role, ArticleRef article, double score) {}
}
