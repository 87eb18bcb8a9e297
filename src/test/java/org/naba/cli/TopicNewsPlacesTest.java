package org.naba.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.naba.cli.ArticleLines.corpus;
import static org.naba.cli.ArticleLines.line;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naba.answer.Answer;
import org.naba.answer.AnswerSet;

/**
 * Which titles name a news question's topic. "آخر التطورات في قضية بينالا بفرنسا": the topic is the
 * affair; France only places it (written with its preposition, بفرنسا is a rarer term than بينالا,
 * and taken for the topic it gave the newest article of anything else in France). "شو صار بانفجار
 * مرفأ بيروت": no title names the port blast, so there is no news of it to give sure, not the
 * newest "بانفجار" of anything. "شو صار بزيارة البابا فرنسيس للعراق": the visit's news, not the
 * pope's newest. "شو صار بانتخابات الرئاسة في البرازيل؟": Brazil's election, not another's.
 */
class TopicNewsPlacesTest {

  private static final String OUTLET = "france24";

  @TempDir Path dir;

  @Test
  void aPlaceInTheTopicDoesNotReplaceItsOtherWords() throws Exception {
    Path news =
        corpus(
            dir.resolve("news.jsonl"),
            line(
                "benalla-1",
                OUTLET,
                "قضية بينالا: البرلمان الفرنسي يرفض مذكرتين لحجب الثقة",
                "2026-11-20T06:00:00+00:00",
                "رفضت الجمعية العامة الفرنسية مذكرتين لحجب الثقة عن الحكومة في قضية ألكسندر"
                    + " بينالا مساعد مدير مكتب الرئيس."),
            line(
                "benalla-2",
                OUTLET,
                "ماكرون يخرج عن صمته: أنا المسؤول في قضية بينالا",
                "2026-11-19T06:00:00+00:00",
                "قال الرئيس الفرنسي إنه يتحمل المسؤولية في قضية بينالا وحده."),
            line(
                "thief-1",
                OUTLET,
                "الشرطة تستعيد أخطر لص بفرنسا",
                "2026-11-22T06:00:00+00:00",
                "نجحت الشرطة الفرنسية في إلقاء القبض على رجل العصابات الشهير بعد فراره من"
                    + " السجن."));
    try (Naba naba = EmbeddedNaba.withArticles(dir.resolve("data"), news)) {
      List<Answer> answers =
          naba.answerer().ask("شو اخر التطورات في قضية بينالا بفرنسا؟").answers();
      assertEquals(
          List.of("benalla-1", "benalla-2"), answers.stream().map(a -> a.article().id()).toList());
    }
  }

  /**
   * "شو صار بانتخابات الرئاسة في البرازيل؟": a happening's place is part of what a title must hold
   * (not another country's presidential election), and the ب of "صار بـ" is no part of the word.
   */
  @Test
  void aHappeningsPlaceMustBeInTheTitleAndSaarsPrepositionIsNoPartOfTheTopic() throws Exception {
    Path news =
        corpus(
            dir.resolve("news.jsonl"),
            line(
                "brazil-1",
                OUTLET,
                "بولسونارو يفوز بالجولة الأولى في انتخابات الرئاسة بالبرازيل",
                "2026-11-08T06:00:00+00:00",
                "فاز المرشح اليميني بالجولة الأولى من الانتخابات الرئاسية في البرازيل."),
            line(
                "us-1",
                OUTLET,
                "السفيرة المستقيلة لن تترشح في انتخابات الرئاسة الأمريكية",
                "2026-11-09T06:00:00+00:00",
                "قالت السفيرة الأمريكية المستقيلة إنها لن تترشح في انتخابات الرئاسة المقبلة."),
            line(
                "club-1",
                OUTLET,
                "رئيس النادي يفوز بانتخابات رئاسة النادي",
                "2026-11-10T06:00:00+00:00",
                "فاز رئيس النادي يوم السبت الماضي بانتخابات رئاسة النادي لولاية ثانية."));
    try (Naba naba = EmbeddedNaba.withArticles(dir.resolve("data"), news)) {
      for (String question :
          List.of(
              "شو صار بانتخابات الرئاسة في البرازيل؟",
              "ما آخر أخبار انتخابات الرئاسة في البرازيل؟")) {
        AnswerSet set = naba.answerer().ask(question);
        assertEquals(AnswerSet.Status.ANSWER, set.status(), question);
        assertEquals(
            List.of("brazil-1"),
            set.answers().stream().map(a -> a.article().id()).toList(),
            question);
      }
    }
  }

