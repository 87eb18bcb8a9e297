package org.naba.dialogue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A {@link QuestionLog} in memory, for one terminal session: the last questions and rates. */
public final class MemoryQuestionLog implements QuestionLog {

  private static final int KEPT = 1_000;

  private final Map<Long, String> questions =
      new LinkedHashMap<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, String> eldest) {
          return size() > KEPT;
        }
      };
  private final Map<Long, Deque<Instant>> asked = new HashMap<>();
  private long next = 1;

  @Override
  public synchronized long remember(String question, Instant now) {
    long id = next++;
    questions.put(id, question);
    return id;
  }

  @Override
  public synchronized Optional<String> recall(long id) {
    return Optional.ofNullable(questions.get(id));
  }

  @Override
  public synchronized boolean allowQuestion(long asker, int limit, Duration window, Instant now) {
    Deque<Instant> times = asked.computeIfAbsent(asker, k -> new ArrayDeque<>());
    while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(window))) {
      times.removeFirst();
    }
    if (times.size() >= limit) {
      return false;
    }
    times.addLast(now);
    return true;
  }
}
