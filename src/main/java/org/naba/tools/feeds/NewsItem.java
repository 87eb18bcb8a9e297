package org.naba.tools.feeds;

import java.util.List;

/**
 * A real article, as the shared data holds it, to be served as an outlet's page and feed item.
 *
 * @param paragraphs the body, one paragraph each
 * @param published ISO 8601 as the corpus states it, or {@code null}
 */
public record NewsItem(
    String id, String url, String title, String published, List<String> paragraphs) {

  public NewsItem {
    paragraphs = List.copyOf(paragraphs);
  }

  public String text() {
    return String.join("\n", paragraphs);
  }
}