  @Test
  void aTopicNoTitleNamesIsNoNewsOfAnythingSharingOneOfItsWords() throws Exception {
    Path news =
        corpus(
            dir.resolve("news.jsonl"),
            line(
                "china-1",
                OUTLET,
                "خطوة صينية تنذر بانفجار سكاني",
                "2026-11-20T06:00:00+00:00",
                "ألغت الصين ثلاث مؤسسات مسؤولة عن سياسات تحديد النسل في البلاد."),
            line(
                "market-1",
                OUTLET,
                "قتلى بانفجار قنبلة في سوق ببغداد",
                "2026-11-19T06:00:00+00:00",
                "قتل ثلاثة أشخاص على الأقل بانفجار عبوة ناسفة داخل سوق شعبي."),
            line(
                "port-1",
                OUTLET,
                "حركة الملاحة في الخليج",
                "2026-11-18T06:00:00+00:00",
                "رست سفينة شحن في مرفأ المدينة. وغادرت سفينة أخرى المرفأ. وينتظر مرفأ ثالث"
                    + " توسعة جديدة."));
    try (Naba naba = EmbeddedNaba.withArticles(dir.resolve("data"), news)) {
      AnswerSet set = naba.answerer().ask("شو صار بانفجار مرفأ بيروت؟");
      assertNotEquals(AnswerSet.Status.ANSWER, set.status(), set.toString());
    }
  }

  @Test
  void aTopicNoTitleNamesIsAnsweredOnlyAsClose() throws Exception {
    Path news =
        corpus(
            dir.resolve("news.jsonl"),
            line(
                "roundup-1",
                OUTLET,
                "حصاد اليوم في العالم العربي",
                "2026-11-20T06:00:00+00:00",
                "وقع انفجار ضخم في مرفأ بيروت أدى إلى دمار واسع في الأحياء القريبة."));
    try (Naba naba = EmbeddedNaba.withArticles(dir.resolve("data"), news)) {
      AnswerSet set = naba.answerer().ask("شو صار بانفجار مرفأ بيروت؟");
      assertEquals(AnswerSet.Status.RELATED, set.status(), set.toString());
      assertEquals("roundup-1", set.answers().get(0).article().id());
    }
  }

  /**
   * "ما آخر أخبار الطائرة الماليزية المفقودة MH370؟" when no title holds the rarest term (MH370):
   * the newest titles that hold two of the topic's other rare terms are its news, given as close
   * only (two words of a topic are also what a later or unrelated event may share with the news).
   */
  @Test
  void aTitleWithoutTheRarestWordIsCloseNewsOfTheTopic() throws Exception {
    Path news =
        corpus(
            dir.resolve("news.jsonl"),
            line(
                "debris",
                OUTLET,
                "العثور على حطام في جزيرة ريونيون",
                "2026-10-01T06:00:00+00:00",
                "يعتقد الخبراء أن الحطام يعود إلى الطائرة الماليزية المفقودة MH370 منذ سنوات."),
            line(
                "search",
                OUTLET,
                "استئناف عمليات البحث في المحيط الهندي",
                "2026-09-01T06:00:00+00:00",
                "استأنفت السفن البحث عن الطائرة الماليزية المفقودة في المحيط الهندي."),
            line(
                "report",
                OUTLET,
                "التقرير الرسمي حول الطائرة الماليزية المفقودة",
                "2026-11-20T06:00:00+00:00",
                "تلقى أقارب الركاب تقريرا رسميا حول الحادثة وأعربوا عن خيبة أملهم."));
    try (Naba naba = EmbeddedNaba.withArticles(dir.resolve("data"), news)) {
      AnswerSet set = naba.answerer().ask("ما آخر أخبار الطائرة الماليزية المفقودة MH370؟");
      assertEquals(AnswerSet.Status.RELATED, set.status(), set.toString());
      assertEquals("report", set.answers().get(0).article().id(), set.toString());
    }
  }

  @Test
  void aHappeningTheTopicNamesMustBeInTheTitle() throws Exception {
    Path news =
        corpus(
            dir.resolve("news.jsonl"),
            line(
                "pope-syria",
                OUTLET,
                "البابا فرنسيس يصلي من أجل السلام في سوريا",
                "2026-11-20T06:00:00+00:00",
                "قال البابا فرنسيس إنه يصلي باستمرار من أجل السلام في سوريا."),
            line(
                "pope-visit",
                OUTLET,
                "البابا فرنسيس يبدأ زيارة تاريخية إلى العراق",
                "2026-11-10T06:00:00+00:00",
                "وصل البابا فرنسيس إلى بغداد في أول زيارة لبابا الفاتيكان إلى العراق."),
            line(
                "minister-1",
                OUTLET,
                "الوزير يتفقد المصانع",
                "2026-11-05T06:00:00+00:00",
                "قام الوزير بزيارة إلى مصنع الإسمنت. ثم قام بزيارة إلى مصنع الحديد. وختم"
                    + " جولته بزيارة إلى الميناء."));
    try (Naba naba = EmbeddedNaba.withArticles(dir.resolve("data"), news)) {
      List<Answer> visit = naba.answerer().ask("شو صار بزيارة البابا فرنسيس للعراق؟").answers();
      assertEquals("pope-visit", visit.get(0).article().id());
      assertEquals(
          List.of("pope-syria", "pope-visit"),
          naba.answerer().ask("ما آخر أخبار البابا فرنسيس؟").answers().stream()
              .map(a -> a.article().id())
              .toList());
    }
  }

