package org.naba.dialogue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.naba.answer.AnswerSet;

/**
 * The answers to recent questions, so that a question asked again (a popular question, the "more"
 * and "source" buttons, inline queries typed letter by letter) is not searched again.
 *
 * <p>Rules: keyed by the exact question text; least recently used entries go first once {@code
 * capacity} is reached; everything is forgotten when the store's last sequence number changes (new
 * articles may change the answers); capacity 0 caches nothing.
 */
final class AnswerCache {

  private final int capacity;
  private final LongSupplier storeVersion;
  private final Map<String, AnswerSet> entries;
  private long version = Long.MIN_VALUE;

  AnswerCache(int capacity, LongSupplier storeVersion) {
    this.capacity = capacity;
    this.storeVersion = storeVersion;
    this.entries =
        new LinkedHashMap<>(Math.max(16, capacity / 4), 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<String, AnswerSet> eldest) {
            return size() > AnswerCache.this.capacity;
          }
        };
  }

  /** The cached answers to {@code question}, or {@code ask}'s, remembered. */
  AnswerSet get(String question, Function<String, AnswerSet> ask) {
    if (capacity == 0) {
      return ask.apply(question);
    }
    long current = storeVersion.getAsLong();
    synchronized (this) {
      if (current != version) {
        entries.clear();
        version = current;
      }
      AnswerSet cached = entries.get(question);
      if (cached != null) {
        return cached;
      }
    }
    AnswerSet answers = ask.apply(question);
    synchronized (this) {
      if (version == current) {
        entries.put(question, answers);
      }
    }
    return answers;
  }
}
