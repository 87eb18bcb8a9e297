package org.naba.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naba.store.Article;
import org.naba.store.ParsedArticle;
import org.naba.store.Store;
import org.naba.text.Span;

class NewestArticleDayTest {

  @TempDir Path dir;

  @Test
  void followsTheNewestDayAsTheStoreGrowsWhateverOrderArticlesArriveIn() {
    try (Store store = Store.open(dir.resolve("naba.db"))) {
      NewestArticleDay today = new NewestArticleDay(store);
      store.add(article("a", "2018-10-18T09:00:00+03:00"));
      assertEquals(LocalDate.of(2018, 10, 18), today.get());
      store.add(article("b", "2018-05-01")); // an older article arriving later
      assertEquals(LocalDate.of(2018, 10, 18), today.get(), "an older arrival changes nothing");
      store.add(article("c", "2018-10-20T23:10:00+03:00"));
      store.add(article("d", null));
      assertEquals(LocalDate.of(2018, 10, 20), today.get(), "a newer arrival moves it");
    }
  }

  private static ParsedArticle article(String id, String published) {
    String text = "نص المقال " + id + " كاملا";
    Span paragraph = new Span(0, text.length());
    return new ParsedArticle(
        new Article(id, null, "روداو", "عنوان " + id, published, text),
        List.of(paragraph),
        List.of(paragraph),
        List.of());
  }
}
