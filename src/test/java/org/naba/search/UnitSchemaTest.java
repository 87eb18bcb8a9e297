package org.naba.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.TopDocs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.naba.text.Paragraphs;
import org.naba.text.SentenceSegmenter;
import org.naba.text.Span;

/** Questions find the units that answer them, through the schema as the index runs it. */
class UnitSchemaTest {

  private final UnitSchema schema = new UnitSchema();

  private static Unit unit(String text, String context) {
    return new Unit(
        7, "a1", Unit.Kind.SENTENCE, 3, 10, 10 + text.length(), text, context, "عنوان", null);
  }

  @Test
  void aQuestionOfOnlyStopWordsMatchesNothing() throws IOException {
    assertTrue(search(List.of("قال الوزير إن الاجتماع كان مثمرا."), "ماذا؟").isEmpty());
  }

  @Test
  void kurdistanSpellingsFindEachOther() throws IOException {
    List<String> found =
        search(
            List.of("زار الوفد إقليم كوردستان أمس.", "وصل الرئيس إلى بغداد أمس."),
            "متى زار الوفد كردستان؟");
    assertEquals("زار الوفد إقليم كوردستان أمس.", found.get(0));
  }

  @Test
  void aPossessiveFormFindsItsBareNoun() throws IOException {
    List<String> found =
        search(
            List.of("أكد الطرفان أهمية التنسيق الأمني.", "عقد الطرفان اجتماعا أمس."),
            "تنسيقنا مع الطرفين");
    assertEquals("أكد الطرفان أهمية التنسيق الأمني.", found.get(0));
  }

  @Test
  void alNumanIsNotStemmedToYes() throws IOException {
    List<String> found = search(List.of("قال نعم للاتفاق.", "زار الوفد مدينة النعمان."), "النعمان");
    assertEquals("زار الوفد مدينة النعمان.", found.get(0));
  }

  @Test
  void aQuestionSpellingKurdistanWithoutWawFindsTheSeedThatSpellsItWithWaw() throws IOException {
    List<String> sentences = new ArrayList<>();
    SentenceSegmenter segmenter = new SentenceSegmenter();
    try (var seeds = Files.list(Path.of("seeds"))) {
      for (Path seed : seeds.sorted().toList()) {
        String body = Files.readString(seed, StandardCharsets.UTF_8);
        for (Span paragraph : Paragraphs.split(body)) {
          for (Span s : segmenter.split(body, paragraph)) {
            sentences.add(s.of(body));
          }
        }
      }
    }
    List<String> found = search(sentences, "هل التنسيق عال مع المنظومة الأمنية في كردستان؟");
    assertTrue(found.get(0).contains("كوردستان"), found.get(0));
  }

  private List<String> search(List<String> sentences, String question) throws IOException {
    List<Unit> units = sentences.stream().map(s -> unit(s, s)).toList();
    try (MemoryUnitIndex index = MemoryUnitIndex.of(schema, units)) {
      TopDocs top = index.searcher().search(schema.query(question), 10);
      List<String> out = new ArrayList<>();
      for (var hit : top.scoreDocs) {
        out.add(index.text(hit.doc));
      }
      return out;
    }
  }

  @AfterEach
  void close() {
    schema.close();
  }
}
