package org.naba.opensearch;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.naba.search.analysis.NabaArabicAnalyzer.Form;
import org.opensearch.action.admin.indices.analyze.AnalyzeAction;
import org.opensearch.common.network.NetworkAddress;
import org.opensearch.core.common.transport.TransportAddress;
import org.opensearch.http.HttpServerTransport;
import org.opensearch.index.query.QueryBuilders;
import org.opensearch.plugins.Plugin;
import org.opensearch.test.OpenSearchIntegTestCase;
import org.opensearch.test.OpenSearchIntegTestCase.ClusterScope;
import org.opensearch.test.OpenSearchIntegTestCase.Scope;
import org.opensearch.transport.Netty4ModulePlugin;

/**
 * A two-node OpenSearch cluster in this JVM with the plugin installed and real HTTP (Netty): the
 * plugin's analyzers give the main build's golden tokens, and Naba itself (its jar, in a separate
 * process, since its Lucene differs) indexes the seeds into the cluster and answers a seed question
 * through its OpenSearch backend.
 */
@ClusterScope(
    scope = Scope.SUITE,
    numDataNodes = 2,
    numClientNodes = 0,
    supportsDedicatedMasters = false)
public class NabaClusterIT extends OpenSearchIntegTestCase {

  @Override
  protected Collection<Class<? extends Plugin>> nodePlugins() {
    return List.of(NabaAnalysisPlugin.class, Netty4ModulePlugin.class);
  }

  @Override
  protected boolean addMockHttpTransport() {
    return false; // Naba speaks to the cluster over real HTTP
  }

  /** A seed question and the quote that answers it (the seeds' spokesman, Sabah al-Numan). */
  static final String QUESTION = "ماذا قال المتحدث باسم جهاز مكافحة الارهاب؟";

  public void testNabaIndexesTheSeedsIntoTheClusterAndAnswersAsTheEmbeddedIndexDoes()
      throws Exception {
    NabaProcess naba = new NabaProcess(createTempDir());
    String url = "http://" + httpAddress();
    Map<String, String> openSearch =
        Map.of(
            "NABA_SEARCH_BACKEND", "opensearch",
            "NABA_SEARCH_URL", url,
            "NABA_SEARCH_INDEX", "naba-it");

    // first run: ingests the seeds, indexes their units into the cluster, answers from it
    NabaProcess.Answers remote = naba.ask("remote", openSearch, QUESTION);
    NabaProcess.Answers local = naba.ask("local", Map.of(), QUESTION);
    assertEquals("answer", remote.status());
    assertTrue(
        remote.texts().get(0), remote.texts().get(0).startsWith("جهاز مُكافحة الإرهاب هو جهاز"));
    assertEquals("the same answers, in the same order", local.texts(), remote.texts());
    for (int i = 0; i < local.scores().size(); i++) {
      assertEquals("score " + i, local.scores().get(i), remote.scores().get(i), 1e-3);
    }

    refresh("naba-it");
    long units =
        client().prepareSearch("naba-it").setSize(0).get().getHits().getTotalHits().value();
    assertEquals("the embedded index's units, each once", localUnits(naba), units);
    assertEquals(
        "one index behind the alias, on both nodes' shards",
        1,
        client().admin().indices().prepareGetAliases("naba-it").get().getAliases().size());

    // rebuilding (a new index beside the old one, then the alias swapped) keeps every unit once
    naba.run("remote", openSearch, "reindex");
    refresh("naba-it");
    assertEquals(
        units, client().prepareSearch("naba-it").setSize(0).get().getHits().getTotalHits().value());
    assertEquals(
        "the same answers after the rebuild",
        remote.texts(),
        naba.ask("remote", openSearch, QUESTION).texts());
  }

