package org.naba.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Arrays;
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

  /** The words the news of these sentences writes, twelve times over. */
  private String standard(String question, String... sentences) {
    return standard(question, 12, sentences);
  }

  /** The words the news of these sentences writes, {@code times} times over each. */
  private String standard(String question, int times, String... sentences) {
    try (Store store = Store.open(dir.resolve("naba.db"));
        UnitSchema schema = new UnitSchema();
        SentenceIndex index = SentenceIndex.open(dir.resolve("index"), schema)) {
      int n = 0;
      for (String sentence : sentences) {
        for (int i = 0; i < times; i++) {
          store.add(article("a" + n++, sentence + " في العام " + (1900 + i) + "."));
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
  void aTensePrefixBeforeAnImperfectVerbIsLeftOutWhenTheNewsWritesTheVerbWithoutIt() {
    assertEquals(
        "متى تعدي الهند الصين؟ وهل ياخذ الجايزة",
        standard("متى هتعدي الهند الصين؟ وهل بياخذ الجايزة", "تعدي الحدود", "ياخذ الدور"));
  }

  @Test
  void aWordTheNewsWritesOftenKeepsWhatLooksLikeATensePrefix() {
    String question = "هل بيروت بلا كهرباء؟";
    assertEquals(question, standardBesideACommonerRest(question, "بيروت مدينة", "قال يروت"));
  }

  @Test
  void aTensePrefixComesOnlyBeforeAnImperfectVerb() {
    assertEquals("اين مضيق هرموز؟", standard("اين مضيق هرموز؟", "رموز الدولة"));
  }

  @Test
  void aWordTheNewsWritesOftenKeepsThePrefixHoweverOftenItWritesTheRest() {
    String question = "ما سبب اتساع الفجوة؟";
    assertEquals(
        question,
        standardBesideACommonerRest(question, "اتساع الفجوة بين الطرفين", "قال ساع البريد"));
  }

  /**
   * {@code question} read where the news writes {@code withWord} in 8 units and {@code withRest} in
   * 96: the rest of the word twelve times as often, but the word itself no rare word.
   */
  private String standardBesideACommonerRest(String question, String withWord, String withRest) {
    String[] sentences = new String[13];
    sentences[0] = withWord;
    Arrays.fill(sentences, 1, 13, withRest);
    return standard(question, 8, sentences);
  }

  @Test
  void aWordTheNewsWritesWithThePrefixKeepsIt() {
    assertEquals("متى انتخب الرئيس؟", standard("متى انتخب الرئيس؟", "انتخب البرلمان رئيسه", "تخب"));
  }
}
