package org.naba.opensearch;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.naba.search.analysis.ArabicLightStemFilter;
import org.naba.search.analysis.ArabicNormalizationFilter;
import org.naba.search.analysis.ArabicRootFilter;
import org.naba.search.analysis.ArabicSkeletonFilter;
import org.naba.search.analysis.ArabicStopFilter;
import org.naba.search.analysis.NabaArabicAnalyzer;
import org.naba.search.analysis.NabaArabicAnalyzer.Form;
import org.opensearch.index.analysis.AbstractIndexAnalyzerProvider;
import org.opensearch.index.analysis.AbstractTokenFilterFactory;
import org.opensearch.index.analysis.AnalyzerProvider;
import org.opensearch.index.analysis.TokenFilterFactory;
import org.opensearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.opensearch.plugins.AnalysisPlugin;
import org.opensearch.plugins.Plugin;

/**
 * Naba's Arabic analysis in OpenSearch: one analyzer per {@link Form} ({@code naba_exact}, {@code
 * naba_stem}, {@code naba_skeleton}, {@code naba_root}, {@code naba_ngram}: the whole chain of
 * {@link NabaArabicAnalyzer}, so an index analyses text exactly as Naba's embedded index does), and
 * its filters alone for custom chains ({@code naba_normalize}, {@code naba_stop}, {@code
 * naba_light_stem}, {@code naba_skeleton}, {@code naba_root}).
 */
public final class NabaAnalysisPlugin extends Plugin implements AnalysisPlugin {

  /** The name of the analyzer of {@code form}: {@code naba_} and the form in lower case. */
  public static String analyzerName(Form form) {
    return "naba_" + form.name().toLowerCase(Locale.ROOT);
  }

  @Override
  public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
    return Map.of(
        "naba_normalize", filter(ArabicNormalizationFilter::new),
        "naba_stop", filter(ArabicStopFilter::new),
        "naba_light_stem", filter(ArabicLightStemFilter::new),
        "naba_skeleton", filter(ArabicSkeletonFilter::new),
        "naba_root", filter(ArabicRootFilter::new));
  }

  @Override
  public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
    Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> analyzers = new TreeMap<>();
    for (Form form : Form.values()) {
      analyzers.put(
          analyzerName(form),
          (indexSettings, environment, name, settings) ->
              new AbstractIndexAnalyzerProvider<NabaArabicAnalyzer>(indexSettings, name, settings) {
                private final NabaArabicAnalyzer analyzer = new NabaArabicAnalyzer(form);

                @Override
                public NabaArabicAnalyzer get() {
                  return analyzer;
                }
              });
    }
    return analyzers;
  }

  private static AnalysisProvider<TokenFilterFactory> filter(UnaryOperator<TokenStream> wrap) {
    return (indexSettings, environment, name, settings) ->
        new AbstractTokenFilterFactory(indexSettings, name, settings) {
          @Override
          public TokenStream create(TokenStream input) {
            return wrap.apply(input);
          }
        };
  }
}
