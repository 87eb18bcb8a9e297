package org.naba.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.naba.config.NabaConfig;
import org.naba.store.Store;
import org.naba.stories.Stories;
import org.naba.stories.Story;
import org.naba.stories.StoryArticle;
import org.naba.stories.StoryTuning;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code naba stories list|rebuild}: one event across outlets. */
@Command(
    name = "stories",
    description = "List the stories (one event across outlets) or cluster the store again.",
    subcommands = {StoriesCommand.ListStories.class, StoriesCommand.Rebuild.class})
final class StoriesCommand implements Runnable {

  @ParentCommand NabaCommand parent;
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "name a subcommand: list or rebuild");
  }

  static Store open(NabaCommand parent, DataOption data) throws java.io.IOException {
    NabaConfig config = parent.config(data);
    Files.createDirectories(config.dataDir());
    return Databases.store(config);
  }

  /** {@code naba stories list [--since 24h] [--json]}. */
  @Command(name = "list", description = "The stories with an article in the period, newest first.")
  static final class ListStories implements Callable<Integer> {

    @ParentCommand StoriesCommand stories;
    @Spec CommandSpec spec;
    @Mixin DataOption data;

    @Option(
        names = "--since",
        paramLabel = "PERIOD",
        description =
            "How far back: a duration (90m, 24h, 7d) before now, or an ISO date or date-time"
                + " (default: 24h).")
    String since = "24h";

    @Option(
        names = "--json",
        description = "One object a line: id, articles (ids), outlets, first_seen.")
    boolean json;

    Clock clock = Clock.systemUTC();

    @Override
    public Integer call() throws Exception {
      Instant from = since(spec, since, clock.instant());
      try (Store store = open(stories.parent, data)) {
        Stories all = new Stories(store, StoryTuning.defaults());
        all.catchUp();
        List<Story> found = all.since(from);
        PrintWriter out = spec.commandLine().getOut();
        ObjectMapper mapper = new ObjectMapper();
        for (Story s : found) {
          if (json) {
            ObjectNode o = mapper.createObjectNode();
            o.put("id", s.id());
            s.articles().forEach(o.putArray("articles")::add);
            s.outlets().forEach(o.putArray("outlets")::add);
            o.put("first_seen", s.firstSeen().toString());
            out.println(mapper.writeValueAsString(o));
          } else {
            out.printf(
                "%s  %d articles  %s  first seen %s%n",
                s.id(), s.articles().size(), String.join(", ", s.outlets()), s.firstSeen());
          }
        }
        out.flush();
        return 0;
      }
    }

    /** The start of the period: {@code now} less a duration, or a date or date-time. */
    static Instant since(CommandSpec spec, String value, Instant now) {
      var m = java.util.regex.Pattern.compile("(\\d+)([mhd])").matcher(value.strip());
      if (m.matches()) {
        long n = Long.parseLong(m.group(1));
        Duration d =
            switch (m.group(2)) {
              case "m" -> Duration.ofMinutes(n);
              case "h" -> Duration.ofHours(n);
              default -> Duration.ofDays(n);
            };
        return now.minus(d);
      }
      Instant at = StoryArticle.instant(value.strip());
      if (at == null) {
        throw new CommandLine.ParameterException(
            spec.commandLine(),
            "--since '" + value + "': expected a duration (90m, 24h, 7d) or an ISO date");
      }
      return at;
    }
  }

  /** {@code naba stories rebuild}. */
  @Command(name = "rebuild", description = "Cluster every stored article again (deterministic).")
  static final class Rebuild implements Callable<Integer> {

    @ParentCommand StoriesCommand stories;
    @Spec CommandSpec spec;
    @Mixin DataOption data;

    @Override
    public Integer call() throws Exception {
      try (Store store = open(stories.parent, data)) {
        long start = System.nanoTime();
        Stories all = new Stories(store, StoryTuning.defaults());
        int placed = all.rebuild();
        spec.commandLine()
            .getOut()
            .printf(
                "clustered %d articles into %d stories in %.1f s%n",
                placed, all.since(Instant.MIN).size(), (System.nanoTime() - start) / 1e9);
        return 0;
      }
    }
  }
}
