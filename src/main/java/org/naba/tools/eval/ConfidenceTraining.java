package org.naba.tools.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.naba.answer.Answer;
import org.naba.answer.Answerer;
import org.naba.answer.ConfidenceFeatures;
import org.naba.answer.Ranking;

/**
 * Learns the {@link org.naba.answer.ConfidenceModel}: the probability that an answer answers its
 * question, from every question of the QA sets and QA files asked in two conditions.
 *
 * <ul>
 *   <li><b>As is</b>: the corpus holds the article (or paragraph) that answers; an answer is right
 *       when it contains an accepted span ({@code news} questions: when it comes from a listed
 *       article).
 *   <li><b>Left out</b>: the answering articles are excluded from the search, so the corpus no
 *       longer holds the answer: for a SQuAD paragraph every answer is wrong; for a news question
 *       an answer is still right when another outlet's article states it.
 *   <li>Out-of-scope questions are asked as is; every answer is wrong.
 * </ul>
 *
 * <p>The first {@link #RANKS} answers of each question are examples. Figures are reported leave one
 * set out: a set is scored only by a model trained on the other sets. The model written is trained
 * on all of them.
 */
public final class ConfidenceTraining {

  /** Answers of each question that become examples. */
  static final int RANKS = 3;

  /** Ridge penalty of the logistic regression. */
  static final double LAMBDA = 1.0;

  /**
   * Weight of a SQuAD question's examples against a news question's: Wikipedia paragraphs are not
   * what Naba answers from, but there are ten times as many of them (docs/CONFIDENCE.md).
   */
  static final double SQUAD_WEIGHT = 0.2;

  /**
   * One question and what answers it.
   *
   * @param articles the ids of the articles that answer it, left out in the second condition
   * @param paragraph whether the answer is one paragraph's (SQuAD): left out, nothing answers
   */
  record Item(
      String question,
      QaCase.Kind kind,
      List<String> spans,
      Set<String> articles,
      boolean paragraph) {}

  /** A named set of questions. */
  record QuestionSet(String name, List<Item> items) {}

  /**
   * One example: which set, which question, which condition and rank, how it was found, its
   * features (empty for an unmodelled path) and label.
   */
  record Row(
      String set,
      int question,
      boolean leftOut,
      int rank,
      Ranking.Path path,
      double[] x,
      boolean right,
      double weight) {

    boolean modelled() {
      return x.length > 0;
    }
  }

  private ConfidenceTraining() {}

  /**
   * The questions of a SQuAD file; its paragraphs are appended to {@code paragraphs} as articles
   * (JSON lines, ids {@code squad-NAME-N}, outlet {@code wikipedia}) when it is not null.
   */
  static QuestionSet squad(Path file, BufferedWriter paragraphs) throws IOException {
    String name = file.getFileName().toString().replaceFirst("\\.json$", "");
    JsonNode root = new ObjectMapper().readTree(file.toFile());
    ObjectMapper json = new ObjectMapper();
    List<Item> items = new ArrayList<>();
    int n = 0;
    for (JsonNode article : root.path("data")) {
      String title = article.path("title").asText("");
      for (JsonNode paragraph : article.path("paragraphs")) {
        String id = "squad-" + name + "-" + n++;
        String context = paragraph.path("context").asText("");
        if (paragraphs != null) {
          ObjectNode a = json.createObjectNode();
          a.put("id", id);
          a.put("url", (String) null);
          a.put("outlet", "wikipedia");
          a.put("title", title);
          a.putNull("published");
          a.put("text", context);
          paragraphs.write(json.writeValueAsString(a));
          paragraphs.newLine();
        }
        for (JsonNode qa : paragraph.path("qas")) {
          List<String> answers = new ArrayList<>();
          qa.path("answers").forEach(x -> answers.add(x.path("text").asText("")));
          answers.removeIf(String::isBlank);
          if (!answers.isEmpty()) {
            items.add(
                new Item(
                    qa.path("question").asText(), QaCase.Kind.FACTOID, answers, Set.of(id), true));
          }
        }
      }
    }
    return new QuestionSet(name, items);
  }

  /** The questions of a QA file. */
  static QuestionSet qaFile(Path file) {
    String name = file.getFileName().toString().replaceFirst("\\.tsv$", "");
    List<Item> items = new ArrayList<>();
    for (QaCase c : QaFile.read(file)) {
      items.add(new Item(c.question(), c.kind(), c.expected(), new HashSet<>(c.articles()), false));
    }
    return new QuestionSet(name, items);
  }

