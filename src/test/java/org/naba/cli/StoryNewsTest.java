package org.naba.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.naba.cli.ArticleLines.corpus;
import static org.naba.cli.ArticleLines.line;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naba.answer.Answer;

/** "ما الجديد في Y" lists stories, newest first: one item per event, with its other outlets. */
class StoryNewsTest {

  private static final String QUAKE =
      "ضرب زلزال بقوة ست درجات جنوب بيرو فجر اليوم دون أن تسجل إصابات بحسب هيئة المسح الجيولوجي"
          + " الأمريكية، وشعر به سكان مدينة أريكيبا.";
  private static final String ELECTION =
      "أعلنت اللجنة الانتخابية في بيرو نتائج الانتخابات الرئاسية بعد فرز جميع الأصوات، وفاز مرشح"
          + " المعارضة بفارق ضئيل على منافسه.";

  @TempDir Path dir;

  @Test
  void anEventReportedByTwoOutletsIsOneItemListingTheOther() throws Exception {
    Path news =
        corpus(
            dir.resolve("news.jsonl"),
            line("bbc-1", "BBC", "زلزال يضرب جنوب بيرو", "2026-11-20T06:00:00+00:00", QUAKE),
            line("cnn-1", "CNN", "زلزال قوي يهز جنوب بيرو", "2026-11-20T08:00:00+00:00", QUAKE),
            line(
                "sky-1",
                "skynews",
                "بيرو: فوز المعارضة في الانتخابات الرئاسية",
                "2026-11-21T09:00:00+00:00",
                ELECTION));
    try (Naba naba = EmbeddedNaba.withArticles(dir.resolve("data"), news)) {
      naba.stories().catchUp();
      List<Answer> answers = naba.answerer().ask("ما الجديد في بيرو؟").answers();
      assertEquals(List.of("sky-1", "cnn-1"), answers.stream().map(a -> a.article().id()).toList());
      assertEquals(
          List.of("bbc-1"),
          answers.get(1).alsoReportedBy().stream().map(s -> s.articleId()).toList());
    }
  }
}
