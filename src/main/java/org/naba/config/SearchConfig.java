package org.naba.config;

import java.util.Map;

/** Reads the {@code search.*} settings ({@link NabaConfig.SearchSettings}). */
final class SearchConfig {

  private SearchConfig() {}

  /** search.*: the embedded index, or OpenSearch at an http(s) URL. */
  static NabaConfig.SearchSettings of(Map<String, String> values, Map<String, String> origin) {
    String backend = values.get("search.backend");
    if (!backend.equals("embedded") && !backend.equals("opensearch")) {
      throw new ConfigException(
          origin.get("search.backend")
              + ": expected embedded or opensearch, got '"
              + backend
              + "'");
    }
    String url = values.get("search.url");
    if (backend.equals("opensearch") && url.isEmpty()) {
      throw new ConfigException(
          origin.get("search.url")
              + ": search.backend is opensearch, so the cluster's URL is needed, such as"
              + " http://127.0.0.1:9200");
    }
    String index = values.get("search.index");
    if (!index.matches("[a-z0-9][a-z0-9_.-]*")) {
      throw new ConfigException(
          origin.get("search.index")
              + ": expected an OpenSearch index name (lower case letters, digits, - _ .), got '"
              + index
              + "'");
    }
    return new NabaConfig.SearchSettings(
        backend,
        url.isEmpty() ? null : ConfigLoader.uri(url, origin.get("search.url")),
        index,
        ConfigLoader.positiveInt(values.get("search.shards"), origin.get("search.shards")));
  }
}
