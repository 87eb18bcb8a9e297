package org.naba.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.naba.config.ConfigLoader;
import org.naba.feeds.FeedFollower;
import org.naba.feeds.PollReport;
import org.naba.store.FeedSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code naba feeds}: the sources Naba follows (RSS, Atom, JSON Feed, news sitemaps), and one poll
 * of them for cron. Like {@code naba ingest}, a poll writes the store; the running bot (or the next
 * command) indexes what it stored.
 */
@Command(
    name = "feeds",
    mixinStandardHelpOptions = true,
    description =
        "The feeds Naba follows: add, list, remove, enable, disable, import, export, poll.",
    subcommands = {
      FeedsCommand.Add.class,
      FeedsCommand.ListSources.class,
      FeedsCommand.Remove.class,
      FeedsCommand.Enable.class,
      FeedsCommand.Disable.class,
      FeedsCommand.Import.class,
      FeedsCommand.Export.class,
      FeedsCommand.Poll.class
    })
final class FeedsCommand implements Runnable {

  @ParentCommand NabaCommand parent;
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(
        spec.commandLine(),
        "name a subcommand: add, list, remove, enable, disable, import, export or poll");
  }

  /** Reads 30s, 10m, 2h, 1d. */
  static final class DurationConverter implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      return ConfigLoader.parseDuration(value);
    }
  }

  /** The shared part: the data folder, opened as every command opens it. */
  abstract static class Sub implements Callable<Integer> {
    @ParentCommand FeedsCommand feeds;
    @Spec CommandSpec spec;
    @Mixin DataOption data;

    @Override
    public Integer call() throws Exception {
      try (Naba naba = Naba.open(feeds.parent.config(data))) {
        PrintWriter out = spec.commandLine().getOut();
        int code = run(naba.feeds(), out);
        out.flush();
        return code;
      }
    }

    abstract int run(FeedFollower follower, PrintWriter out) throws Exception;

    int usage(String line) {
      PrintWriter err = spec.commandLine().getErr();
      err.println(line);
      err.flush();
      return 2;
    }
  }

  @Command(name = "add", mixinStandardHelpOptions = true, description = "Follow a feed.")
  static final class Add extends Sub {
    @Parameters(paramLabel = "URL", description = "The feed or news sitemap.")
    String url;

    @Option(
        names = "--outlet",
        paramLabel = "NAME",
        description = "The outlet (a name or alias of config/outlets.json).")
    String outlet;

    @Option(
        names = "--every",
        paramLabel = "INTERVAL",
        converter = DurationConverter.class,
        description = "How often to fetch it: 30s, 10m, 2h, 1d (default: feeds.every).")
    Duration every;

    @Override
    int run(FeedFollower follower, PrintWriter out) {
      FeedFollower.Added a;
      try {
        a = follower.add(url, outlet, every);
      } catch (IllegalArgumentException e) {
        return usage(e.getMessage());
      }
      out.println((a.added() ? "following " : "already following ") + line(a.source()));
      return 0;
    }
  }

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "The sources: last fetch, status, new items, errors.")
  static final class ListSources extends Sub {
    @Override
    int run(FeedFollower follower, PrintWriter out) {
      List<FeedSource> all = follower.list();
      for (FeedSource s : all) {
        out.println(line(s));
      }
      if (all.isEmpty()) {
        out.println("no sources (naba feeds add URL)");
      }
      return 0;
    }
  }

  @Command(name = "remove", mixinStandardHelpOptions = true, description = "Stop following a feed.")
  static final class Remove extends Sub {
    @Parameters(paramLabel = "URL")
    String url;

    @Override
    int run(FeedFollower follower, PrintWriter out) {
      if (!follower.remove(url)) {
        return usage("not a followed source: " + url);
      }
      out.println("removed " + url);
      return 0;
    }
  }

  @Command(name = "enable", mixinStandardHelpOptions = true, description = "Turn a source on.")
  static final class Enable extends Sub {
    @Parameters(paramLabel = "URL")
    String url;

    @Override
    int run(FeedFollower follower, PrintWriter out) {
      return follower.enable(url, true) ? 0 : usage("not a followed source: " + url);
    }
  }

  @Command(name = "disable", mixinStandardHelpOptions = true, description = "Turn a source off.")
  static final class Disable extends Sub {
    @Parameters(paramLabel = "URL")
    String url;

    @Override
    int run(FeedFollower follower, PrintWriter out) {
      return follower.enable(url, false) ? 0 : usage("not a followed source: " + url);
    }
  }

  @Command(
      name = "import",
      mixinStandardHelpOptions = true,
      description = "Follow the feeds of an OPML file.")
  static final class Import extends Sub {
    @Parameters(paramLabel = "FILE.opml")
    Path file;

    @Override
    int run(FeedFollower follower, PrintWriter out) {
      String text;
      try {
        text = Files.readString(file, StandardCharsets.UTF_8);
      } catch (java.io.IOException e) {
        return usage("cannot read " + file + ": " + e.getMessage());
      }
      try {
        out.println("imported " + follower.importOpml(text) + " new sources from " + file);
        return 0;
      } catch (IllegalArgumentException e) {
        return usage(file + ": " + e.getMessage());
      }
    }
  }

  @Command(
      name = "export",
      mixinStandardHelpOptions = true,
      description = "Print the sources as OPML.")
  static final class Export extends Sub {
    @Override
    int run(FeedFollower follower, PrintWriter out) {
      out.print(follower.exportOpml());
      return 0;
    }
  }

  @Command(
      name = "poll",
      mixinStandardHelpOptions = true,
      description = "Fetch every due source once and store its new articles (for cron).")
  static final class Poll extends Sub {
    @Option(names = "--once", required = true, description = "Poll once and exit.")
    boolean once;

    @Override
    int run(FeedFollower follower, PrintWriter out) throws InterruptedException {
      List<PollReport> reports = follower.pollDue();
      int failed = 0;
      for (PollReport r : reports) {
        out.println(r.line());
        if (r.error() != null) {
          failed++;
        }
      }
      out.println(reports.size() + " sources polled, " + failed + " failed");
      return failed > 0 ? 1 : 0;
    }
  }

  static String line(FeedSource s) {
    FeedSource.FetchState st = s.state();
    StringBuilder out = new StringBuilder(s.url());
    out.append("\t").append(s.outlet() == null ? "-" : s.outlet());
    out.append("\tevery ").append(interval(s.every()));
    out.append("\t").append(s.status());
    out.append("\tlast ").append(st.lastFetchAt() == null ? "-" : st.lastFetchAt().toString());
    out.append("\tnew ").append(st.newItems()).append("\tstored ").append(st.totalItems());
    out.append("\terrors ").append(st.errors());
    if (st.failures() > 0) {
      out.append(" (").append(st.failures()).append(" in a row)");
    }
    if (st.lastError() != null) {
      out.append("\t").append(st.lastError());
    }
    return out.toString();
  }

  static String interval(Duration d) {
    long s = d.toSeconds();
    if (s % 86_400 == 0) {
      return s / 86_400 + "d";
    }
    if (s % 3_600 == 0) {
      return s / 3_600 + "h";
    }
    return s % 60 == 0 ? s / 60 + "m" : s + "s";
  }
}
