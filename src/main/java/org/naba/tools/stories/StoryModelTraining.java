package org.naba.tools.stories;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.naba.stories.GroupRenames;
import org.naba.stories.StoryArticle;
import org.naba.stories.StoryClusterer;
import org.naba.stories.StoryLinker;
import org.naba.stories.StoryModel;
import org.naba.stories.StoryTuning;
import org.naba.tools.eval.LogisticRegression;

/**
 * Learns a {@link StoryModel} from gold stories: the articles are placed oldest first in their gold
 * stories (teacher forcing), and before each is placed, every open candidate story gives one
 * example (its {@link StoryLinker#FEATURES}; positive when it is the article's gold story). A
 * ridge-penalised logistic regression over the chosen features fits them; the others get weight 0.
 */
public final class StoryModelTraining {

  /** The ridge penalty. */
  public static final double LAMBDA = 1.0;

  /**
   * The features the bundled model uses (chosen on the development half, docs/RETRIEVAL.md):
   * average linkage (centroid, mean cosine, the story's entities, size, age) and the best pair and
   * title cosines.
   */
  public static final List<String> FEATURES =
      List.of("best", "centroid", "mean", "title", "entity_story", "age", "size");

  /** The join probability chosen on the development half. */
  public static final double JOIN_AT = 0.5;

  private StoryModelTraining() {}

  /** The examples of {@code articles} (oldest first) placed in their gold stories. */
  public static List<LogisticRegression.Example> examples(
      List<StoryArticle> articles, Map<String, String> storyOf) {
    StoryTuning tuning = StoryTuning.defaults();
    StoryClusterer c = new StoryClusterer(tuning, StoryLinker.rule(tuning));
    List<LogisticRegression.Example> out = new ArrayList<>();
    for (StoryArticle a : articles) {
      String story = storyOf.get(a.id());
      if (story == null) {
        continue;
      }
      StoryClusterer.Probe p = c.probe(a);
      p.features()
          .forEach((s, f) -> out.add(new LogisticRegression.Example(f, s.equals(story), 1)));
      c.addTo(p, story);
    }
    return out;
  }

  /** Fits a model over {@code features} (names of {@link StoryLinker#FEATURES}). */
  public static StoryModel fit(
      List<LogisticRegression.Example> examples, List<String> features, double joinAt) {
    boolean[] use = new boolean[StoryLinker.FEATURES.size()];
    for (String f : features) {
      int i = StoryLinker.FEATURES.indexOf(f);
      if (i < 0) {
        throw new IllegalArgumentException(
            "no story feature " + f + "; the features are " + StoryLinker.FEATURES);
      }
      use[i] = true;
    }
    List<LogisticRegression.Example> masked = new ArrayList<>(examples.size());
    for (LogisticRegression.Example e : examples) {
      double[] x = e.x().clone();
      for (int i = 0; i < x.length; i++) {
        if (!use[i]) {
          x[i] = 0;
        }
      }
      masked.add(new LogisticRegression.Example(x, e.y(), e.weight()));
    }
    LogisticRegression lr = LogisticRegression.fit(masked, LAMBDA);
    double[] weights = lr.weights().clone();
    double[] mean = lr.mean().clone();
    double[] scale = lr.scale().clone();
    for (int i = 0; i < weights.length; i++) {
      if (!use[i]) {
        weights[i] = 0;
        mean[i] = 0;
        scale[i] = 1;
      }
    }
    return new StoryModel(mean, scale, weights, lr.bias(), joinAt);
  }

  /** Clusters {@code articles} (oldest first) with {@code linker}: article id → story. */
  public static Map<String, String> cluster(List<StoryArticle> articles, StoryLinker linker) {
    StoryClusterer c = new StoryClusterer(StoryTuning.defaults(), linker);
    Map<String, String> predicted = new HashMap<>();
    GroupRenames renames = new GroupRenames();
    for (StoryArticle a : articles) {
      StoryClusterer.Assignment placed = c.add(a);
      renames.note(placed);
      predicted.put(a.id(), placed.story());
    }
    predicted.replaceAll((article, story) -> renames.current(story));
    return predicted;
  }

  /** The model as the bundled file holds it. */
  public static ObjectNode json(
      StoryModel model, List<String> features, int examples, long positives) {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = mapper.createObjectNode();
    root.put(
        "_comment",
        "Naba's story linker (org.naba.stories.StoryModel), written by `naba train-stories` from"
            + " the development half of the gold stories; see docs/RETRIEVAL.md.");
    ArrayNode names = root.putArray("features");
    StoryLinker.FEATURES.forEach(names::add);
    ArrayNode used = root.putArray("used");
    features.forEach(used::add);
    put(root.putArray("mean"), model.mean());
    put(root.putArray("scale"), model.scale());
    put(root.putArray("weights"), model.weights());
    root.put("bias", round(model.bias()));
    root.put("join_at", model.joinAt());
    root.put("lambda", LAMBDA);
    root.put("examples", examples);
    root.put("positives", positives);
    root.put("trained_on", "gold-stories.tsv, development half (odd story numbers), gold only");
    return root;
  }

  private static void put(ArrayNode array, double[] values) {
    for (double v : values) {
      array.add(round(v));
    }
  }

  private static double round(double v) {
    return Math.round(v * 1e6) / 1e6;
  }
}
