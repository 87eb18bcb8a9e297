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
import org.naba.search.SentenceIndex.WeightedTerm;
import org.naba.search.Unit;
import org.naba.store.Article;
import org.naba.store.ParsedArticle;
import org.naba.store.Store;
import org.naba.store.StoredArticle;
import org.naba.text.ArabicSkeleton;
import org.naba.text.Span;

/**
 * Turns a question into ranked, attributed answers.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>Each retrieved unit becomes a candidate: a quote unit is a quote; a sentence that is mostly
 *       one quote becomes that quote (with its speaker); any other sentence is a passage.
 *   <li>Confidence is the share of the question's term weight (inverse document frequency) that the
 *       candidate covers (long terms also by consonant skeleton, so spelling variants meet): fully
 *       in its own text or its speaker's name (and role, when the question names a speaker), half
 *       in the sentences around it or the title. Below {@link #MIN_CONFIDENCE} a candidate is
 *       dropped, so an off-topic question gets no answer rather than a loose keyword match; the
 *       others rank by retrieval score times confidence squared.
 *   <li>A question about a time (متى) or a quantity (كم، شكد) takes only candidates that state one.
 *   <li>A question about what someone said prefers quotes; a speaker it names (by name or role)
 *       lifts that speaker's statements and lowers everyone else's.
 *   <li>The same statement from several articles is one answer listing every other source (word
 *       shingles, so clipped or respelled copies still match); repeats within an article collapse.
 * </ul>
 */
public final class Answerer {

  /** Units retrieved per question before ranking. */
  private static final int CANDIDATES = 50;

  /** Least share of the question's term weight an answer must cover. */
  static final double MIN_CONFIDENCE = 0.2;

  /** A sentence becomes the quote it holds when the quote is at least this share of it. */
  private static final double QUOTE_SHARE = 0.5;

  private static final double QUOTE_BOOST = 1.25;
  private static final double SPEAKER_BOOST = 1.6;
  private static final double OTHER_SPEAKER_PENALTY = 0.6;

  /** Shingle containment from which two statements are the same statement. */
  private static final double SAME_STATEMENT = 0.6;

  private static final int CACHED_ARTICLES = 4_096;

  /** Stems this long or longer may match by consonant skeleton. */
  private static final int MIN_SKELETON_STEM = 6;