  /**
   * "ما آخر الأخبار عن جون ماكين؟": a title names a quoted person by the surname alone (جنازة
   * ماكين), and that is his newest news; but the word as written (not الماكينات), and not a
   * definite surname, often an adjective too (عمر الشريف: not القدس الشريف), nor by a short one,
   * often a word too (عمران خان: not "خان روسيا").
   */
  @Test
  void aTitleMayNameAQuotedPersonByTheSurnameAlone() throws Exception {
    Path news =
        corpus(
            dir.resolve("news.jsonl"),
            line(
                "mccain-quote",
                OUTLET,
                "جون ماكين ينتقد سياسة الهجرة",
                "2026-06-20T06:00:00+00:00",
                "وقال السيناتور جون ماكين: \"إن هذه السياسة صفعة للمبادئ التي قامت عليها أمتنا\"."),
            line(
                "mccain-death",
                OUTLET,
                "وفاة السيناتور الأمريكي المخضرم جون ماكين",
                "2026-08-26T06:00:00+00:00",
                "توفي السيناتور الجمهوري المخضرم جون ماكين عن عمر ناهز 81 عاما."),
            line(
                "mccain-funeral",
                OUTLET,
                "هل عزف النشيد الوطني البريطاني في جنازة ماكين؟",
                "2026-09-02T06:00:00+00:00",
                "ربما أصيب البريطانيون الذين تابعوا جنازة السيناتور جون ماكين بالدهشة."),
            line(
                "machines",
                OUTLET,
                "الماكينات الألمانية تفوز على فرنسا",
                "2026-09-06T06:00:00+00:00",
                "فاز المنتخب الألماني على نظيره الفرنسي في مباراة ودية أمس."),
            line(
                "sharif-quote",
                OUTLET,
                "عمر الشريف يتحدث عن السينما",
                "2026-06-20T06:00:00+00:00",
                "وقال الممثل عمر الشريف: \"السينما كانت حياتي كلها منذ البداية وحتى النهاية\"."),
            line(
                "quds",
                OUTLET,
                "مسيرة في القدس الشريف",
                "2026-09-10T06:00:00+00:00",
                "خرج آلاف المصلين في مسيرة بعد صلاة الجمعة في القدس."),
            line(
                "khan-quote",
                OUTLET,
                "عمران خان يؤدي اليمين رئيسا للوزراء",
                "2026-08-18T06:00:00+00:00",
                "وقال عمران خان: \"سنبني باكستان جديدة يحكمها القانون ويعيش فيها الجميع بكرامة\"."),
            line(
                "khan-word",
                OUTLET,
                "بوتين: سكريبال خدعة وخان روسيا",
                "2026-09-12T06:00:00+00:00",
                "وصف الرئيس الروسي العميل السابق سيرغي سكريبال بأنه خائن لبلاده."));
    try (Naba naba = EmbeddedNaba.withArticles(dir.resolve("data"), news)) {
      List<Answer> answers = naba.answerer().ask("ما آخر الأخبار عن جون ماكين؟").answers();
      assertEquals(
          List.of("mccain-funeral", "mccain-death", "mccain-quote"),
          answers.stream().map(a -> a.article().id()).toList());
      List<Answer> sharif = naba.answerer().ask("شو آخر أخبار عمر الشريف").answers();
      assertNotEquals("quds", sharif.get(0).article().id());
      List<Answer> khan = naba.answerer().ask("ما آخر أخبار عمران خان؟").answers();
      assertEquals("khan-quote", khan.get(0).article().id(), "خان is a word too: خان روسيا");
    }
  }

  /**
   * A role and its definite words before a name say who the person is; a title names the person
   * without them ("لاعب التنس سعود الحقباني": "سعود الحقباني يصل تونس").
   */
  @Test
  void aRoleBeforeANameIsNotAskedOfTheTitle() throws Exception {
    Path news =
        corpus(
            dir.resolve("news.jsonl"),
            line(
                "title-with-role",
                OUTLET,
                "التنس: الحقباني بطلا للسوبر الأمريكية",
                "2026-08-01T06:00:00+00:00",
                "توج لاعب التنس السعودي سعود الحقباني ببطولة السوبر الأمريكية للناشئين أمس."),
            line(
                "title-without-role",
                OUTLET,
                "سعود الحقباني يصل تونس للدفاع عن لقبه العربي",
                "2026-08-10T06:00:00+00:00",
                "يبدأ كابتن المنتخب السعودي للناشئين سعود الحقباني اليوم رحلة الدفاع عن لقبه."),
            line(
                "other-player",
                OUTLET,
                "لاعب التنس الإسباني نادال ينسحب من البطولة",
                "2026-08-12T06:00:00+00:00",
                "أعلن لاعب التنس الإسباني رافائيل نادال انسحابه من البطولة بسبب الإصابة."));
    try (Naba naba = EmbeddedNaba.withArticles(dir.resolve("data"), news)) {
      List<Answer> answers =
          naba.answerer().ask("وش آخر أخبار لاعب التنس سعود الحقباني؟").answers();
      assertEquals("title-without-role", answers.get(0).article().id());
    }
  }
}
