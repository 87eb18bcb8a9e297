package org.naba.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naba.search.SentenceIndex;
import org.naba.search.UnitIndex.WeightedTerm;
import org.naba.search.UnitSchema;
import org.naba.store.ParsedArticle;
import org.naba.store.QuotedArticles;
import org.naba.store.Store;
import org.naba.text.PlaceNames;
import org.naba.text.Span;

class QuestionCoverageTest {

  @TempDir Path dir;

  private static ParsedArticle article(String id, String text) {
    return QuotedArticles.plain(id, text);
  }

  private static QuestionCoverage.Placed placed(long seq, String text) {
    return new QuestionCoverage.Placed(
        seq, text, "عنوان", new Span(0, text.length()), List.of(), null, null);
  }

  @Test
  void theRarestWordMissedButForAWordOfItsRootIsMissingOnlyByItsForm() {
    String related = "وتظاهرت أمهات السبت في ساحة غلطة سراي منذ عام 1995.";
    String unrelated = "واجتمعت أمهات السبت في ساحة غلطة سراي منذ عام 1995.";
    try (Store store = Store.open(dir.resolve("naba.db"));
        UnitSchema schema = new UnitSchema();
        SentenceIndex index = SentenceIndex.open(dir.resolve("index"), schema)) {
      store.add(article("a1", related));
      store.add(article("a2", unrelated));
      store.add(article("a3", "وافقت الحكومة على الميزانية الجديدة للعام المقبل."));
      index.catchUp(store);
      QuestionReader.Reading reading = new QuestionReader().read("متى تتظاهر أمهات السبت؟");
      List<WeightedTerm> terms = index.weigh(String.join(" ", reading.topicWords()));
      QuestionCoverage covers = new QuestionCoverage(index, PlaceNames.bundled(), reading, terms);

      // تتظاهر, a word no article holds, weighs most: both miss it by form
      QuestionCoverage.Coverage byRoot = covers.of(placed(1, related));
      assertEquals(1, byRoot.rarestMissing(), 1e-9);
      assertEquals(0, byRoot.rarestUnrelated(), 1e-9, "تظاهرت is of its root");
      QuestionCoverage.Coverage other = covers.of(placed(2, unrelated));
      assertEquals(1, other.rarestMissing(), 1e-9);
      assertEquals(1, other.rarestUnrelated(), 1e-9, "اجتمعت is not");
    }
  }
}
