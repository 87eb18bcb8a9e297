package org.naba.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.naba.cli.ArticleLines.corpus;
import static org.naba.cli.ArticleLines.line;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naba.answer.AnswerSet;
import org.naba.config.ConfigLoader;
import org.naba.config.NabaConfig;

/**
 * "كم واحد مات امس بحادث القطار في الهند؟" asks for yesterday's news: it is answered from
 * yesterday's report alone, though an older article words the question better; a named month may
 * name when something happened, and a month's weak answer lets other days in.
 */
class RelativeDaysTest {

  private static final String OUTLET = "skynews";

  @TempDir Path dir;

  @Test
  void yesterdaysNewsIsAnsweredFromYesterdayANamedMonthMayReachOtherDays() throws Exception {
    Path news =
        corpus(
            dir.resolve("news.jsonl"),
            line(
                "older-1",
                OUTLET,
                "حوادث القطارات في الهند",
                "2026-04-26T10:00:00+00:00",
                "مات 12 شخصا أمس في حادث القطار في الهند."),
            line(
                "yesterday-1",
                OUTLET,
                "مصرع العشرات في أمريتسار",
                "2026-11-19T18:00:00+00:00",
                "وقع حادث أودى بحياة 59 شخصا في مدينة أمريتسار بالهند خلال مهرجان ديني."));
    try (Naba naba = openOn(news)) {
      assertEquals(List.of("yesterday-1"), ids(naba, "كم واحد مات امس بحادث القطار في الهند؟"));
      assertEquals(
          List.of("older-1", "yesterday-1"),
          ids(naba, "كم واحد مات بحادث القطار في الهند في نوفمبر؟"));
    }
  }

  @Test
  void whenTodayHoldsNothingAnotherDaysAnswerIsCloseAtBest() throws Exception {
    Path news =
        corpus(
            dir.resolve("prices.jsonl"),
            line(
                "may-prices",
                OUTLET,
                "أسعار الحديد في السعودية خلال مايو",
                "2026-06-26T10:00:00+00:00",
                "بلغ متوسط سعر طن الحديد في السعودية بنهاية شهر مايو نحو 2545 ريالا للطن."));
    try (Naba naba = openOn(news)) {
      AnswerSet today = naba.answerer().ask("بكم سعر طن الحديد في السعودية اليوم؟");
      assertEquals(AnswerSet.Status.RELATED, today.status(), today.toString());
      assertEquals("may-prices", today.answers().get(0).article().id());
      AnswerSet undated = naba.answerer().ask("بكم سعر طن الحديد في السعودية؟");
      assertEquals(AnswerSet.Status.ANSWER, undated.status(), undated.toString());
    }
  }

  /** Naba over {@code news} alone, its "today" 2026-11-20. */
  private Naba openOn(Path news) throws Exception {
    NabaConfig config =
        new ConfigLoader(Path.of("."), Map.of("NABA_ANSWERS_TODAY", "2026-11-20"))
            .load(Path.of("config/naba.properties"))
            .withDataDir(dir.resolve("data"));
    Naba naba = Naba.open(config);
    Naba.ingestor(config, naba.store()).ingest(List.of(news));
    naba.index().catchUp(naba.store());
    return naba;
  }

  private static List<String> ids(Naba naba, String question) {
    return naba.answerer().ask(question).answers().stream().map(a -> a.article().id()).toList();
  }
}
