package org.naba.answer;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.naba.store.Store;
import org.naba.store.StoredArticle;

/** The most recently read articles, parsed, by store sequence number. */
final class ArticleCache {

  /**
   * Articles kept parsed. Few enough that the young collections do not copy a churning cache again
   * and again: 4,096 made G1 pauses of 10–23 ms every half second under load (the `ask` p99 then
   * swung between 9 and 23 ms); 512 keeps them at about 5 ms and halves the heap.
   */
  private static final int CACHED_ARTICLES = 512;

  private final Store store;
  private final Map<Long, StoredArticle> cache =
      new LinkedHashMap<>(256, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, StoredArticle> eldest) {
          return size() > CACHED_ARTICLES;
        }
      };

  ArticleCache(Store store) {
    this.store = store;
  }

  /**
   * The article {@code seq}, from the cache or the store. The store is read outside the cache's
   * lock, so one slow read does not hold up every answer whose articles are cached (two threads may
   * then read the same article; both get it).
   */
  Optional<StoredArticle> get(long seq) {
    synchronized (cache) {
      StoredArticle cached = cache.get(seq);
      if (cached != null) {
        return Optional.of(cached);
      }
    }
    Optional<StoredArticle> loaded = store.bySeq(seq);
    loaded.ifPresent(
        a -> {
          synchronized (cache) {
            cache.put(seq, a);
          }
        });
    return loaded;
  }
}
