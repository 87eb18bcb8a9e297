package org.naba.tools.paraphrase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.naba.search.Paraphrases;
import org.naba.search.analysis.NabaArabicAnalyzer;

class TranslationModelTest {

  private static SentenceAligner.Residual pair(int[] first, int[] second) {
    return new SentenceAligner.Residual(first, second);
  }

  /**
   * EM explains away: in "a b → x y", x is already a's (from "a → x" alone), so b must be y.
   * Counting co-occurrences (or an EM step that does not share each target word among its sources)
   * leaves b split evenly between x and y.
   */
  @Test
  void emLearnsTheSubstitutionThatCooccurrenceCannotTellApart() {
    int a = 1;
    int b = 2;
    int x = 3;
    int y = 4;
    List<SentenceAligner.Residual> pairs =
        List.of(
            pair(new int[] {a, b}, new int[] {x, y}),
            pair(new int[] {a}, new int[] {x}),
            pair(new int[] {a}, new int[] {x}),
            pair(new int[] {a}, new int[] {x}));
    TranslationModel model = TranslationModel.train(pairs, 10);
    assertEquals(1, model.cooccurrences(b, x));
    assertEquals(1, model.cooccurrences(b, y));
    assertTrue(model.t(b, y) > 0.8, "t(y|b) = " + model.t(b, y));
    assertTrue(model.t(b, x) < 0.1, "t(x|b) = " + model.t(b, x));
    assertTrue(model.t(a, x) > 0.8, "t(x|a) = " + model.t(a, x));
    // both directions: the pairs count second → first too
    assertTrue(model.t(y, b) > 0.8, "t(b|y) = " + model.t(y, b));
    double sum = model.t(a, x) + model.t(a, y) + model.t(a, b);
    assertEquals(1.0, sum, 1e-9, "t(.|a) is a distribution over what a met");
  }

  /** Hand-made reports of one event by two outlets: تعتزم in one is تنوي in the other. */
  @Test
  void alignedArabicSentencesTeachTheIssuesExample() {
    String[][] reports = {
      {
        "قالت الحكومة العراقية إنها تعتزم رفع أسعار الوقود في الشهر المقبل",
        "قالت الحكومة العراقية إنها تنوي رفع أسعار الوقود في الشهر المقبل"
      },
      {
        "أعلنت الشركة الوطنية أنها تعتزم افتتاح مصنع جديد في مدينة البصرة",
        "أعلنت الشركة الوطنية أنها تنوي افتتاح مصنع جديد في مدينة البصرة"
      },
      {
        "ذكر الوزير أن الوزارة تعتزم توظيف آلاف الخريجين خلال العام الحالي",
        "ذكر الوزير أن الوزارة تنوي توظيف آلاف الخريجين خلال العام الحالي"
      },
      {
        "قال المتحدث إن الجيش يعتزم إطلاق عملية واسعة شمال البلاد",
        "قال المتحدث إن الجيش سيطلق عملية واسعة شمال البلاد قريبا"
      },
      {"وصل المنتخب الوطني إلى الدوحة مساء أمس", "ارتفعت أسعار النفط في الأسواق العالمية اليوم"}
    };
    TrainParaphrasesCommand.Vocabulary vocabulary = new TrainParaphrasesCommand.Vocabulary();
    List<SentenceAligner.Residual> pairs = new java.util.ArrayList<>();
    try (NabaArabicAnalyzer analyzer = new NabaArabicAnalyzer(NabaArabicAnalyzer.Form.STEM)) {
      for (String[] r : reports) {
        pairs.addAll(
            SentenceAligner.align(
                List.of(vocabulary.ids(TrainParaphrasesCommand.stems(analyzer, r[0]))),
                List.of(vocabulary.ids(TrainParaphrasesCommand.stems(analyzer, r[1])))));
      }
      // the first four are rewordings; the fifth shares nothing and is not paired
      assertEquals(4, pairs.size());
      Map<String, List<Paraphrases.Substitute>> table =
          TrainParaphrasesCommand.table(TranslationModel.train(pairs, 10), vocabulary);
      String intend = TrainParaphrasesCommand.stems(analyzer, "تعتزم").get(0);
      String mean = TrainParaphrasesCommand.stems(analyzer, "تنوي").get(0);
      assertEquals(mean, table.get(intend).get(0).stem(), "table: " + table);
      assertTrue(table.get(intend).get(0).probability() > 0.5, "table: " + table);
      assertEquals(intend, table.get(mean).get(0).stem(), "table: " + table);
      // a word met once (قريبا) is not kept: fewer than MIN_COOCCURRENCES pairs
      assertTrue(table.keySet().stream().noneMatch(k -> k.contains("قريب")), "table: " + table);
    }
  }
}
