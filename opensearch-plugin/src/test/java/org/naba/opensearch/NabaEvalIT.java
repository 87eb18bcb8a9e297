package org.naba.opensearch;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.opensearch.common.network.NetworkAddress;
import org.opensearch.common.xcontent.XContentHelper;
import org.opensearch.common.xcontent.json.JsonXContent;
import org.opensearch.http.HttpServerTransport;
import org.opensearch.plugins.Plugin;
import org.opensearch.test.OpenSearchIntegTestCase;
import org.opensearch.test.OpenSearchIntegTestCase.ClusterScope;
import org.opensearch.test.OpenSearchIntegTestCase.Scope;
import org.opensearch.transport.Netty4ModulePlugin;

/**
 * The retrieval evaluation with the OpenSearch backend against the embedded index, on a two-node
 * test cluster: {@code naba eval --opensearch URL --dataset FILE --json} for each of the three QA
 * sets, each within 0.01 R@1 of the embedded index. Runs only when asked, since it takes minutes:
 * {@code ../mvnw -f opensearch-plugin/pom.xml verify -Dit.test=NabaEvalIT -Dnaba.eval=true}; the
 * reports go to {@code target/eval-opensearch.jsonl}.
 */
@ClusterScope(
    scope = Scope.SUITE,
    numDataNodes = 2,
    numClientNodes = 0,
    supportsDedicatedMasters = false)
public class NabaEvalIT extends OpenSearchIntegTestCase {

  static final List<String> SETS = List.of("xquad-ar.json", "arcd-train.json", "mlqa-ar-dev.json");

  @Override
  protected Collection<Class<? extends Plugin>> nodePlugins() {
    return List.of(NabaAnalysisPlugin.class, Netty4ModulePlugin.class);
  }

  @Override
  protected boolean addMockHttpTransport() {
    return false;
  }

  public void testOpenSearchIsWithinOneHundredthOfR1OfTheEmbeddedIndexOnEachSet() throws Exception {
    assumeTrue("-Dnaba.eval=true runs the evaluation", Boolean.getBoolean("naba.eval"));
    Path data = NabaProcess.HOME.resolve("../shared/data/qa");
    assumeTrue(data + " is missing", Files.isDirectory(data));
    String url =
        "http://"
            + NetworkAddress.format(
                internalCluster()
                    .getInstance(HttpServerTransport.class)
                    .boundAddress()
                    .publishAddress()
                    .address());
    NabaProcess naba = new NabaProcess(createTempDir());
    List<String> lines = new ArrayList<>();
    for (String set : SETS) {
      String json =
          naba.run(
                  "eval",
                  Map.of(),
                  "eval",
                  "--opensearch",
                  url,
                  "--dataset",
                  data.resolve(set).toAbsolutePath().toString(),
                  "--json")
              .strip();
      lines.add(json);
      Map<String, Object> report =
          XContentHelper.convertToMap(JsonXContent.jsonXContent, json, false);
      double remote = recallAt1(report.get("naba"));
      double local = recallAt1(report.get("baseline"));
      logger.info("{}: R@1 opensearch {} embedded {}", set, remote, local);
      assertEquals(set + ": R@1 of OpenSearch vs the embedded index", local, remote, 0.01);
    }
    Files.write(Path.of("target/eval-opensearch.jsonl"), lines, StandardCharsets.UTF_8);
  }

  private static double recallAt1(Object system) {
    Map<?, ?> metrics = (Map<?, ?>) ((Map<?, ?>) system).get("metrics");
    return ((Number) metrics.get("recallAt1")).doubleValue();
  }
}
