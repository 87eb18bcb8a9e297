package org.naba.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naba.search.SentenceIndex;
import org.naba.search.UnitSchema;
import org.naba.store.ParsedArticle;
import org.naba.store.QuotedArticles;
import org.naba.store.Store;

class DialectWordsTest {

  @TempDir Path dir;

  private static ParsedArticle article(String id, String text) {
    return QuotedArticles.plain(id, text);
  }

  /** The words the news of these sentences writes, ten times over. */
  private String standard(String question, String... sentences) {
    try (Store store = Store.open(dir.resolve("naba.db"));
        UnitSchema schema = new UnitSchema();
        SentenceIndex index = SentenceIndex.open(dir.resolve("index"), schema)) {
      int n = 0;
      for (String sentence : sentences) {
        for (int i = 0; i < 12; i++) {
          store.add(article("a" + n++, sentence + " في العام " + (1990 + i) + "."));
        }
      }
      store.add(article("other", "وافقت الحكومة على الميزانية الجديدة للعام المقبل."));
      index.catchUp(store);
      return new DialectWords(index).standard(question);
    }
  }

  @Test
  void aListedWordIsTheWordTheNewsWritesBehindItsProcliticsToo() {
    assertEquals(
        "كم راكب في الطايره؟ وهل نزلت بالطايره",
        standard("كم راكب في الطيارة؟ وهل نزلت بالطيارة", "هبطت الطائرة بسلام"));
  }

  @Test
  void aPassivePrefixIsLeftOutWhenTheNewsWritesTheVerbWithoutIt() {
    assertEquals("وين ولد صباح النعمان؟", standard("وين انولد صباح النعمان؟", "ولد في بغداد"));
  }

  @Test
  void aWordTheNewsWritesWithThePrefixKeepsIt() {
    assertEquals("متى انتخب الرئيس؟", standard("متى انتخب الرئيس؟", "انتخب البرلمان رئيسه", "تخب"));
  }
}
