package org.naba.tools.stories;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.naba.ingest.OutletDirectory;
import org.naba.stories.StoryArticle;
import org.naba.stories.StoryModel;
import org.naba.tools.eval.LogisticRegression;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code naba train-stories}: rebuilds the story linker from the odd half of the May gold stories
 * ({@link StoryModelTraining}), prints that half's figures at several join probabilities and writes
 * it. The even half's labels are not read: its articles are clustered with the rest, as {@code
 * StoryGoldIT} clusters them, and only the odd half is scored. (The whole May week is development
 * data now, the April week the test; training on both halves gave worse stories,
 * docs/RETRIEVAL.md.)
 *
 * <pre>
 * naba train-stories            # writes src/main/resources/org/naba/stories/story-model.json
 * </pre>
 */
@Command(
    name = "train-stories",
    mixinStandardHelpOptions = true,
    description =
        "Learn the story linker from the odd half of the May gold stories, print that half's"
            + " figures and write the model.")
public final class TrainStoriesCommand implements Callable<Integer> {

  private static final Instant FROM = Instant.parse("2018-05-05T00:00:00Z");
  private static final Instant TO = Instant.parse("2018-05-18T00:00:00Z");

  @Spec CommandSpec spec;

  @Option(
      names = "--corpus",
      paramLabel = "FILE",
      description = "The corpus the gold comes from (default: ../shared/data/news/ant-all).")
  Path corpus = Path.of("../shared/data/news/ant-all.jsonl.gz");

  @Option(
      names = "--gold",
      paramLabel = "FILE.tsv",
      description = "Gold stories (default: src/test/resources/stories/gold-stories.tsv).")
  Path gold = Path.of("src/test/resources/stories/gold-stories.tsv");

  @Option(
      names = "--features",
      split = ",",
      paramLabel = "NAME",
      description = "Features the model uses (default: the chosen ones, docs/RETRIEVAL.md).")
  List<String> features = new ArrayList<>(StoryModelTraining.FEATURES);

  @Option(
      names = "--join-at",
      paramLabel = "P",
      description =
          "The probability from which an article joins a story (default: ${DEFAULT-VALUE}).")
  double joinAt = StoryModelTraining.JOIN_AT;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Where the model goes (default: the bundled resource).")
  Path out = Path.of("src/main/resources/org/naba/stories/story-model.json");

  @Override
  public Integer call() throws Exception {
    PrintWriter console = spec.commandLine().getOut();
    GoldStories all = GoldStories.read(gold);
    GoldStories dev = all.half(true);
    List<StoryArticle> context =
        StoryCorpus.load(
            OutletDirectory.load(Path.of("config/outlets.json")),
            List.of(corpus),
            a -> {
              Instant at = StoryArticle.instant(a.published());
              return at != null && !at.isBefore(FROM) && at.isBefore(TO);
            });
    List<StoryArticle> devOnly =
        context.stream().filter(a -> dev.storyOf().containsKey(a.id())).toList();
    List<LogisticRegression.Example> examples = StoryModelTraining.examples(devOnly, dev.storyOf());
    long positives = examples.stream().filter(LogisticRegression.Example::y).count();
    console.printf(
        Locale.ROOT,
        "%d development articles, %d examples (%d positive), features %s%n",
        devOnly.size(),
        examples.size(),
        positives,
        features);
    StoryModel model = StoryModelTraining.fit(examples, features, joinAt);
    for (double t : new double[] {0.3, 0.4, 0.5, 0.6}) {
      StoryModel m = model.withJoinAt(t);
      for (boolean inContext : new boolean[] {false, true}) {
        List<StoryArticle> articles =
            inContext
                ? context
                : context.stream().filter(a -> all.storyOf().containsKey(a.id())).toList();
        Map<String, String> predicted = StoryModelTraining.cluster(articles, m);
        console.printf(
            Locale.ROOT,
            "join at %.2f %-10s dev %s%n",
            t,
            inContext ? "in-context" : "gold-only",
            ClusterScores.of(dev.storyOf(), predicted).summary());
        console.flush();
      }
    }
    Files.createDirectories(out.toAbsolutePath().getParent());
    new ObjectMapper()
        .writerWithDefaultPrettyPrinter()
        .writeValue(
            out.toFile(), StoryModelTraining.json(model, features, examples.size(), positives));
    console.println("wrote " + out);
    return 0;
  }
}
