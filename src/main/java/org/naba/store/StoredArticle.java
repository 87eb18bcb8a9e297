package org.naba.store;

import java.time.Instant;

/**
 * An article read back from the store.
 *
 * @param seq the store's insertion sequence number: increasing, never reused
 * @param ingestedAt when the article was stored
 */
public record StoredArticle(long seq, Instant ingestedAt, ParsedArticle parsed) {

  public Article article() {
    return parsed.article();
  }
}
