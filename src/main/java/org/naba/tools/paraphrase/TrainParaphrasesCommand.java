package org.naba.tools.paraphrase;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.naba.cli.DataOption;
import org.naba.cli.NabaCommand;
import org.naba.config.NabaConfig;
import org.naba.search.Paraphrases;
import org.naba.search.analysis.NabaArabicAnalyzer;
import org.naba.store.Article;
import org.naba.store.Store;
import org.naba.store.StoredArticle;
import org.naba.store.StoryTable.Member;
import org.naba.text.Span;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code naba train-paraphrases --data DIR}: learns word substitutions from the stories of a store
 * and writes {@link Paraphrases#RESOURCE}. For each story with articles from two outlets or more
 * (its first {@link #MAX_ARTICLES} articles), the titles and sentences of every two articles of
 * different outlets are aligned ({@link SentenceAligner}); IBM Model 1 ({@link TranslationModel})
 * learns from what differs in the aligned pairs; an entry {@code e → f} is kept when both {@code
 * t(f|e)} and {@code t(e|f)} reach {@link #MIN_T} and the two stems differed in at least {@link
 * #MIN_COOCCURRENCES} pairs, at most {@link #TOP} per stem. Same store, same file.
 */
@Command(
    name = "train-paraphrases",
    mixinStandardHelpOptions = true,
    description =
        "Learn word substitutions from aligned sentences of the store's multi-outlet stories and"
            + " write the paraphrase table.")
public final class TrainParaphrasesCommand implements Callable<Integer> {

  static final int MAX_ARTICLES = 30;
  static final int ITERATIONS = 10;
  static final double MIN_T = 0.05;
  static final int MIN_COOCCURRENCES = 3;
  static final int TOP = 5;

  /**
   * Words whose learned substitutes are printed (the examples), as the index stems them.
   */
  static final List<String> SAMPLES =
      List.of(
          "تعتزم", "تنوي", "المركز", "المرتبة", "سيزور", "يسافر", "اعلن", "قال", "مقتل", "هجوم");

  @ParentCommand NabaCommand parent;
  @Spec CommandSpec spec;
  @Mixin DataOption data;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Where the table goes (default: the bundled resource).")
  Path out = Path.of("src/main/resources/org/naba/search/" + Paraphrases.RESOURCE);

  @Override
  public Integer call() throws Exception {
    PrintWriter console = spec.commandLine().getOut();
    NabaConfig config = parent.config(data);
    if (!Files.isRegularFile(config.storeFile())) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "no store at " + config.storeFile() + " (ingest and cluster first)");
    }
    Vocabulary vocabulary = new Vocabulary();
    List<SentenceAligner.Residual> pairs = new ArrayList<>();
    int stories = 0;
    long articlePairs = 0;
    try (Store store = Store.open(config.storeFile());
        NabaArabicAnalyzer analyzer = new NabaArabicAnalyzer(NabaArabicAnalyzer.Form.STEM)) {
      Map<String, List<Member>> byStory = new TreeMap<>();
      for (Member m : store.stories().storiesSince(Instant.EPOCH)) {
        byStory.computeIfAbsent(m.story(), k -> new ArrayList<>()).add(m);
      }
      for (List<Member> members : byStory.values()) {
        Set<String> outlets = new LinkedHashSet<>();
        members.forEach(m -> outlets.add(String.valueOf(m.outlet())));
        if (outlets.size() < 2) {
          continue;
        }
        stories++;
        List<Member> first = members.subList(0, Math.min(MAX_ARTICLES, members.size()));
        List<String> outletOf = new ArrayList<>();
        List<List<int[]>> sentences = new ArrayList<>();
        for (Member m : first) {
          StoredArticle stored = store.bySeq(m.articleSeq()).orElse(null);
          if (stored == null) {
            continue;
          }
          outletOf.add(String.valueOf(m.outlet()));
          sentences.add(sentences(stored, analyzer, vocabulary));
        }
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < sentences.size(); i++) {
          for (int j = i + 1; j < sentences.size(); j++) {
            if (outletOf.get(i).equals(outletOf.get(j))) {
              continue;
            }
            articlePairs++;
            for (SentenceAligner.Residual r :
                SentenceAligner.align(sentences.get(i), sentences.get(j))) {
              // the same rewording met again in the story (one wire copy in many outlets)
              // counts once
              if (seen.add(key(r))) {
                pairs.add(r);
              }
            }
          }
        }
      }
    }
    console.printf(
        Locale.ROOT,
        "%d multi-outlet stories, %d article pairs of different outlets, %d aligned sentence"
            + " pairs, %d stems%n",
        stories,
        articlePairs,
        pairs.size(),
        vocabulary.size());
    console.flush();
    TranslationModel model = TranslationModel.train(pairs, ITERATIONS);
    Map<String, List<Paraphrases.Substitute>> table = table(model, vocabulary);
    int entries = table.values().stream().mapToInt(List::size).sum();
    write(table, stories, pairs.size(), entries);
    console.printf(Locale.ROOT, "%d stems with substitutes, %d entries%n", table.size(), entries);
    try (NabaArabicAnalyzer analyzer = new NabaArabicAnalyzer(NabaArabicAnalyzer.Form.STEM)) {
      for (String word : SAMPLES) {
        for (String stem : stems(analyzer, word)) {
          console.printf(
              Locale.ROOT, "  %s (%s) → %s%n", word, stem, table.getOrDefault(stem, List.of()));
        }
      }
    }
    console.println("wrote " + out);
    return 0;
  }

  /** The kept entries, by stem in text order, most probable substitute first. */
  static Map<String, List<Paraphrases.Substitute>> table(
      TranslationModel model, Vocabulary vocabulary) {
    Map<String, List<Paraphrases.Substitute>> table = new TreeMap<>();
    model.forEach(
        (e, f, t, n) -> {
          if (e == TranslationModel.NULL || n < MIN_COOCCURRENCES || t < MIN_T) {
            return;
          }
          if (model.t(f, e) < MIN_T) {
            return;
          }
          table
              .computeIfAbsent(vocabulary.word(e), k -> new ArrayList<>())
              .add(new Paraphrases.Substitute(vocabulary.word(f), (float) t));
        });
    table.replaceAll(
        (k, v) ->
            v.stream()
                .sorted(
                    Comparator.comparingDouble((Paraphrases.Substitute s) -> -s.probability())
                        .thenComparing(Paraphrases.Substitute::stem))
                .limit(TOP)
                .toList());
    return table;
  }

  private void write(
      Map<String, List<Paraphrases.Substitute>> table, int stories, int pairs, int entries)
      throws IOException {
    Files.createDirectories(out.toAbsolutePath().getParent());
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      w.write("# rebuilt by: " + Paraphrases.COMMAND + " --data DIR (docs/RETRIEVAL.md)\n");
      w.write(
          String.format(
              Locale.ROOT,
              "# IBM Model 1 (%d EM steps) over %d aligned sentence pairs of %d multi-outlet"
                  + " stories; kept: t(f|e) and t(e|f) >= %.2f, >= %d pairs, top %d; %d entries%n",
              ITERATIONS,
              pairs,
              stories,
              MIN_T,
              MIN_COOCCURRENCES,
              TOP,
              entries));
      w.write("# stem\tsubstitute\tt(substitute|stem)\n");
      for (Map.Entry<String, List<Paraphrases.Substitute>> e : table.entrySet()) {
        for (Paraphrases.Substitute s : e.getValue()) {
          w.write(
              e.getKey()
                  + "\t"
                  + s.stem()
                  + "\t"
                  + String.format(Locale.ROOT, "%.4f", s.probability())
                  + "\n");
        }
      }
    }
  }

  /** The title and each sentence of an article as sorted distinct stem ids. */
  private static List<int[]> sentences(
      StoredArticle stored, NabaArabicAnalyzer analyzer, Vocabulary vocabulary) {
    Article a = stored.article();
    List<int[]> out = new ArrayList<>();
    out.add(vocabulary.ids(stems(analyzer, a.title())));
    for (Span s : stored.parsed().sentences()) {
      out.add(vocabulary.ids(stems(analyzer, s.of(a.text()))));
    }
    return out;
  }

  /** The stems of {@code text} as the index's text field holds them, numbers left out. */
  static List<String> stems(NabaArabicAnalyzer analyzer, String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        String s = term.toString();
        if (s.length() > 1 && s.chars().noneMatch(Character::isDigit)) {
          out.add(s);
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static String key(SentenceAligner.Residual r) {
    return java.util.Arrays.toString(r.first()) + java.util.Arrays.toString(r.second());
  }

  /** Stems numbered in the order met, from 1 ({@link TranslationModel#NULL} is 0). */
  static final class Vocabulary {
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> words = new ArrayList<>(List.of(""));

    int[] ids(List<String> stems) {
      Map<Integer, Boolean> distinct = new LinkedHashMap<>();
      for (String s : stems) {
        distinct.put(
            ids.computeIfAbsent(
                s,
                k -> {
                  words.add(k);
                  return words.size() - 1;
                }),
            true);
      }
      return distinct.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    String word(int id) {
      return words.get(id);
    }

    int size() {
      return words.size() - 1;
    }
  }
}
