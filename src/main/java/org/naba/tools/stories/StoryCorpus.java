package org.naba.tools.stories;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.naba.ingest.ArticleAnalysis;
import org.naba.ingest.OutletDirectory;
import org.naba.ingest.Read;
import org.naba.ingest.Sources;
import org.naba.quotes.QuoteExtractor;
import org.naba.store.Article;
import org.naba.store.StoredArticle;
import org.naba.stories.StoryArticle;

/**
 * The articles of news corpora as clustering sees them (quotes extracted as ingest does), oldest
 * first: the order {@code naba stories rebuild} uses.
 */
public final class StoryCorpus {

  private StoryCorpus() {}

  /** Every dated article of {@code files} that {@code keep} accepts, analysed on all cores. */
  public static List<StoryArticle> load(
      OutletDirectory outlets, List<Path> files, Predicate<Article> keep) {
    return load(outlets, files, keep, true);
  }

  /**
   * Every dated article of {@code files} that {@code keep} accepts; with {@code quotes} false no
   * quote is extracted (the articles have no speakers and no quotes), which is much faster.
   */
  public static List<StoryArticle> load(
      OutletDirectory outlets, List<Path> files, Predicate<Article> keep, boolean quotes) {
    List<Article> articles = new ArrayList<>();
    new Sources(outlets)
        .read(
            files,
            read -> {
              if (read instanceof Read.Found found
                  && keep.test(found.article())
                  && StoryArticle.instant(found.article().published()) != null) {
                articles.add(found.article());
              }
            });
    ArticleAnalysis analysis = new ArticleAnalysis(new QuoteExtractor());
    Instant none = Instant.EPOCH;
    return articles.parallelStream()
        .map(
            a ->
                quotes
                    ? StoryArticle.of(new StoredArticle(0, none, analysis.analyse(a)))
                    : new StoryArticle(
                        0,
                        a.id(),
                        a.outlet(),
                        StoryArticle.instant(a.published()),
                        a.title(),
                        a.text(),
                        List.of(),
                        List.of()))
        .sorted(Comparator.comparing(StoryArticle::at).thenComparing(StoryArticle::id))
        .toList();
  }

  /** The articles of {@code files} whose id is in {@code ids}. */
  public static List<StoryArticle> load(
      OutletDirectory outlets, List<Path> files, Set<String> ids) {
    return load(outlets, files, a -> ids.contains(a.id()));
  }
}
