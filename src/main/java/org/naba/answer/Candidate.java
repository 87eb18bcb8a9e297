package org.naba.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.naba.quotes.Quote;
import org.naba.quotes.QuoteClause;
import org.naba.search.Hit;
import org.naba.search.Unit;
import org.naba.store.Article;
import org.naba.store.ParsedArticle;
import org.naba.store.StoredArticle;
import org.naba.text.AnalysedText;
import org.naba.text.ArabicNormalizer;
import org.naba.text.Lexicon;
import org.naba.text.NameSpellings;
import org.naba.text.Proclitics;
import org.naba.text.Span;

/**
 * A statement or passage that a retrieved unit offers as an answer, with its attribution and, once
 * scored, how well it answers.
 *
 * @param span where {@code text} is in the article
 * @param context the sentences around it, in the article
 * @param retrieval the search score of its unit
 * @param matched whether it is the statement of the speaker the question names
 * @param coverage how much of the question it covers, once scored
 * @param fit the factor of its form for what is asked, once scored
 * @param words its text analysed once, for every rule that reads it
 */
record Candidate(
    Answer.Kind kind,
    String text,
    Span span,
    String speaker,
    String role,
    ArticleRef article,
    List<Span> context,
    double score,
    long articleSeq,
    double retrieval,
    boolean matched,
    QuestionCoverage.Coverage coverage,
    double fit,
    AnalysedText words) {

  Candidate scored(double newScore, QuestionCoverage.Coverage covered, double fits) {
    return new Candidate(
        kind,
        text,
        span,
        speaker,
        role,
        article,
        context,
        newScore,
        articleSeq,
        retrieval,
        matched,
        covered,
        fits,
        words);
  }

  /** A sentence becomes the quote it holds when the quote is at least this share of it. */
  private static final double QUOTE_SHARE = 0.5;

  private static final double QUOTE_BOOST = 1.25;
  private static final double SPEAKER_BOOST = 1.6;

  /** Sentences before an unattributed statement in which the speaker the question names counts. */
  private static final int SPEAKER_LOOKBACK = 2;

  /** What a source published (تقدير، دراسة، تقرير): no word of its name. */
  private static final Set<String> CITED_WORKS = cited();

  /**
   * The answer a hit offers, if any. When the question asks what a named speaker said, a statement
   * by someone else is no answer, nor is a passage that neither mentions the speaker nor sits next
   * to a mention; when it names a source (حسب …), the article must mention that source.
   */
  static Optional<Candidate> of(Hit hit, StoredArticle stored, QuestionReader.Reading reading) {
    Article a = stored.article();
    ArticleRef ref = new ArticleRef(a.id(), a.title(), a.outlet(), a.published(), a.url());
    List<Span> context = around(stored, hit.start(), hit.end(), 1);
    Optional<Quote> quote = quoteAt(stored, hit);
    double score = hit.score();
    boolean asksStatement = reading.type() == QuestionReader.Type.STATEMENT;
    boolean namesSpeaker = !reading.speakerWords().isEmpty();
    String text = quote.map(Quote::text).orElse(a.text().substring(hit.start(), hit.end()));
    if (namesSpeaker && (quote.isEmpty() || quote.get().speaker() == null)) {
      // an unattributed quote's speaker is often named a sentence or two before it ("وقال أيضا")
      String where =
          asksStatement
              ? a.text().substring(hit.start(), hit.end())
                  + " "
                  + textOf(stored, around(stored, hit.start(), hit.end(), SPEAKER_LOOKBACK))
              : nonNull(a.title()) + " " + a.text();
      if (!mentions(where, reading)) {
        return Optional.empty();
      }
    }
    if (quote.isEmpty()) {
      return Optional.of(
          new Candidate(
              Answer.Kind.PASSAGE,
              text,
              new Span(hit.start(), hit.end()),
              null,
              null,
              ref,
              context,
              score,
              stored.seq(),
              hit.score(),
              false,
              null,
              1,
              AnalysedText.of(text)));
    }
    Quote q = quote.get();
    score *= asksStatement ? QUOTE_BOOST * QUOTE_BOOST : QUOTE_BOOST;
    boolean same = false;
    if (namesSpeaker) {
      same =
          (q.speaker() != null && overlaps(q.speaker(), reading))
              || (q.role() != null && overlaps(q.role(), reading));
      if (!same && q.speaker() != null && asksStatement) {
        return Optional.empty();
      }
      score *= same ? SPEAKER_BOOST : 1;
    }
    // a quote that completes a reported clause is shown with it ("لم يكن "على الإطلاق ضحية …""),
    // and ranked as the quote alone: the clause's subject is often another person's name
    return Optional.of(
        new Candidate(
            Answer.Kind.QUOTE,
            QuoteClause.text(a.text(), q.start(), q.end()),
            new Span(q.start(), q.end()),
            q.speaker(),
            q.role(),
            ref,
            context,
            score,
            stored.seq(),
            hit.score(),
            same,
            null,
            1,
            AnalysedText.of(text)));
  }

  /** The quote the hit is, or the quote that makes up most of the hit's sentence. */
  static Optional<Quote> quoteAt(StoredArticle stored, Hit hit) {
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

  /** How many sentences of its article come before {@code span}: 0 for the opening sentence. */
  static int sentencesAfterLead(StoredArticle stored, Span span) {
    return stored
        .parsed()
        .sentencesOverlapping(span.start(), span.end())
        .map(Span::start)
        .orElse(0);
  }

  /**
   * The {@code before} sentences before {@code [start, end)} and the one after it: news paragraphs
   * are often a sentence long, so the context crosses paragraphs.
   */
  private static List<Span> around(StoredArticle stored, int start, int end, int before) {
    ParsedArticle parsed = stored.parsed();
    Optional<Span> overlapping = parsed.sentencesOverlapping(start, end);
    if (overlapping.isEmpty()) {
      return List.of();
    }
    List<Span> sentences = parsed.sentences();
    int first = Math.max(0, overlapping.get().start() - before);
    int last = Math.min(sentences.size(), overlapping.get().end() + 1);
    List<Span> out = new ArrayList<>(sentences.subList(first, overlapping.get().start()));
    out.addAll(sentences.subList(overlapping.get().end(), last));
    return out;
  }

  private static String textOf(StoredArticle stored, List<Span> spans) {
    StringBuilder out = new StringBuilder();
    for (Span s : spans) {
      out.append(s.of(stored.article().text())).append(' ');
    }
    return out.toString();
  }

  /**
   * Whether {@code name} is the one the question's speaker words name ({@link NameWords#names}).
   */
  private static boolean overlaps(String name, QuestionReader.Reading reading) {
    return NameWords.names(reading.speakerWords(), ArabicNormalizer.words(name));
  }

  /**
   * Whether a text mentions the speaker the question names: two of their words of three letters or
   * more (one when they name them by one), so that a word of a name that is also a common word
   * (رمضان the month in سلمان آل رمضان) does not make any text theirs. What a source published is
   * no word of its name (تقدير in "حسب تقدير ديلويت": the article says "قدّرت ديلويت").
   */
  private static boolean mentions(String text, QuestionReader.Reading reading) {
    // an honorific names no one: الشيخ سعد الحجري is not mentioned by الشيخ سعد بن تركي الخثلان
    List<String> named =
        reading.speakerWords().stream()
            .filter(w -> w.length() > 2 && !CITED_WORKS.contains(Proclitics.withoutArticle(w)))
            .filter(w -> !NameWords.isHonorific(w))
            .toList();
    if (named.isEmpty()) {
      return false;
    }
    Set<String> words = new HashSet<>(ArabicNormalizer.words(text));
    long found =
        named.stream()
            .filter(
                w -> words.contains(w) || words.stream().anyMatch(x -> NameSpellings.same(w, x)))
            .count();
    return found >= Math.min(2, named.size());
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }

  private static Set<String> cited() {
    Set<String> works = new HashSet<>(Lexicon.words("cited-works"));
    Lexicon.words("documents").forEach(d -> works.add(Proclitics.withoutArticle(d)));
    return Set.copyOf(works);
  }
}