  /** What a set's name ends with when its questions are asked over the seeds alone. */
  static final String ALONE = "@alone";

  /** The same questions, named as asked over the seeds alone. */
  static QuestionSet alone(QuestionSet set) {
    return new QuestionSet(set.name() + ALONE, set.items());
  }

  /** The set a set's questions come from: one held out is held out in every corpus. */
  static String family(String set) {
    return set.endsWith(ALONE) ? set.substring(0, set.length() - ALONE.length()) : set;
  }

  /** Every example of {@code set}: each question as is and, when in scope, left out. */
  static List<Row> rows(Answerer answerer, QuestionSet set) {
    List<Row> rows = new ArrayList<>();
    for (int q = 0; q < set.items().size(); q++) {
      Item item = set.items().get(q);
      boolean outOfScope = item.kind() == QaCase.Kind.OUT_OF_SCOPE;
      add(rows, set.name(), q, false, answerer.rank(item.question(), Set.of()), item, outOfScope);
      if (!outOfScope) {
        add(
            rows,
            set.name(),
            q,
            true,
            answerer.rank(item.question(), item.articles()),
            item,
            item.paragraph());
      }
    }
    return rows;
  }

  private static void add(
      List<Row> rows,
      String set,
      int question,
      boolean leftOut,
      Ranking ranking,
      Item item,
      boolean allWrong) {
    for (int i = 0; i < Math.min(RANKS, ranking.answers().size()); i++) {
      Answer a = ranking.answers().get(i);
      boolean right = !allWrong && right(a, item);
      boolean modelled = ranking.modelled() && ranking.path() != Ranking.Path.NEWS;
      rows.add(
          new Row(
              set,
              question,
              leftOut,
              i + 1,
              ranking.path(),
              modelled ? ranking.features(i) : new double[0],
              right,
              item.paragraph() ? SQUAD_WEIGHT : 1));
    }
  }

  static boolean right(Answer a, Item item) {
    if (item.kind() == QaCase.Kind.NEWS && item.articles().contains(a.article().id())) {
      return true;
    }
    return QaEvaluation.contains(a.text(), item.spans());
  }

  /** The logistic regression over the modelled rows. */
  static LogisticRegression fit(List<Row> rows) {
    List<LogisticRegression.Example> examples = new ArrayList<>();
    for (Row r : rows) {
      if (r.modelled()) {
        examples.add(new LogisticRegression.Example(r.x(), r.right(), r.weight()));
      }
    }
    return LogisticRegression.fit(examples, LAMBDA);
  }

  /**
   * Each unmodelled path's rate of right first answers on the questions as is, weighted as the
   * examples are and Laplace-smoothed ((right + 1) / (n + 2)).
   */
  static Map<Ranking.Path, Double> rates(List<Row> rows) {
    Map<Ranking.Path, double[]> counts = new java.util.EnumMap<>(Ranking.Path.class);
    for (Row r : rows) {
      if (!r.modelled() && r.rank() == 1 && !r.leftOut()) {
        double[] c = counts.computeIfAbsent(r.path(), k -> new double[2]);
        c[0] += r.right() ? r.weight() : 0;
        c[1] += r.weight();
      }
    }
    Map<Ranking.Path, Double> out = new java.util.EnumMap<>(Ranking.Path.class);
    counts.forEach((path, c) -> out.put(path, (c[0] + 1) / (c[1] + 2.0)));
    return out;
  }

  /**
   * Each row's probability from a model trained without its set (leave one set out), in the order
   * of {@code rows}.
   */
  static double[] heldOut(List<Row> rows) {
    double[] p = new double[rows.size()];
    Set<String> sets = new java.util.LinkedHashSet<>();
    rows.forEach(r -> sets.add(family(r.set())));
    for (String held : sets) {
      LogisticRegression model =
          fit(rows.stream().filter(r -> !family(r.set()).equals(held)).toList());
      for (int i = 0; i < rows.size(); i++) {
        if (family(rows.get(i).set()).equals(held)) {
          p[i] = model.probability(rows.get(i).x());
        }
      }
    }
    return p;
  }

