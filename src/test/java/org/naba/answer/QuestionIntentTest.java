package org.naba.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.naba.answer.QuestionIntent.Kind;

/** One test per rule of {@link QuestionIntent}. */
class QuestionIntentTest {

  private static void check(String question, Kind kind, String speaker, String topic) {
    QuestionIntent.Reading r = QuestionIntent.read(question);
    assertEquals(kind, r.kind(), question);
    assertEquals(speaker, String.join(" ", r.speaker()), question);
    if (topic != null) {
      assertEquals(topic, String.join(" ", r.topic()), question);
    }
  }

  @Test
  void latestWithAWordForStatementsAsksForTheSpeakersNewest() {
    check("آخر تصريحات ترامب", Kind.LATEST_FROM, "ترامب", "");
    check("ما آخر تصريحات كلوب مدرب ليفربول؟", Kind.LATEST_FROM, "كلوب مدرب ليفربول", "");
    check("شو اخر تصريح لجان لوك ميلانشون؟", Kind.LATEST_FROM, "لجان لوك ميلانشون", "");
    check("أحدث تصريحات العبادي عن الانتخابات", Kind.LATEST_FROM, "العبادي", "الانتخابات");
    check(
        "ماذا قال ناصر الخريصي مدير السياحة في تبوك مؤخرا؟",
        Kind.LATEST_FROM,
        "ناصر الخريصي مدير السياحه تبوك",
        "");
    check("ماذا قال ترامب في هلسنكي مؤخرا؟", Kind.LATEST_FROM, "ترامب", "هلسنكي");
  }

  @Test
  void theGivenNameAliOpeningASpeakerIsNoPreposition() {
    check(
        "شنو آخر تصريحات علي شايف الحريري متحدث المقاومة الجنوبية؟",
        Kind.LATEST_FROM,
        "علي شايف الحريري متحدث المقاومه الجنوبيه",
        "");
    check("آخر تصريحات ترامب على تويتر", Kind.LATEST_FROM, "ترامب تويتر", "");
  }

  @Test
  void whichPersonSaidSomethingAsksWhoSaidIt() {
    check(
        "أي وزير بريطاني قال إن بوتين مسؤول عن الهجوم؟",
        Kind.WHO_SAID,
        "",
        "ان بوتين مسوول عن الهجوم");
    check("في أي مؤتمر قال ترامب إن الاتفاق سيء؟", Kind.FACT, "", null);
  }

  @Test
  void aSpeakerBeforeTheVerbIsWhoseNewestIsAskedWhenWhatFollowsIt() {
    check(
        "وزير المالية المصري محمد معيط قال ايه مؤخرا؟",
        Kind.LATEST_FROM,
        "وزير الماليه المصري محمد معيط",
        "");
    check("ترامب شو قال مؤخرا؟", Kind.LATEST_FROM, "ترامب", "");
  }

  @Test
  void latestWithWhatAndASpeechVerbAsksForTheSpeakersNewest() {
    check("ما آخر ما قاله أحمد أبو الغيط؟", Kind.LATEST_FROM, "احمد ابو الغيط", "");
    check("شو اخر شي قاله تامر حسني؟", Kind.LATEST_FROM, "تامر حسني", "");
    // Maghrebi: آش (what), حاجة (thing), the verb with its object pronoun
    check("آش هي آخر حاجة قالها يورغن كلوب؟", Kind.LATEST_FROM, "يورغن كلوب", "");
    check(
        "ايش آخر شي صرح فيه عصام الملا رئيس بلدية الخبر؟",
        Kind.LATEST_FROM,
        "عصام الملا رييس بلديه الخبر",
        "");
  }

  @Test
  void maghrebiAshAsksWhatIsNew() {
    check("آش جديد محمد صلاح؟", Kind.NEWS, "", "محمد صلاح");
  }

  @Test
  void aSpeakerBeforeTheLatestPhraseIsTheSpeaker() {
    check("ترامب شو آخر شي حكى؟", Kind.LATEST_FROM, "ترامب", "");
    check("وزير الخارجية وش آخر تصريحاته؟", Kind.LATEST_FROM, "وزير الخارجيه", "");
    check("ماذا قال العبادي في آخر تصريح له؟", Kind.LATEST_FROM, "العبادي", "");
    check("كلوب شو آخر كلام إله؟", Kind.LATEST_FROM, "كلوب", ""); // Levantine إله: له
  }

  @Test
  void anInstitutionAfterMinSaysWhereTheSpeakerWorks() {
    check(
        "ما آخر تصريحات الدكتور خالد المرغلاني من وزارة الصحة عن كورونا؟",
        Kind.LATEST_FROM,
        "الدكتور خالد المرغلاني",
        "كورونا");
    check("ما آخر تصريحات ترامب من إيران؟", Kind.LATEST_FROM, "ترامب", "ايران");
  }

  @Test
  void aPublicServiceAfterMinSaysWhereTheSpeakerWorks() {
    check(
        "ايش آخر شي قاله النقيب فهد العتيبي من الدفاع المدني بجدة؟",
        Kind.LATEST_FROM,
        "النقيب فهد العتيبي",
        "");
    check("وش آخر تصريح لمدير المستشفى من صحة الرياض؟", Kind.LATEST_FROM, "لمدير المستشفي", "");
  }

  @Test
  void aSpeechVerbQuestionWithRecentlyAsksForTheSpeakersNewest() {
    check("ماذا قال امين عام اوبك باركيندو مؤخرا؟", Kind.LATEST_FROM, "امين عام اوبك باركيندو", "");
  }

  @Test
  void aNewsWordAsksForTheTopicsLatestNews() {
    check("ما آخر أخبار إعصار مكونو؟", Kind.NEWS, "", "اعصار مكونو");
    check("ما الجديد في برنامج ذا فويس؟", Kind.NEWS, "", "في برنامج ذا فويس");
    check("شو صار بمعبر نصيب", Kind.NEWS, "", "بمعبر نصيب");
    check("شو اخر التطورات في قضية بينالا بفرنسا؟", Kind.NEWS, "", "في قضيه بينالا بفرنسا");
    check("شو آخر الأخبار عن سد النهضة؟", Kind.NEWS, "", "عن سد النهضه");
  }

  @Test
  void aWhoQuestionOpenedBySpeechAsksWhoSaidIt() {
    check("من قال إن الاتفاق النووي أسوأ صفقة؟", Kind.WHO_SAID, "", "ان الاتفاق النووي اسوا صفقه");
    check("مين اللي صرح بأن الأسعار سترتفع", Kind.WHO_SAID, "", "بان الاسعار سترتفع");
    check("شكون قال بلي الأسعار غادي تطلع؟", Kind.WHO_SAID, "", "بلي الاسعار غادي تطلع");
  }

  @Test
  void otherQuestionsAskForAFact() {
    for (String q :
        List.of(
            "كم عدد ضحايا الزلزال؟",
            "من هو المتحدث باسم جهاز مكافحة الإرهاب؟",
            "ماذا قال النعمان عن التنسيق مع كردستان؟",
            "متى يسافر وزير الخارجية إلى واشنطن؟",
            "كم صوتا حصل عليه نبيه بري؟",
            "كم ايموجي جديد اعلنت ابل؟")) {
      check(q, Kind.FACT, "", null);
    }
  }
}
