package org.naba.tools.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.naba.quotes.Quote;
import org.naba.quotes.QuoteExtractor;
import org.naba.text.ArabicNormalizer;

/**
 * Scores a {@link QuoteExtractor} against hand-annotated articles. A pure function.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>A predicted quote matches a gold quote when overlap / max(gold length, predicted length) is
 *       at least {@value #MIN_OVERLAP}; matching is one-to-one, best overlaps first.
 *   <li>Precision = matched / predicted; recall = matched / gold.
 *   <li>Speaker accuracy = matched quotes with the right speaker / matched quotes. Speakers are
 *       equal when their {@link ArabicNormalizer#normalize} forms are; a null gold speaker
 *       (unknown) matches only a null prediction.
 * </ul>
 */
public final class QuoteGoldEvaluation {

  public static final double MIN_OVERLAP = 0.9;

  private final QuoteExtractor extractor;

  public QuoteGoldEvaluation(QuoteExtractor extractor) {
    this.extractor = Objects.requireNonNull(extractor, "extractor");
  }

  public QuoteScores evaluate(List<GoldArticle> articles) {
    int gold = 0;
    int predicted = 0;
    int matched = 0;
    int right = 0;
    List<String> errors = new ArrayList<>();
    for (GoldArticle article : articles) {
      List<Quote> predictions = extractor.extract(article.text());
      gold += article.quotes().size();
      predicted += predictions.size();
      List<int[]> pairs = match(article.quotes(), predictions);
      boolean[] goldHit = new boolean[article.quotes().size()];
      boolean[] predHit = new boolean[predictions.size()];
      for (int[] pair : pairs) {
        goldHit[pair[0]] = true;
        predHit[pair[1]] = true;
        matched++;
        GoldQuote g = article.quotes().get(pair[0]);
        Quote p = predictions.get(pair[1]);
        if (sameSpeaker(g.speaker(), p.speaker())) {
          right++;
        } else {
          errors.add(
              article.id()
                  + " SPEAKER gold="
                  + g.speaker()
                  + " predicted="
                  + p.speaker()
                  + " ["
                  + g.start()
                  + ","
                  + g.end()
                  + ") "
                  + clip(g.text()));
        }
      }
      for (int i = 0; i < goldHit.length; i++) {
        if (!goldHit[i]) {
          GoldQuote g = article.quotes().get(i);
          errors.add(
              article.id() + " MISSED [" + g.start() + "," + g.end() + ") " + clip(g.text()));
        }
      }
      for (int j = 0; j < predHit.length; j++) {
        if (!predHit[j]) {
          Quote p = predictions.get(j);
          errors.add(
              article.id() + " SPURIOUS [" + p.start() + "," + p.end() + ") " + clip(p.text()));
        }
      }
    }
    return new QuoteScores(gold, predicted, matched, right, errors);
  }

  /** Overlap of two spans divided by the longer length (0 when both are empty). */
  public static double overlap(int start1, int end1, int start2, int end2) {
    int longer = Math.max(end1 - start1, end2 - start2);
    if (longer <= 0) {
      return 0;
    }
    int common = Math.max(0, Math.min(end1, end2) - Math.max(start1, start2));
    return (double) common / longer;
  }

  /** True when both speakers are unknown or both normalise to the same text. */
  public static boolean sameSpeaker(String gold, String predicted) {
    if (gold == null || predicted == null) {
      return gold == null && predicted == null;
    }
    return ArabicNormalizer.normalize(gold).equals(ArabicNormalizer.normalize(predicted));
  }

  private static List<int[]> match(List<GoldQuote> gold, List<Quote> predictions) {
    List<double[]> candidates = new ArrayList<>();
    for (int i = 0; i < gold.size(); i++) {
      for (int j = 0; j < predictions.size(); j++) {
        GoldQuote g = gold.get(i);
        Quote p = predictions.get(j);
        double o = overlap(g.start(), g.end(), p.start(), p.end());
        if (o >= MIN_OVERLAP) {
          candidates.add(new double[] {o, i, j});
        }
      }
    }
    candidates.sort(Comparator.comparingDouble((double[] c) -> -c[0]));
    boolean[] goldUsed = new boolean[gold.size()];
    boolean[] predUsed = new boolean[predictions.size()];
    List<int[]> pairs = new ArrayList<>();
    for (double[] c : candidates) {
      int i = (int) c[1];
      int j = (int) c[2];
      if (!goldUsed[i] && !predUsed[j]) {
        goldUsed[i] = true;
        predUsed[j] = true;
        pairs.add(new int[] {i, j});
      }
    }
    return pairs;
  }

  private static String clip(String text) {
    return text.length() <= 80 ? text : text.substring(0, 80) + "…";
  }
}
