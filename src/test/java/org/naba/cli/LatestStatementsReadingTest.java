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
            quote("turki", "منصور التركي", "الوضع الأمني مستقر في جميع المناطق"),
            quote("otaibi", "منصور العتيبي", "الموسم كان ناجحا بكل المقاييس"),
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

  /**
   * An official's role may come before the name in the question (رئيس بلدية X قاسم الهزوم): the
   * name is read from its given name on; but a role's words ending with a place (وزراء إثيوبيا of
   * "رئيس وزراء إثيوبيا") are no one's name, however many speakers' names open with them.
   */
  @Test
  void aRoleBeforeTheNameIsLeftOutAndARoleEndingWithAPlaceNamesNoOne() throws Exception {
    Path news =
        corpus(
            dir.resolve("news.jsonl"),
            quote("turki", "قاسم التركي", "الوضع الأمني مستقر في جميع المناطق"),
            quote("otaibi", "قاسم العتيبي", "الموسم كان ناجحا بكل المقاييس"),
            quote("foreign", "وزراء الخارجية العرب", "ندعم الحل السياسي في المنطقة"),
            quote("finance", "وزراء المالية العرب", "الإصلاح الاقتصادي مستمر رغم الصعوبات"),
            line(
                "mayor",
                OUTLET,
                "إتلاف أغذية فاسدة",
                "2026-07-25T10:00:00+00:00",
                "وأوضح رئيس بلدية الهفوف قاسم الهزوم أن الجولات أسفرت عن إتلاف أغذية فاسدة."),
            line(
                "ethiopia",
                OUTLET,
                "إثيوبيا تعين حكومة جديدة",
                "2026-07-26T10:00:00+00:00",
                "وقال رئيس وزراء إثيوبيا أبي أحمد إن الحكومة الجديدة ستعمل على السلام."));
    try (Naba naba = EmbeddedNaba.withArticles(dir.resolve("data"), news)) {
      AnswerSet never = naba.answerer().ask("شو قال رئيس بلدية الهفوف قاسم الهزوم عن السيول؟");
      assertEquals("لم أجد تصريحات لـ«قاسم الهزوم» عن هذا. آخر ما قاله:", never.note());
      assertEquals(List.of("mayor"), articleIds(never.answers()));
      AnswerSet minister = naba.answerer().ask("ماذا قال رئيس وزراء إثيوبيا عن كورونا؟");
      assertEquals(null, minister.note(), "no one named وزراء إثيوبيا never spoke of it");
    }
  }

  /**
   * "ماذا قال المتحدث باسم صحة القصيم أحمد البلهان عن كورونا؟": the name is read from أحمد on,
   * though باسم opens names too and reports nothing, and the article gives it with a lineage and
   * its verb far before it; the note writes it as the article does.
   */
  @Test
  void aReportedNameMayComeWithALineageAndAfterAWordThatOpensOtherNames() throws Exception {
    Path news =
        corpus(
            dir.resolve("news.jsonl"),
            quote("bassem-1", "باسم يوسف", "أعود إلى المسرح قريبا بعرض جديد"),
            quote("bassem-2", "باسم عوض الله", "الاقتصاد يتعافى رغم كل الصعوبات"),
            quote("ahmed-1", "أحمد العمري", "الموسم كان ناجحا بكل المقاييس"),
            quote("ahmed-2", "أحمد الشهري", "التنسيق عال جدا مع الجميع"),
            line(
                "nurse",
                OUTLET,
                "إيقاف ممرضة مزورة",
                "2026-07-25T10:00:00+00:00",
                "أوضح مدير العلاقات العامة والإعلام بصحة القصيم أحمد بن عبدالرحمن البلهان بأنه تم"
                    + " إيقاف الممرضة عن العمل."));
    try (Naba naba = EmbeddedNaba.withArticles(dir.resolve("data"), news)) {
      AnswerSet never =
          naba.answerer().ask("ماذا قال المتحدث باسم صحة القصيم أحمد البلهان عن كورونا؟");
      assertEquals("لم أجد تصريحات لـ«أحمد البلهان» عن هذا. آخر ما قاله:", never.note());
      assertEquals(List.of("nurse"), articleIds(never.answers()));
    }
  }

  /**
   * "وش آخر تصريح لسعيد النقير المتحدث باسم صحة عسير؟": the name is read behind the preposition ل
   * and up to the role after it; سعيد, a given name, names neither فارس سعيد nor the role. Asked
   * about a topic he never spoke of, the note names him.
   */
  @Test
  void aReportedNameIsReadBehindThePrepositionAndUpToTheRoleAfterIt() throws Exception {
    Path news =
        corpus(
            dir.resolve("news.jsonl"),
            quote("faris", "فارس سعيد", "كسروان لأهلها وليست ملكا لأحد"),
            quote("ghamdi", "سعيد الغامدي", "الموسم كان ناجحا بكل المقاييس"),
            quote("qahtani", "سعيد القحطاني", "التنسيق عال جدا مع الجميع"),
            quote("omari", "سعيد العمري", "الوضع الأمني مستقر في جميع المناطق"),
            quote("shehri", "سعيد الشهري", "ندعم الحل السياسي في المنطقة"),
            quote("harbi", "سعيد الحربي", "الإصلاح الاقتصادي مستمر رغم الصعوبات"),
            line(
                "older",
                OUTLET,
                "استقبال المصابين",
                "2026-08-01T10:00:00+00:00",
                "وقال سعيد النقير في تصريحات صحفية إن المستشفى استقبل المصابين."),
            line(
                "newer",
                OUTLET,
                "نقل المرضى إلى المركز الجديد",
                "2026-08-11T10:00:00+00:00",
                "وأوضح المتحدث الإعلامي لصحة عسير سعيد النقير أنه يتم نقل المرضى للمركز تدريجيا."));
    try (Naba naba = EmbeddedNaba.withArticles(dir.resolve("data"), news)) {
      AnswerSet never = naba.answerer().ask("وش قال سعيد النقير المتحدث باسم صحة عسير عن كورونا؟");
      assertEquals("لم أجد تصريحات لـ«سعيد النقير» عن هذا. آخر ما قاله:", never.note());
      assertEquals(List.of("newer", "older"), articleIds(never.answers()));
      // newest first, as his latest statements; not فارس سعيد's
      List<Answer> latest = naba.answerer().ask("آخر تصريحات لسعيد النقير").answers();
      assertEquals(List.of("newer", "older"), articleIds(latest));
    }
  }

  /**
   * An article may give the whole name only with a proclitic ("في حوار لمارتن غريفيث") and report
   * him by his last name: that is still his newest statement.
   */
  @Test
  void theWholeNameMayComeWithAProclitic() throws Exception {
    Path news =
        corpus(
            dir.resolve("news.jsonl"),
            quote("older", "مارتن غريفيث", "ندعو الأطراف المتحاربة إلى الاجتماع في جنيف"),
            line(
                "newer",
                OUTLET,
                "الأمم المتحدة تحذر من مجاعة في اليمن",
                "2026-08-01T10:00:00+00:00",
                "وجاء ذلك في حوار لمارتن غريفيث مع الصحفيين في نيويورك. وقال غريفيث إنه شعر"
                    + " بالتشجيع من الاستجابة الدولية."));
    List<Answer> answers = answers(news, "ماذا قال مارتن غريفيث مؤخرا؟");
    assertEquals(List.of("newer", "older"), articleIds(answers));
  }

  /** An article may give a three-word name without its middle: نايف الجهني for نايف محمد الجهني. */
  @Test
  void anArticleMayLeaveOutTheMiddleOfAThreeWordName() throws Exception {
    Path news =
        corpus(
            dir.resolve("news.jsonl"),
            line(
                "older",
                OUTLET,
                "حريق في مستودع",
                "2026-08-02T10:00:00+00:00",
                "وقال النقيب نايف محمد الجهني: \"تمت السيطرة على الحريق دون إصابات\"."),
            line(
                "newer",
                OUTLET,
                "تحذير من السيول",
                "2026-08-10T10:00:00+00:00",
                "ودعا المتحدث الرسمي للدفاع المدني النقيب نايف الجهني المواطنين إلى عدم الاقتراب"
                    + " من بطون الأودية."));
    List<Answer> answers = answers(news, "ايش آخر شي قاله النقيب نايف الجهني؟");
    assertEquals(List.of("newer", "older"), articleIds(answers));
  }

  /**
   * "وش آخر تصريحات محمد الجدعان": the minister's newest words are quoted, and reported, under his
   * name with a lineage of two words (محمد بن عبد الله الجدعان): the same person.
   */
  @Test
  void theSpeakersNameWithALineageIsTheSamePerson() throws Exception {
    Path news =
        corpus(
            dir.resolve("news.jsonl"),
            quote("older-1", "محمد الجدعان", "الإصلاحات تمضي كما خططنا لها"),
            quote("older-2", "محمد الجدعان", "القطاع المالي سيتضاعف"),
            line(
                "newer-quote",
                OUTLET,
                "الميزانية العامة",
                "2026-07-28T10:00:00+00:00",
                "وقال محمد بن عبد الله الجدعان: \"العجز انخفض في النصف الأول من العام بفضل نمو"
                    + " الإيرادات غير النفطية\"."),
            line(
                "newer-report",
                OUTLET,
                "بيان تمهيدي للميزانية",
                "2026-07-27T10:00:00+00:00",
                "وقال وزير المالية محمد بن عبد الله الجدعان، إن الإيرادات غير النفطية نمت."));
    List<Answer> answers = answers(news, "وش آخر تصريحات محمد الجدعان");
    assertEquals(
        List.of("newer-quote", "newer-report", "older-1", "older-2"),
        articleIds(answers).subList(0, 4));
    assertEquals("محمد بن عبد الله الجدعان", answers.get(0).speaker(), "his quote, as a quote");
  }

  private static String quote(String id, String speaker, String said) throws Exception {
    return line(
        id,
        OUTLET,
        speaker,
        "2026-07-20T10:00:00+00:00",
        "وقال " + speaker + ": \"" + said + "\".");
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
