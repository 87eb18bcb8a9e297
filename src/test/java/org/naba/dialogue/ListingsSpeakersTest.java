package org.naba.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.naba.store.QuotedArticles.quoted;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naba.store.Store;

/** The latest statements list a speaker by name only as answers would show them. */
class ListingsSpeakersTest {

  @TempDir Path dir;

  @Test
  void aSpeakerReadBehindThePrepositionIsListedWithoutAName() {
    try (Store store = Store.open(dir.resolve("naba.db"))) {
      store.add(quoted("a", "دونالد ترامب", "سنعيد بناء الاقتصاد الأمريكي بسرعة كبيرة"));
      store.add(quoted("b", "لدونالد ترامب", "لقد باشرنا العملية وستبدأ سريعا جدا"));
      List<Reply> out = new ArrayList<>();
      new Listings(store).latest(out::add);
      Set<String> speakers = new HashSet<>();
      for (Message.Block b : ((Reply.Send) out.getFirst()).message().blocks()) {
        if (b instanceof Message.Statement s) {
          speakers.add(String.valueOf(s.answer().speaker()));
        }
      }
      assertEquals(Set.of("دونالد ترامب", "null"), speakers);
    }
  }
}