  /** The model file: the features, the standardisation, the weights and how it was made. */
  static ObjectNode modelJson(LogisticRegression model, List<Row> rows, List<String> setNames) {
    ObjectMapper json = new ObjectMapper();
    ObjectNode out = json.createObjectNode();
    out.put(
        "_comment",
        "Naba's confidence model (org.naba.answer.ConfidenceModel), written by `naba"
            + " train-confidence`; see docs/CONFIDENCE.md.");
    ConfidenceFeatures.NAMES.forEach(out.putArray("features")::add);
    for (double v : model.mean()) {
      out.withArray("mean").add(round(v));
    }
    for (double v : model.scale()) {
      out.withArray("scale").add(round(v));
    }
    for (double v : model.weights()) {
      out.withArray("weights").add(round(v));
    }
    out.put("bias", round(model.bias()));
    ObjectNode rates = out.putObject("rates");
    rates(rows)
        .forEach((path, rate) -> rates.put(path.name().toLowerCase(Locale.ROOT), round(rate)));
    out.put("examples", rows.stream().filter(Row::modelled).count());
    out.put("positives", rows.stream().filter(r -> r.modelled() && r.right()).count());
    setNames.forEach(out.putArray("trained_on")::add);
    return out;
  }

  private static double round(double v) {
    return Math.round(v * 1e6) / 1e6;
  }

  /** Figures of held-out probabilities, per set, on the first answers of the "as is" condition. */
  static Map<String, String> report(List<Row> rows, double[] p, double[] thresholds) {
    Map<String, String> out = new LinkedHashMap<>();
    Map<String, List<Integer>> bySet = new LinkedHashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      bySet.computeIfAbsent(rows.get(i).set(), k -> new ArrayList<>()).add(i);
    }
    for (Map.Entry<String, List<Integer>> e : bySet.entrySet()) {
      StringBuilder line = new StringBuilder();
      List<Integer> firstAsIs =
          e.getValue().stream()
              .filter(i -> rows.get(i).rank() == 1 && !rows.get(i).leftOut())
              .toList();
      List<Integer> firstLeftOut =
          e.getValue().stream()
              .filter(i -> rows.get(i).rank() == 1 && rows.get(i).leftOut())
              .toList();
      line.append(
          String.format(
              Locale.ROOT,
              "first answers as is %d (right %d), left out %d (right %d); log loss %.3f",
              firstAsIs.size(),
              firstAsIs.stream().filter(i -> rows.get(i).right()).count(),
              firstLeftOut.size(),
              firstLeftOut.stream().filter(i -> rows.get(i).right()).count(),
              logLoss(rows, p, e.getValue())));
      for (double t : thresholds) {
        long answered = firstAsIs.stream().filter(i -> p[i] >= t).count();
        long right = firstAsIs.stream().filter(i -> p[i] >= t && rows.get(i).right()).count();
        long falseOut = firstLeftOut.stream().filter(i -> p[i] >= t).count();
        line.append(
            String.format(
                Locale.ROOT,
                "; at %.2f: answered %d, precision %.3f, left out answered %d",
                t,
                answered,
                answered == 0 ? 0 : right / (double) answered,
                falseOut));
      }
      out.put(e.getKey(), line.toString());
    }
    return out;
  }

  private static double logLoss(List<Row> rows, double[] p, List<Integer> which) {
    double sum = 0;
    for (int i : which) {
      double q = Math.min(1 - 1e-9, Math.max(1e-9, p[i]));
      sum -= rows.get(i).right() ? Math.log(q) : Math.log(1 - q);
    }
    return which.isEmpty() ? 0 : sum / which.size();
  }

  /** Writes every row as a tab-separated line, the features' names in the header. */
  static void dump(List<Row> rows, Path file) {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(
          "set\tquestion\tleft_out\trank\tpath\tright\t"
              + String.join("\t", ConfidenceFeatures.NAMES));
      w.newLine();
      for (Row r : rows) {
        StringBuilder line = new StringBuilder();
        line.append(r.set()).append('\t').append(r.question()).append('\t').append(r.leftOut());
        line.append('\t')
            .append(r.rank())
            .append('\t')
            .append(r.path())
            .append('\t')
            .append(r.right());
        for (double v : r.x()) {
          line.append('\t').append(v);
        }
        w.write(line.toString());
        w.newLine();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /** Writes the paragraphs of SQuAD files as a JSON-lines corpus; returns their question sets. */
  static List<QuestionSet> writeSquadCorpus(List<Path> files, Path out) {
    List<QuestionSet> sets = new ArrayList<>();
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (Path f : files) {
        sets.add(squad(f, w));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
    }
    return sets;
  }
}