  private final SentenceIndex index;
  private final Store store;
  private final int maxAnswers;
  private final QuestionReader reader = new QuestionReader();
  private final Map<Long, StoredArticle> cache =
      new LinkedHashMap<>(256, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, StoredArticle> eldest) {
          return size() > CACHED_ARTICLES;
        }
      };
  private NoAnswer noAnswer;
  private long noAnswerSeq;

  public Answerer(SentenceIndex index, Store store, int maxAnswers) {
    this.index = index;
    this.store = store;
    this.maxAnswers = maxAnswers;
  }

  public AnswerSet ask(String question) {
    QuestionReader.Reading reading = reader.read(question);
    List<WeightedTerm> terms = index.weigh(String.join(" ", reading.topicWords()));
    double totalWeight = terms.stream().mapToDouble(WeightedTerm::idf).sum();
    if (totalWeight == 0) {
      return new AnswerSet(question, List.of());
    }
    List<Candidate> candidates = new ArrayList<>();
    for (Hit hit : index.search(question, CANDIDATES)) {
      Optional<StoredArticle> article = article(hit.articleSeq());
      if (article.isEmpty()) {
        continue;
      }
      Candidate c = candidate(hit, article.get(), reading);
      if (!AnswerKinds.gives(reading.type(), c.text())) {
        continue;
      }
      double confidence = confidence(c, reading, terms, totalWeight);
      if (confidence >= MIN_CONFIDENCE) {
        candidates.add(c.withScore(c.score() * confidence * confidence));
      }
    }
    candidates.sort(Comparator.comparingDouble(Candidate::score).reversed());
    return new AnswerSet(question, merge(candidates));
  }

  /** Collapses repeats and folds the same statement from other articles into its best copy. */
  private List<Answer> merge(List<Candidate> ranked) {
    List<Group> groups = new ArrayList<>();
    for (Candidate c : ranked) {
      Shingles shingles = Shingles.of(c.text());
      Group same = null;
      for (Group g : groups) {
        if (g.shingles.containment(shingles) >= SAME_STATEMENT) {
          same = g;
          break;
        }
      }
      if (same == null) {
        if (groups.size() < maxAnswers) {
          groups.add(new Group(c, shingles));
        }
      } else {
        same.add(c);
      }
    }
    List<Answer> answers = new ArrayList<>();
    for (Group g : groups) {
      Candidate c = g.best;
      answers.add(
          new Answer(
              answers.size() + 1,
              c.kind(),
              c.text(),
              c.speaker(),
              c.role(),
              c.article(),
              g.others,
              c.score()));
    }
    return answers;
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

  private Candidate candidate(Hit hit, StoredArticle stored, QuestionReader.Reading reading) {
    Article a = stored.article();
    ArticleRef ref = new ArticleRef(a.id(), a.title(), a.outlet(), a.published(), a.url());
    String context = around(stored, hit.start(), hit.end()) + " " + a.title();
    Optional<Quote> quote = quoteAt(stored, hit);
    double score = hit.score();
    boolean asksStatement = reading.type() == QuestionReader.Type.STATEMENT;
    boolean namesSpeaker = !reading.speakerWords().isEmpty();
    if (quote.isEmpty()) {
      if (namesSpeaker && !mentions(a.text().substring(hit.start(), hit.end()), reading)) {
        score *= OTHER_SPEAKER_PENALTY;
      }
      return new Candidate(
          Answer.Kind.PASSAGE,
          a.text().substring(hit.start(), hit.end()),
          null,
          null,
          ref,
          context,
          score,
          stored.seq());
    }
    Quote q = quote.get();
    score *= asksStatement ? QUOTE_BOOST * QUOTE_BOOST : QUOTE_BOOST;
    if (namesSpeaker) {
      boolean same =
          (q.speaker() != null && overlaps(q.speaker(), reading))
              || (q.role() != null && overlaps(q.role(), reading));
      score *= same ? SPEAKER_BOOST : OTHER_SPEAKER_PENALTY;
    }
    return new Candidate(
        Answer.Kind.QUOTE, q.text(), q.speaker(), q.role(), ref, context, score, stored.seq());
  }

  private double confidence(
      Candidate c, QuestionReader.Reading reading, List<WeightedTerm> terms, double totalWeight) {
    // the role counts only when the question names the speaker ("ماذا قال المتحدث باسم …"): its
    // words (جهاز مكافحة الارهاب) would otherwise lift every quote on any question about the topic
    String role = reading.speakerWords().isEmpty() ? "" : nonNull(c.role());
    Set<String> own = index.terms(String.join(" ", c.text(), nonNull(c.speaker()), role));
    Set<String> around = index.terms(c.context());
    Set<String> ownSkeletons = skeletons(own);
    Set<String> aroundSkeletons = skeletons(around);
    double covered = 0;
    for (WeightedTerm t : terms) {
      // a long stem may also meet its spelling variants (كردستان، كوردستان) by skeleton; short
      // skeletons collide too often (قدم: قدم، قادم) to count
      String skeleton = t.term().length() >= MIN_SKELETON_STEM ? ArabicSkeleton.of(t.term()) : null;
      if (own.contains(t.term()) || ownSkeletons.contains(skeleton)) {
        covered += t.idf();
      } else if (around.contains(t.term()) || aroundSkeletons.contains(skeleton)) {
        covered += t.idf() / 2;
      }
    }
    return covered / totalWeight;
  }

  /** Consonant skeletons of long terms, so spelling variants (كردستان، كوردستان) meet. */
  private static Set<String> skeletons(Set<String> terms) {
    Set<String> out = new HashSet<>();
    for (String term : terms) {
      if (term.length() >= MIN_SKELETON_STEM) {
        out.add(ArabicSkeleton.of(term));
      }
    }
    return out;
  }

  /** The quote the hit is, or the quote that makes up most of the hit's sentence. */
  private static Optional<Quote> quoteAt(StoredArticle stored, Hit hit) {
    List<Quote> quotes = stored.parsed().quotes();
    if (hit.kind() == Unit.Kind.QUOTE) {
      return hit.ordinal() < quotes.size()
          ? Optional.of(quotes.get(hit.ordinal()))
          : Optional.empty();
    }
    int length = hit.end() - hit.start();
    return quotes.stream()
        .filter(q -> q.start() < hit.end() && hit.start() < q.end())
        .filter(
            q ->
                Math.min(q.end(), hit.end()) - Math.max(q.start(), hit.start())
                    >= QUOTE_SHARE * length)
        .findFirst();
  }

  /** The sentences just before and after {@code [start, end)}, within its paragraph. */
  private static String around(StoredArticle stored, int start, int end) {
    ParsedArticle parsed = stored.parsed();
    Optional<Span> overlapping = parsed.sentencesOverlapping(start, end);
    if (overlapping.isEmpty()) {
      return "";
    }
    List<Span> sentences = parsed.sentences();
    int paragraph = parsed.paragraphOf(sentences.get(overlapping.get().start()));
    StringBuilder out = new StringBuilder();
    for (int i : new int[] {overlapping.get().start() - 1, overlapping.get().end()}) {
      if (i >= 0 && i < sentences.size() && parsed.paragraphOf(sentences.get(i)) == paragraph) {
        out.append(sentences.get(i).of(stored.article().text())).append(' ');
      }
    }
    return out.toString();
  }

  /** Whether {@code name} shares a word of three letters or more with the speaker words. */
  private static boolean overlaps(String name, QuestionReader.Reading reading) {
    List<String> words = QuestionReader.words(name);
    for (String w : reading.speakerWords()) {
      if (w.length() > 2 && words.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }

  private static boolean mentions(String text, QuestionReader.Reading reading) {
    return overlaps(text, reading);
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
      Answer.Kind kind,
      String text,
      String speaker,
      String role,
      ArticleRef article,
      String context,
      double score,
      long articleSeq) {

    Candidate withScore(double newScore) {
      return new Candidate(kind, text, speaker, role, article, context, newScore, articleSeq);
    }
  }

  /** Candidates that report one statement: the best copy and the other sources. */
  private static final class Group {
    private final Candidate best;
    private final Shingles shingles;
    private final Set<Long> articles = new HashSet<>();
    private final List<Source> others = new ArrayList<>();

    Group(Candidate best, Shingles shingles) {
      this.best = best;
      this.shingles = shingles;
      articles.add(best.articleSeq());
    }

    void add(Candidate c) {
      if (articles.add(c.articleSeq())) {
        others.add(new Source(c.article().outlet(), c.article().id()));
      }
    }
  }
}
