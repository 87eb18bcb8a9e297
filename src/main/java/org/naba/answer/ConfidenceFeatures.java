package org.naba.answer;

import java.util.List;
import java.util.Set;

/**
 * What the {@link ConfidenceModel} reads of a ranked answer: how much of the question it covers,
 * whether it holds the question's rarest word, whether the question has words the corpus never saw,
 * whether its form fits what is asked, whether it is the named speaker's, how far it stands above
 * the next answer, how many outlets report it, how far into its article it stands and how long it
 * is. The same numbers serve the product and the training ({@code naba train-confidence}), so what
 * is trained is what runs.
 *
 * <p>No raw search score is among them: BM25 scores grow with the corpus (a word's rarity), so a
 * model that read them would doubt every answer of a small corpus such as the seeds. Scores enter
 * only as ratios within one question's answers.
 */
public final class ConfidenceFeatures {

  /** The features' names, in the order of {@link #of}; the model file lists the same. */
  public static final List<String> NAMES =
      List.of(
          "coverage",
          "coverage_words",
          "coverage_own",
          "rarest_missing",
          "rarest_unrelated",
          "focus",
          "unknown_words",
          "question_terms",
          "fit",
          "quote",
          "speaker_named",
          "speaker_matched",
          "share_of_top",
          "margin_next",
          "rank",
          "outlets",
          "coverage_title",
          "same_article",
          "corroborated",
          "type_who",
          "type_when",
          "type_count",
          "type_where",
          "type_statement",
          "type_why_how",
          "type_yes_no",
          "after_lead",
          "words");

  /**
   * What is known of the question.
   *
   * @param terms how many weighted terms it has
   * @param unknownShare the share of its terms the corpus never saw
   * @param termSet its weighted terms
   */
  public record Question(
      QuestionReader.Type type,
      int terms,
      double unknownShare,
      boolean namesSpeaker,
      Set<String> termSet) {

    public Question {
      termSet = Set.copyOf(termSet);
    }
  }

  /**
   * What is known of one ranked answer.
   *
   * @param fit the factor of its form for what is asked ({@link AnswerFit}), 1 when neutral
   * @param score its ranking score
   * @param outlets how many other outlets report the same statement
   * @param articleId the article it comes from
   * @param afterLead how many sentences after its article's opening sentence it comes ({@link
   *     Candidate#sentencesAfterLead}): 0 for the opening sentence
   * @param words how many words it has
   */
  public record Candidate(
      QuestionCoverage.Coverage coverage,
      double fit,
      double score,
      boolean quote,
      boolean speakerMatched,
      int outlets,
      String articleId,
      int afterLead,
      int words) {}

  /**
   * Sentences past the opening one beyond which an answer's place in its article says nothing more:
   * readers ask most about what an article opens with, but a long article's later sentences answer
   * questions too (the seeds' interviews).
   */
  static final int AFTER_LEAD_CAP = 3;

  /** Answers around an answer that tell whether others agree with it. */
  static final int NEIGHBOURS = 5;

  /** Words beyond the question's that two answers share for one to back the other. */
  static final int SHARED_WORDS = 2;

  private ConfidenceFeatures() {}

  /** The features of answer {@code i} of {@code ranked} (best first). */
  public static double[] of(Question q, List<Candidate> ranked, int i) {
    Candidate c = ranked.get(i);
    double top = ranked.get(0).score();
    double next = i + 1 < ranked.size() ? ranked.get(i + 1).score() : 0;
    QuestionCoverage.Coverage cov = c.coverage();
    return new double[] {
      cov.all(),
      cov.allByWords(),
      cov.own(),
      cov.rarestMissing(),
      cov.rarestUnrelated(),
      cov.focus() ? 1 : 0,
      q.unknownShare(),
      Math.log(1 + q.terms()),
      Math.log(c.fit()),
      c.quote() ? 1 : 0,
      q.namesSpeaker() ? 1 : 0,
      c.speakerMatched() ? 1 : 0,
      top <= 0 ? 0 : c.score() / top,
      c.score() <= 0 ? 0 : (c.score() - next) / c.score(),
      Math.log(1 + i),
      Math.log(1 + c.outlets()),
      cov.title(),
      sameArticle(ranked, i),
      corroborated(q, ranked, i),
      is(q, QuestionReader.Type.WHO),
      is(q, QuestionReader.Type.WHEN),
      is(q, QuestionReader.Type.HOW_MANY),
      is(q, QuestionReader.Type.WHERE),
      is(q, QuestionReader.Type.STATEMENT),
      q.type() == QuestionReader.Type.WHY || q.type() == QuestionReader.Type.HOW ? 1 : 0,
      is(q, QuestionReader.Type.YES_NO),
      Math.log(1 + Math.min(c.afterLead(), AFTER_LEAD_CAP)),
      Math.log(1 + c.words())
    };
  }

  /** The share of the other first answers that come from the same article as answer {@code i}. */
  private static double sameArticle(List<Candidate> ranked, int i) {
    int n = Math.min(NEIGHBOURS, ranked.size());
    int same = 0;
    int others = 0;
    for (int j = 0; j < n; j++) {
      if (j != i) {
        others++;
        same += ranked.get(j).articleId().equals(ranked.get(i).articleId()) ? 1 : 0;
      }
    }
    return others == 0 ? 0 : same / (double) others;
  }

  /**
   * The share of the other first answers, from other articles, that share {@link #SHARED_WORDS}
   * words beyond the question's with answer {@code i}: other reports that say the same.
   */
  private static double corroborated(Question q, List<Candidate> ranked, int i) {
    int n = Math.min(NEIGHBOURS, ranked.size());
    int agree = 0;
    int others = 0;
    Candidate c = ranked.get(i);
    for (int j = 0; j < n; j++) {
      Candidate o = ranked.get(j);
      if (j == i || o.articleId().equals(c.articleId())) {
        continue;
      }
      others++;
      if (c.coverage().words().shared(o.coverage().words(), q.termSet()) >= SHARED_WORDS) {
        agree++;
      }
    }
    return others == 0 ? 0 : agree / (double) others;
  }

  private static double is(Question q, QuestionReader.Type type) {
    return q.type() == type ? 1 : 0;
  }
}
