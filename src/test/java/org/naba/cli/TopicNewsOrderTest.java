package org.naba.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.naba.cli.ArticleLines.corpus;
import static org.naba.cli.ArticleLines.line;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naba.answer.Answer;

/**
 * "ما أخبار الذهب؟": of one day's news, the story more outlets report comes first, and each item is
 * told by its first sentence of news, not by a dateline; "شو صار بأسعار الذهب؟" is the news of
 * gold, as written (not of a gold medal).
 */
class TopicNewsOrderTest {

  private static final String FALL =
      "تراجعت أسعار الذهب اليوم الاثنين بعد تكبدها أكبر خسائرها في عامين مع استقرار الدولار.";

  @TempDir Path dir;

  @Test
  void ofOneDayTheStoryMoreOutletsReportComesFirstToldByItsFirstSentenceOfNews() throws Exception {
    Path news =
        corpus(
            dir.resolve("news.jsonl"),
            line(
                "older",
                "alwatan",
                "الذهب يرتفع مع هبوط الدولار",
                "2026-08-02T10:00:00+00:00",
                "ارتفعت أسعار الذهب في تعاملات الأحد مع هبوط الدولار أمام العملات الرئيسية."),
            line(
                "wiam",
                "alwatan",
                "الذهب يتراجع بعد أكبر خسارة له في عامين",
                "2026-08-03T16:00:00+00:00",
                FALL),
            line(
                "ain",
                "aleqtisadiya",
                "الذهب يتراجع بعد تكبده أكبر خسارة له في عامين",
                "2026-08-03T18:00:00+00:00",
                "عين اليوم – لندن\n" + FALL),
            line(
                "bag",
                "aljazirah",
                "تكريم عامل نظافة أعاد شنطة ذهب لصاحبها",
                "2026-08-03T21:00:00+00:00",
                "كرمت هيئة السياحة عامل نظافة أعاد شنطة ذهب عثر عليها إلى صاحبها في نجران."));
    try (Naba naba = EmbeddedNaba.withArticles(dir.resolve("data"), news)) {
      naba.stories().catchUp();
      List<Answer> answers = naba.answerer().ask("ما أخبار الذهب؟").answers();
      assertEquals(
          List.of("ain", "bag", "older"), answers.stream().map(a -> a.article().id()).toList());
      assertEquals(FALL, answers.get(0).text());
      assertEquals(
          List.of("wiam"),
          answers.get(0).alsoReportedBy().stream().map(s -> s.articleId()).toList());
    }
  }

  @Test
  void ofOneDayAnArticleThatOpensWithTheTopicComesBeforeOneWhoseTitleNamesItInPassing()
      throws Exception {
    Path news =
        corpus(
            dir.resolve("news.jsonl"),
            line(
                "return",
                "skynews",
                "إبراهيموفيتش على أعتاب عودة مدوية",
                "2018-10-12T09:40:00+00:00",
                "يبدو أن زلاتان إبراهيموفيتش بات قريبا من العودة إلى صفوف فريقه السابق مانشستر"
                    + " يونايتد."),
            line(
                "death",
                "skynews",
                "وفاة نجم كرة سويدي شاب تنبأ إبراهيموفيتش بتألقه",
                "2018-10-12T12:40:00+00:00",
                "توفي نجم كرة القدم السويدي لابينوت هاربوزي بعد أن انهار في منزله."));
    try (Naba naba = EmbeddedNaba.withArticles(dir.resolve("data"), news)) {
      naba.stories().catchUp();
      List<Answer> answers = naba.answerer().ask("ايش آخر أخبار إبراهيموفيتش").answers();
      assertEquals(
          List.of("return", "death"), answers.stream().map(a -> a.article().id()).toList());
    }
  }

  @Test
  void thePriceOfSomethingIsTheNewsOfThatThingAsWritten() throws Exception {
    Path news =
        corpus(
            dir.resolve("news.jsonl"),
            line(
                "prices",
                "alwatan",
                "انحسار أزمة إيطاليا يهبط بأسعار الذهب",
                "2026-10-03T10:00:00+00:00",
                "تراجعت أسعار الذهب بعد أن أشارت إيطاليا إلى استعدادها لخفض عجز ميزانيتها."),
            line(
                "gold",
                "alwatan",
                "الذهب يصعد مع هبوط الدولار",
                "2026-10-19T10:00:00+00:00",
                "ارتفعت أسعار الذهب وسجلت ثالث أسبوع على التوالي من المكاسب بدعم من تراجع الدولار."),
            line(
                "medal",
                "alwatan",
                "ميدالية ذهبية للسعودية في الألعاب الآسيوية",
                "2026-10-20T10:00:00+00:00",
                "أحرز الرباع السعودي ميدالية ذهبية في منافسات رفع الأثقال بالألعاب الآسيوية."));
    try (Naba naba = EmbeddedNaba.withArticles(dir.resolve("data"), news)) {
      List<Answer> answers = naba.answerer().ask("شو صار بأسعار الذهب؟").answers();
      assertEquals(List.of("gold", "prices"), answers.stream().map(a -> a.article().id()).toList());
    }
  }
}
