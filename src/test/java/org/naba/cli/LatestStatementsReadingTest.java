package org.naba.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.naba.cli.ArticleLines.corpus;
import static org.naba.cli.ArticleLines.line;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naba.answer.Answer;
import org.naba.answer.AnswerSet;

/**
 * Which sentences are a speaker's latest statements, and in what order ({@code LatestStatements}).
 */
class LatestStatementsReadingTest {

  private static final String OUTLET = "alwatan";

  @TempDir Path dir;

  /**
   * "شو آخر شي قاله الدكتور عبدالله المسند؟" when his newest words are credited to him (وطبقا لخبير
   * المناخ …) rather than introduced by a speech verb: that sentence is his newest statement.
   */
  @Test
  void aSentenceCreditedToTheSpeakerIsAmongTheirStatements() throws Exception {
    Path news =
        corpus(
            dir.resolve("news.jsonl"),
            line(
                "quote",
                OUTLET,
                "المسند يشرح الحرارة الظاهرية",
                "2026-08-06T10:00:00+00:00",
                "وقال الدكتور عبدالله المسند: \"درجة الحرارة الظاهرية تجمع أثر الحرارة والرطوبة\"."),
            line(
                "credited",
                OUTLET,
                "انكسار موجة الحر خلال أسبوعين",
                "2026-08-09T10:00:00+00:00",
                "وطبقا لخبير المناخ الدكتور عبدالله المسند فيبدأ التراجع في شدة الحر خلال الثلث"
                    + " الأخير من أغسطس."));
    List<Answer> answers = answers(news, "شو آخر شي قاله الدكتور عبدالله المسند؟");
    assertEquals(List.of("credited", "quote"), articleIds(answers));
  }

  /**
   * "هيغواين شو آخر شي حكى؟" when his newest article opens with the outlet's account of what he
   * said (كشف هيغواين أن …) and quotes him further down: his own words come first, then the
   * account.
   */
  @Test
  void withinAnArticleTheSpeakersQuotesComeBeforeTheOutletsAccount() throws Exception {
    Path news =
        corpus(
            dir.resolve("news.jsonl"),
            line(
                "older",
                OUTLET,
                "هيغواين يتحدث عن ميلان",
                "2026-10-18T10:00:00+00:00",
                "وقال غونزالو هيغواين: \"أحببت طريقة ميلان في إقناعي بالانضمام\"."),
            line(
                "newest",
                OUTLET,
                "هيغواين: غادرت يوفنتوس بسبب رونالدو",
                "2026-10-19T10:00:00+00:00",
                "كشف النجم الأرجنتيني غونزالو هيغواين أن نادي يوفنتوس أجبره على مغادرة الفريق."
                    + "\nوقال هيغواين: \"لم يكن قراري، لقد وقعوا مع كريستيانو\"."));
    List<Answer> answers = answers(news, "هيغواين شو آخر شي حكى؟");
    assertEquals(
        List.of("newest:QUOTE", "newest:PASSAGE", "older:QUOTE"),
        answers.stream().map(a -> a.article().id() + ":" + a.kind()).toList());
  }

  /**
   * A speaker's reported statements when a long role stands between the verb and their name, and
   * the article leaves their lineage out; not a sentence about them (كشفت وثيقة عن اجتماع …).
   */
  @Test
  void aLongRoleMayStandBetweenTheVerbAndTheNameButNotWhatTheVerbIsAbout() throws Exception {
    Path news =
        corpus(
            dir.resolve("news.jsonl"),
            line(
                "quote",
                OUTLET,
                "الخريصي: مرافق الإيواء أساس السياحة",
                "2026-07-23T10:00:00+00:00",
                "وقال ناصر بن أحمد الخريصي: \"مرافق الإيواء أحد أهم عناصر صناعة السياحة\"."),
            line(
                "reported",
                OUTLET,
                "إغلاق 10 منشآت سياحية في تبوك",
                "2026-07-26T10:00:00+00:00",
                "وأوضح مدير فرع الهيئة العامة للسياحة والتراث الوطني بمنطقة تبوك ناصر الخريصي أن"
                    + " هذا القرار جاء تأكيدا على الاهتمام بجودة الخدمات المقدمة."),
            line(
                "about",
                OUTLET,
                "وثيقة مسربة عن اجتماع في تبوك",
                "2026-07-28T10:00:00+00:00",
                "كشفت وثيقة تم تسريبها عن اجتماع مدير فرع الهيئة العامة للسياحة ناصر الخريصي"
                    + " بوفد من المستثمرين في تبوك."));
    List<Answer> answers = answers(news, "ماذا قال ناصر الخريصي مؤخرا؟");
    assertEquals(List.of("reported", "quote"), articleIds(answers));
  }

  /**
   * An official the news reports and never quotes (no quote's speaker is منصور اليامي) has latest
   * statements too, read under the name the question gives; and a question about a topic he never
   * spoke of says so under that name as the article writes it.
   */
  @Test
  void aSpeakerNoQuoteNamesHasTheStatementsThatReportThem() throws Exception {
    Path news =
        corpus(
            dir.resolve("news.jsonl"),
            line(
                "turki",
                OUTLET,
                "التركي: الوضع مستقر",
                "2026-07-20T10:00:00+00:00",
                "وقال منصور التركي: \"الوضع الأمني مستقر في جميع المناطق\"."),
            line(
                "otaibi",
                OUTLET,
                "العتيبي: الموسم ناجح",
                "2026-07-21T10:00:00+00:00",
                "وقال منصور العتيبي: \"الموسم كان ناجحا بكل المقاييس\"."),
            line(
                "older",
                OUTLET,
                "دورات تدريبية للعاملين في الحج",
                "2026-07-22T10:00:00+00:00",
                "وأوضح مدير عام الإدارة العامة للتدريب الدكتور منصور اليامي أن البرامج موجهة"
                    + " للجان العاملة في الحج."),
            line(
                "newer",
                OUTLET,
                "التعامل مع ضربات الشمس",
                "2026-07-25T10:00:00+00:00",
                "وأكد الدكتور منصور اليامي أنه تم تخصيص جزء كبير من الدورات للتعامل مع ضربات"
                    + " الشمس."));
    try (Naba naba = EmbeddedNaba.withArticles(dir.resolve("data"), news)) {
      List<Answer> latest = naba.answerer().ask("ماذا قال الدكتور منصور اليامي مؤخرا؟").answers();
      assertEquals(List.of("newer", "older"), articleIds(latest));
      AnswerSet never = naba.answerer().ask("ماذا قال الدكتور منصور اليامي عن كورونا؟");
      assertEquals("لم أجد تصريحات لـ«منصور اليامي» عن هذا. آخر ما قاله:", never.note());
      assertEquals(List.of("newer", "older"), articleIds(never.answers()));
    }
  }

  private static List<String> articleIds(List<Answer> answers) {
    return answers.stream().map(a -> a.article().id()).toList();
  }

  /** The answers to {@code question} over the seeds and {@code news}. */
  private List<Answer> answers(Path news, String question) throws Exception {
    try (Naba naba = EmbeddedNaba.withArticles(dir.resolve("data"), news)) {
      return naba.answerer().ask(question).answers();
    }
  }
}
