package org.naba.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.naba.store.QuotedArticles.quoted;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naba.store.Store;

/** A digest lists who said what: never a speaker the extractor read behind لـ. */
class DigestSpeakersTest {

  @TempDir Path dir;

  @Test
  void aSpeakerReadBehindThePrepositionIsNoNameToList() {
    try (Store store = Store.open(dir.resolve("naba.db"))) {
      Instant before = Instant.now().minusSeconds(1);
      store.add(quoted("a", "دونالد ترامب", "سنعيد بناء الاقتصاد الأمريكي بسرعة كبيرة"));
      store.add(quoted("b", "لدونالد ترامب", "لقد باشرنا العملية وستبدأ سريعا جدا"));
      DigestComposer.Digest digest =
          new DigestComposer(10)
              .compose(DigestRunner.window(store, before, Instant.now().plusSeconds(1)), "")
              .orElseThrow();
      assertEquals(
          List.of("دونالد ترامب"),
          digest.items().stream().map(DigestComposer.Item::speaker).toList());
    }
  }
}
