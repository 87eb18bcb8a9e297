package org.naba.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ChatOrderTest {

  @Test
  void theUpdatesOfOneChatRunInTheOrderTheyCameEvenOnManyWorkers() throws Exception {
    ExecutorService workers = Executors.newFixedThreadPool(4);
    ChatOrder order = new ChatOrder(workers);
    List<Integer> chatA = Collections.synchronizedList(new ArrayList<>());
    List<Integer> chatB = Collections.synchronizedList(new ArrayList<>());
    for (int i = 0; i < 500; i++) {
      int n = i;
      order.run(1, () -> chatA.add(n));
      order.run(2, () -> chatB.add(n));
    }
    workers.shutdown();
    assertTrue(workers.awaitTermination(10, TimeUnit.SECONDS));
    List<Integer> expected = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      expected.add(i);
    }
    assertEquals(expected, chatA);
    assertEquals(expected, chatB);
  }

  @Test
  void aFailingTaskDoesNotStopTheChatsLaterTasks() throws Exception {
    ExecutorService workers = Executors.newSingleThreadExecutor();
    ChatOrder order = new ChatOrder(workers);
    List<String> done = Collections.synchronizedList(new ArrayList<>());
    order.run(
        1,
        () -> {
          throw new IllegalStateException("boom");
        });
    order.run(1, () -> done.add("after"));
    workers.shutdown();
    assertTrue(workers.awaitTermination(10, TimeUnit.SECONDS));
    assertEquals(List.of("after"), done);
  }
}
