package org.naba.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.naba.ingest.OutletDirectory;
import org.naba.ingest.Read;
import org.naba.ingest.Sources;
import org.naba.quotes.Quote;
import org.naba.quotes.QuoteExtractor;
import org.naba.store.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code naba quotes}: the direct quotes of articles in files, without storing anything. */
@Command(
    name = "quotes",
    description =
        "Print the direct quotes of each article in INPUT (seed .txt, folder, .jsonl(.gz)).")
final class QuotesCommand implements Callable<Integer> {

  @ParentCommand NabaCommand parent;
  @Spec CommandSpec spec;
  @Mixin DataOption data;

  @Option(names = "--json", description = "One JSON object per article.")
  boolean json;

  @Option(names = "--id", paramLabel = "ID", description = "Only these article ids (repeatable).")
  Set<String> ids;

  @Parameters(index = "0", paramLabel = "INPUT", description = "File or folder of articles.")
  Path input;

  @Override
  public Integer call() {
    OutletDirectory outlets = OutletDirectory.load(parent.config(data).outletsFile());
    QuoteExtractor extractor = new QuoteExtractor();
    ObjectMapper mapper = new ObjectMapper();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    AtomicInteger failures = new AtomicInteger();
    new Sources(outlets)
        .read(
            List.of(input),
            read -> {
              switch (read) {
                case Read.Found found -> {
                  Article a = found.article();
                  if (ids == null || ids.contains(a.id())) {
                    print(a, extractor.extract(a.text()), mapper, out);
                  }
                }
                case Read.Failed failed -> {
                  failures.incrementAndGet();
                  err.println(failed.line());
                }
              }
            });
    out.flush();
    err.flush();
    return failures.get() > 0 ? 1 : 0;
  }

  private void print(Article a, List<Quote> quotes, ObjectMapper mapper, PrintWriter out) {
    if (!json) {
      out.println(a.id() + " — " + a.title());
      for (Quote q : quotes) {
        out.println(
            "  «"
                + q.text()
                + "» — "
                + (q.speaker() == null ? "(unknown)" : q.speaker())
                + (q.role() == null ? "" : "، " + q.role())
                + " ["
                + q.start()
                + ".."
                + q.end()
                + (q.cue() == null ? "" : ", " + q.cue())
                + "]");
      }
      return;
    }
    ObjectNode root = mapper.createObjectNode();
    root.put("id", a.id());
    ArrayNode array = root.putArray("quotes");
    for (Quote q : quotes) {
      array
          .addObject()
          .put("text", q.text())
          .put("start", q.start())
          .put("end", q.end())
          .put("speaker", q.speaker())
          .put("role", q.role())
          .put("cue", q.cue());
    }
    try {
      out.println(mapper.writeValueAsString(root));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
