package org.naba.opensearch;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.naba.search.analysis.NabaArabicAnalyzer.Form;
import org.opensearch.action.admin.indices.analyze.AnalyzeAction;
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
@ClusterScope(scope = Scope.SUITE, numDataNodes = 2, numClientNodes = 0, supportsDedicatedMasters = false)
public class NabaClusterIT extends OpenSearchIntegTestCase {

  @Override
  protected Collection<Class<? extends Plugin>> nodePlugins() {
    return List.of(NabaAnalysisPlugin.class, Netty4ModulePlugin.class);
  }

  @Override
  protected boolean addMockHttpTransport() {
    return false; // Naba speaks to the cluster over real HTTP
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
          t.getTerm() + "@" + t.getPosition() + "[" + t.getStartOffset() + "," + t.getEndOffset() + ")");
    }
    return out;
  }
}
