package org.naba.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.naba.answer.AnswerSet;

class AnswerCacheTest {

  private final AtomicInteger asked = new AtomicInteger();
  private final AtomicLong storeSeq = new AtomicLong(1);

  private AnswerSet ask(String question) {
    asked.incrementAndGet();
    return AnswerSet.of(question, List.of());
  }

  @Test
  void aRepeatedQuestionIsAnsweredFromTheCache() {
    AnswerCache cache = new AnswerCache(10, storeSeq::get);
    AnswerSet first = cache.get("س", this::ask);
    assertSame(first, cache.get("س", this::ask));
    assertEquals(1, asked.get());
  }

  @Test
  void newArticlesInTheStoreEmptyTheCache() {
    AnswerCache cache = new AnswerCache(10, storeSeq::get);
    cache.get("س", this::ask);
    storeSeq.incrementAndGet();
    cache.get("س", this::ask);
    assertEquals(2, asked.get());
  }

  @Test
  void theLeastRecentlyUsedQuestionGoesFirstAndCapacityZeroCachesNothing() {
    AnswerCache cache = new AnswerCache(2, storeSeq::get);
    cache.get("أ", this::ask);
    cache.get("ب", this::ask);
    cache.get("أ", this::ask);
    cache.get("ج", this::ask); // evicts ب
    cache.get("أ", this::ask);
    cache.get("ب", this::ask);
    assertEquals(4, asked.get());
    AnswerCache none = new AnswerCache(0, storeSeq::get);
    none.get("أ", this::ask);
    none.get("أ", this::ask);
    assertEquals(6, asked.get());
  }
}