  public void testAnEditedArticlesUnitsReplaceItsEarlierOnesInTheCluster() throws Exception {
    NabaProcess naba = new NabaProcess(createTempDir());
    Map<String, String> env =
        Map.of(
            "NABA_SEARCH_BACKEND", "opensearch",
            "NABA_SEARCH_URL", "http://" + httpAddress(),
            "NABA_SEARCH_INDEX", "naba-edit",
            "NABA_FEEDS_ALLOW_PRIVATE_ADDRESSES", "true",
            "NABA_FEEDS_SOURCES", "");
    String sentence = "أعلن محافظ كركوك افتتاح جسر جديد فوق نهر الخاصة في مركز المدينة";
    String first =
        String.join(
            "\n",
            sentence + ". وقال المحافظ إن \"الجسر سيخفف الزحام في مركز المدينة\".",
            "وأضاف أن العمل في الجسر استمر عامين كاملين بكلفة بلغت عشرين مليار دينار.",
            "وشارك في الافتتاح مسؤولون محليون. وأكد مدير البلدية أن \"المرحلة الثانية تبدأ قريباً\".",
            "وتوقع مهندسو المشروع أن يخدم الجسر أكثر من خمسين ألف مركبة يومياً.",
            "ويربط الجسر الأحياء الشرقية بالسوق القديم الذي تضرر كثيراً في السنوات الماضية.");
    // both versions over 400 characters, so the feed item is taken whole (no page to fetch)
    String second = (sentence + " و").repeat(8) + "غيرها من المشاريع";
    try (FeedServer feed = new FeedServer()) {
      feed.item("https://example.test/bridge", "جسر كركوك", first);
      naba.run("edit", env, "feeds", "add", feed.url(), "--outlet", "روداو");
      String polled = naba.run("edit", env, "feeds", "poll", "--once");
      assertTrue(polled, polled.contains("new 1"));
      naba.run("edit", env, "ask", "--json", "جسر كركوك"); // the open indexes what was stored
      long before = unitsOf("naba-edit", feed.articleId(naba, env));
      assertTrue("units of the first version: " + before, before >= 6);

      feed.item("https://example.test/bridge", "جسر كركوك", second);
      naba.run("edit", env, "feeds", "remove", feed.url()); // due again at once
      naba.run("edit", env, "feeds", "add", feed.url(), "--outlet", "روداو");
      naba.run("edit", env, "feeds", "poll", "--once");
      naba.run("edit", env, "ask", "--json", "جسر كركوك");
      String id = feed.articleId(naba, env);
      assertEquals(
          "the edited version's one sentence, nothing left of the first: "
              + sourcesOf("naba-edit", id),
          1,
          unitsOf("naba-edit", id));
    }
  }

  private String sourcesOf(String index, String articleId) {
    StringBuilder out = new StringBuilder();
    for (var hit :
        client()
            .prepareSearch(index)
            .setSize(20)
            .setQuery(QueryBuilders.termQuery("article_id", articleId))
            .get()
            .getHits()) {
      out.append(hit.getId())
          .append(' ')
          .append(hit.getSourceAsMap().get("article_seq"))
          .append("; ");
    }
    return out.toString();
  }

  private long unitsOf(String index, String articleId) {
    refresh(index);
    return client()
        .prepareSearch(index)
        .setSize(0)
        .setQuery(QueryBuilders.termQuery("article_id", articleId))
        .get()
        .getHits()
        .getTotalHits()
        .value();
  }

  /** The number of units {@code naba status} reports for the embedded index. */
  private static long localUnits(NabaProcess naba) throws Exception {
    Matcher m =
        Pattern.compile("index: (\\d+) units").matcher(naba.run("local", Map.of(), "status"));
    assertTrue("status names the units", m.find());
    return Long.parseLong(m.group(1));
  }

  /** The HTTP address of one of the nodes. */
  private static String httpAddress() {
    HttpServerTransport http = internalCluster().getInstance(HttpServerTransport.class);
    TransportAddress address = http.boundAddress().publishAddress();
    return NetworkAddress.format(address.address());
  }

  public void testEveryAnalyzerGivesTheMainBuildsGoldenTokens() throws Exception {
    List<GoldenTokens.Sentence> sentences = GoldenTokens.recorded();
    for (Form form : Form.values()) {
      for (GoldenTokens.Sentence s : sentences) {
        AnalyzeAction.Response response =
            client()
                .admin()
                .indices()
                .prepareAnalyze(s.text())
                .setAnalyzer(NabaAnalysisPlugin.analyzerName(form))
                .get();
        assertEquals(form + " of " + s.text(), absolute(s.tokens(form)), tokens(response));
      }
    }
  }

  /** The tokens with absolute positions, as _analyze gives them: term@position[start,end). */
  private static List<String> absolute(List<GoldenTokens.Token> tokens) {
    List<String> out = new ArrayList<>();
    int position = -1;
    for (GoldenTokens.Token t : tokens) {
      position += t.increment();
      out.add(t.term() + "@" + position + "[" + t.start() + "," + t.end() + ")");
    }
    return out;
  }

  private static List<String> tokens(AnalyzeAction.Response response) {
    List<String> out = new ArrayList<>();
    for (AnalyzeAction.AnalyzeToken t : response.getTokens()) {
      out.add(
          t.getTerm()
              + "@"
              + t.getPosition()
              + "["
              + t.getStartOffset()
              + ","
              + t.getEndOffset()
              + ")");
    }
    return out;
  }
}
