package org.naba.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Rules for speakers, roles and cues, on real sentences from the seeds and the corpora. */
class SpeakerAttributionTest {

  private final QuoteExtractor extractor = new QuoteExtractor();

  private Quote only(String body) {
    List<Quote> quotes = extractor.extract(body);
    assertEquals(1, quotes.size(), () -> "quotes: " + quotes);
    return quotes.get(0);
  }

  @Test
  void takesNameAndRoleAfterAVerbBeforeTheQuote() {
    // seed 001
    Quote q =
        only(
            "وقال الناطق باسم الجهاز صباح النعمان، للقناة الرسمية تابعته (الاولى نيوز)، إن “الجهاز"
                + " مستمر في عملياته لملاحقة بقايا الإرهاب”.");
    assertEquals("صباح النعمان", q.speaker());
    assertEquals("الناطق باسم الجهاز", q.role());
    assertEquals("وقال", q.cue());
  }

  @Test
  void keepsTheRoleAsTheArticleStatesIt() {
    // seed 000, line 2 and a quote of line 6
    Quote q =
        only(
            "\"هناك تنسيق استخباري وتبادل للمعلومات مع اجهزة مكافحة الارهاب\"، وفقاً للمتحدث باسم"
                + " جهاز مكافحة الارهاب صباح النعمان.");
    assertEquals("صباح النعمان", q.speaker());
    assertEquals("المتحدث باسم جهاز مكافحة الارهاب", q.role());
    assertEquals("وفقاً", q.cue());
  }

  @Test
  void readsAVerbAfterTheQuote() {
    String body =
        "\"الحكومة لن تتراجع عن قرارها مهما كانت الضغوط\"، قال وزير الخارجية الأمريكي مايك بومبيو.";
    Quote q = only(body);
    assertEquals("مايك بومبيو", q.speaker());
    assertEquals("وزير الخارجية الأمريكي", q.role());
    assertEquals("قال", q.cue());
  }

  @Test
  void readsBihasbAttributions() {
    String body =
        "وأضاف أن \"الحدود مع سوريا مؤمنة بشكل كامل\"، بحسب قائد حرس الحدود اللواء حامد الحسيني.";
    Quote q = only(body);
    assertEquals("حامد الحسيني", q.speaker());
    assertEquals("بحسب", q.cue());
  }

  @Test
  void readsASubjectBeforeABareVerb() {
    // seed 000, line 7 (النعمان resolved from line 2)
    String body =
        "أكد المتحدث باسم جهاز مكافحة الارهاب صباح النعمان، وجود تنسيق عال.\n"
            + "النعمان، حذّر من أن \"تنظيم داعش يستغل أي ثغرة امنية، ليس في المناطق بين الاقليم"
            + " والمركز فقط\".";
    Quote q = only(body);
    assertEquals("صباح النعمان", q.speaker());
    assertEquals("حذّر", q.cue());
  }

  @Test
  void givesParticiplesToTheLastSpeaker() {
    // seed 000, line 3
    String body =
        "وقال النعمان،:يوم الاربعاء (8 كانون الاول 20219) إن \"جهاز مكافحة الارهاب أعد خلال المدة"
            + " الماضية خططاً وعمليات جديدة\"، موضحاً أن \"هذه العمليات تستند الى معلومات استخبارية"
            + " ورؤية وتحليل للواقع الميداني\".";
    List<Quote> quotes = extractor.extract(body);
    assertEquals(2, quotes.size());
    assertEquals("النعمان", quotes.get(1).speaker());
    assertEquals("موضحاً", quotes.get(1).cue());
  }

  @Test
  void givesContinuationsWithoutNewSubjectToTheLastSpeaker() {
    // seed 001
    String body =
        "وقال الناطق باسم الجهاز صباح النعمان، للقناة الرسمية، إن “الجهاز مستمر في عملياته لملاحقة"
            + " بقايا الإرهاب”. وأضاف، أن “هناك متابعة من قبل رئيس الوزراء مصطفى الكاظمي”. وبين أن"
            + " “الجهاز ينفذ الاستراتيجية العراقية لمكافحة الارهاب”.";
    List<Quote> quotes = extractor.extract(body);
    assertEquals(3, quotes.size());
    for (Quote q : quotes) {
      assertEquals("صباح النعمان", q.speaker());
      assertEquals("الناطق باسم الجهاز", q.role());
    }
    assertEquals("وأضاف", quotes.get(1).cue());
    assertEquals("وبين", quotes.get(2).cue());
  }

  @Test
  void resolvesASurnameToTheFullNameGivenEarlier() {
    // seed 000, lines 2 and 9
    String body =
        "أكد المتحدث باسم جهاز مكافحة الارهاب صباح النعمان، وجود تنسيق عال المنظومة الامنية في"
            + " اقليم كوردستان، بمختلف صنوفها.\n"
            + "أما بشأن تسلل عناصر تنظيم داعش من الحدود السورية صوب الاراضي العراقية، ذكر النعمان"
            + " أن \"هنالك اجراءات امنية صارمة في مسك الحدود\".";
    Quote q = only(body);
    assertEquals("صباح النعمان", q.speaker());
    assertEquals("المتحدث باسم جهاز مكافحة الارهاب", q.role());
  }

  @Test
  void resolvesASurnameFromAMentionWithoutSpeechVerb() {
    // CN-middleEast-288-20180317 (CNN)
    String body =
        "اتهم قيس الخزعلي، أمين عام تنظيم \"عصائب أهل الحق\" الشيعي العراقي، المملكة العربية"
            + " السعودية بـ\"التسبب في الأذى\" للشعب العراقي.\n"
            + "وقال الخزعلي، في حوار مع وكالة أنباء \"تسنيم\" الإيرانية، نشرت مقتطفات منه، السبت،"
            + " إن \"الشعب العراقي بعد تجربة داعش عرف من هو صديقه ومن هو عدوه\".";
    List<Quote> quotes = extractor.extract(body);
    Quote q = quotes.get(quotes.size() - 1);
    assertEquals("قيس الخزعلي", q.speaker());
  }

  @Test
  void acceptsOrganisationsAsSpeakers() {
    // BB-internationalNews-912-20180802 (BBC)
    Quote q =
        only(
            "وقالت وزارة الخارجية التركية في بيان صادر عنها: \"ندعو الإدارة الأمريكية للتخلي عن هذا"
                + " القرار الخاطئ.\"");
    assertEquals("وزارة الخارجية التركية", q.speaker());
    assertEquals("وقالت", q.cue());
  }

  @Test
  void takesTheSubjectOfTheClauseForMannerCues() {
    // CN-middleEast-288-20180317 (CNN)
    Quote q =
        only(
            "من جانبه، علق وزير خارجية البحرين الشيخ خالد بن أحمد آل خليفة على تصريحات الخزعلي"
                + " بقوله إن \"المجرم راعي العصايب ما يترس عينه إلا التراب\".");
    assertEquals("خالد بن أحمد آل خليفة", q.speaker());
    assertEquals("وزير خارجية البحرين", q.role());
    assertEquals("بقوله", q.cue());
  }

  @Test
  void resolvesAPronounToItsAntecedent() {
    // seed 000, line 6: الذي نوه
    String body =
        "\"هناك تنسيق استخباري وتبادل للمعلومات مع اجهزة مكافحة الارهاب\"، وفقاً للمتحدث باسم جهاز"
            + " مكافحة الارهاب صباح النعمان، الذي نوه الى ان \"الجانب الامني اخذ حيزاً من النقاشات"
            + " لرئيس الوزراء\".";
    List<Quote> quotes = extractor.extract(body);
    assertEquals(2, quotes.size());
    assertEquals("صباح النعمان", quotes.get(1).speaker());
    assertEquals("نوه", quotes.get(1).cue());
  }

  @Test
  void leavesTheSpeakerUnknownWithoutACue() {
    // BB-middleEast-185-20180313 (BBC): a statement quoted with no speech verb
    Quote q =
        only(
            "وجاء في بيان أصدره المكتب الإعلامي للعبادي الثلاثاء أن \"مطارات الإقليم ستكون تحت"
                + " قيادة وزارة الداخلية الاتحادية\".");
    assertNull(q.speaker());
    assertNull(q.cue());
  }

  @Test
  void leavesTheSpeakerUnknownWhenThePronounHasNoAgreeingAntecedent() {
    // a feminine verb with only a masculine speaker before it: not his words
    String body =
        "وقال الوزير أحمد الجبوري إن \"الحكومة ستواصل العمل على تنفيذ البرنامج\".\n"
            + "وأضافت أن \"الوضع الإنساني في المخيمات ما زال صعبا للغاية\".";
    List<Quote> quotes = extractor.extract(body);
    assertEquals("أحمد الجبوري", quotes.get(0).speaker());
    assertNull(quotes.get(1).speaker());
  }

  @Test
  void keepsShortQuotesOnlyWithASpeechCue() {
    // SK-middleEast-1771-20180517 (skynews): a four-word partial quote after أكد
    String body =
        "وأكد وزير الدفاع الدنماركي كلاوس هيورت فريدريكسن في البيان أن القوات المسلحة العراقية باتت"
            + " \"قادرة على الاعتماد على نفسها\".";
    Quote q = only(body);
    assertEquals("كلاوس هيورت فريدريكسن", q.speaker());
    assertEquals(
        List.of(),
        extractor.extract("وانتشرت صور \"الحرب على الإرهاب الدولي\" على مواقع التواصل."));
  }

  @Test
  void readsTheSpeakerAfterAnInWithReportingVerbs() {
    // SK-technology-453-20180419 (skynews)
    String body =
        "ونقلت \"سكاي نيوز\" عن ديفيد نصر الله، من قسم العلوم الجراحية في جامعة \"أكسفورد\" قوله:"
            + " \"يتمثل التحدي الأكبر بالنسبة لعمليات زراعة الكبد، في إيجاد أعضاء مناسبة من"
            + " متبرعين\".\n"
            + "وأضاف ديفيد: \"أظهرت طريقتنا الجديدة في زراعة الكبد، نتائج أفضل للعضو بعد زراعته\".";
    List<Quote> quotes = extractor.extract(body);
    assertEquals(2, quotes.size());
    assertEquals("ديفيد نصر الله", quotes.get(0).speaker());
    assertEquals("ونقلت", quotes.get(0).cue());
    assertEquals("ديفيد نصر الله", quotes.get(1).speaker());
  }

  @Test
  void readsTheSpeakerAfterTheSayingAReportingVerbCarries() {
    // CN-middleEast-1252-20180818 (CNN)
    String body =
        "ونقلت قناة \"الإخبارية\" قول قيادة التحالف إن \"الاستخدام العشوائي لمنظومات الدفاع"
            + " الجوي يهدد الملاحة الجوية وطائرات الإغاثة\".";
    assertEquals("قيادة التحالف", extractor.extract(body).get(0).speaker());
    // CN-middleEast-1266-20180903 (CNN): the person named a paragraph before did not say it
    String reported =
        "وقال شاكيد موراج وموسي راز لشبكة CNN إن عباس قد ذكر الاقتراح.\n"
            + "بدورها، نقلت وكالة الأنباء الفلسطينية قول الناطق باسم السلطة الوطنية الفلسطينية، نبيل"
            + " أبو ردينه، إن \"فكرة الكونفدرالية موجودة على جدول أعمال القيادة الفلسطينية منذ العام"
            + " 1984\".";
    Quote quote = extractor.extract(reported).get(0);
    assertEquals("نبيل أبو ردينه", quote.speaker(), quote.toString());
    assertEquals("الناطق باسم السلطة الوطنية الفلسطينية", quote.role(), quote.toString());
  }

  @Test
  void givesAStatementNounToWhoeverIssuedTheStatement() {
    // SK-middleEast-1521-20180509 (skynews)
    String body =
        "وفي بيان لها، قالت الخارجية المصرية: \"إن مصر تتابع باهتمام كبير القرار الأميركي الخاص"
            + " بالانسحاب من الاتفاق\".\n"
            + "وأضاف البيان: \"كما تذكر مصر بموقفها الثابت الداعي إلى ضرورة الحفاظ على أمن واستقرار"
            + " المنطقة.\"";
    List<Quote> quotes = extractor.extract(body);
    assertEquals("الخارجية المصرية", quotes.get(0).speaker());
    assertEquals("الخارجية المصرية", quotes.get(1).speaker());
    assertEquals("وأضاف", quotes.get(1).cue());
  }

  @Test
  void continuesASpeakerIntoAParagraphThatIsOnlyAQuote() {
    // BB-technology-398-20180904 (BBC)
    String body =
        "وأَضاف: \"قالوا لي أنك بحاجة لفعل شيئ، وإلا لن تعيش كثيرا بعد سن التقاعد\".\n"
            + "\"اعتقد أن ذلك أهم شيئ بالنسبة لي، لقد تقاعدت للتو، وأرغب في أن أعيش أطول قليلا\".";
    String withSpeaker =
        "وأجرى ديفيد غرين، البالغ من العمر 59 عاما، ذلك الاختبار.\n"
            + "وقال غرين لبي بي سي: \"أسوأ لحظة حينما أخبرت بأن عمر قلبي أكبر من عمري بعشر"
            + " سنوات\".\n"
            + body;
    List<Quote> quotes = extractor.extract(withSpeaker);
    assertEquals(3, quotes.size());
    for (Quote q : quotes) {
      assertEquals("ديفيد غرين", q.speaker());
    }
    assertNull(quotes.get(2).cue());
  }

  @Test
  void readsHashtagNamesAsWords() {
    // AL-internationalNews-258-20180228 (alarabia)
    Quote q =
        only(
            "وقبل بضعة أيام على مغادرته عام 2016، كتب #برنارد_أوغستين إلى قريب له \"إن كنت محظوظا"
                + " بما فيه الكفاية للعيش في كنف الخلافة، فسوف أقوم بحرق جواز سفري\" طبقا للدعوى"
                + " الجنائية.");
    assertEquals("برنارد أوغستين", q.speaker());
    assertEquals("كتب", q.cue());
  }

  @Test
  void readsAbbreviationPointsInsideTheSpeakerPhrase() {
    // snn-f874b992cd6008f3 (alriyadh)
    Quote q =
        only(
            "وأوضح مدير عام الهيئة العامة للسياحة والتراث الوطني م. محمد العمرة أن \"إدارة التراخيص"
                + " نفذت ١٢ جولة خلال ٤٥ يوما\".");
    assertEquals("محمد العمرة", q.speaker());
    assertEquals("مدير عام الهيئة العامة للسياحة والتراث الوطني", q.role());
  }

  @Test
  void takesTheNameAfterAKinshipNoun() {
    // snn-5e8f067eea23bd19 (aawsat)
    Quote q =
        only(
            "ودافعت ابنته دالما عن والدتها في مقابلة مع إذاعة «أونس دييس»: «أنا أول من يقول إن"
                + " والدتي هي أصدق إنسان في العالم».");
    assertEquals("دالما", q.speaker());
  }

  @Test
  void resolvesARoleToThePersonTheArticleGaveItTo() {
    // snn-901ef881890e5243 (aljazirah)
    String body =
        "حمل المستشار مرتضى منصور، رئيس مجلس إدارة نادي الزمالك، المدير الفني مسئولية خسارة"
            + " الفريق.\n"
            + "وأوضح رئيس الزمالك: «خسرنا مباراة ولكن لم نخسر الدوري وأمام الفريق لقاءين».";
    Quote q = only(body);
    assertEquals("مرتضى منصور", q.speaker());
    assertEquals("رئيس الزمالك", q.role());
  }

  @Test
  void resolvesAnOrganisationWordToTheOrganisationNamedEarlier() {
    // snn-3592aad72728c707 (alweeam)
    String body =
        "أعلنت اللجنة التنظيمية الخليجية لكرة القدم اليوم الثلاثاء تأجيل بطولة أندية الخليج.\n"
            + "وقالت اللجنة في الخطاب إن التأجيل حدث “بعد التواصل مع الشركة الراعية للبطولة ولما"
            + " فيه مصلحة البطولة.”";
    assertEquals("اللجنة التنظيمية الخليجية لكرة القدم", only(body).speaker());
  }

  @Test
  void takesAMarkedNameAfterARoleAsTheName() {
    // snn-1f171508a14106f0 (sabq)
    String body =
        "وقال صاحب الناقة \"نواف العتيبي\"، في شكواه: إنه فقد ناقته قبل ثلاثة أيام.\n"
            + "وأضاف: \"عثرت بعد ذلك على فوهة أخرى لخزان قريبة من الموقع تشكل خطورة هي الأخرى\".";
    Quote q = only(body);
    assertEquals("نواف العتيبي", q.speaker());
    assertEquals("صاحب الناقة", q.role());
  }

  @Test
  void takesAMarkedNameRightAfterTheVerbAsTheSpeaker() {
    // snn-b348c869f319fef2 (sabq)
    String body =
        "قال \"حسين عبدالغني\" لاعب فريق النصر: إن الفريق قادر على تعويض غيابه.\n"
            + "وعن غيابه عن اللقاء بسبب الإيقاف؛ قال \"عبد الغني\": \"الفريق يعج بالأسماء المميزة،"
            + " وبالطبع هم قادرون على تعويض غيابي\".";
    Quote q = only(body);
    assertEquals("حسين عبدالغني", q.speaker());
    assertEquals("لاعب فريق النصر", q.role());
  }

  @Test
  void keepsConjoinedRolesTogether() {
    // snn-e7dbdb9725859a63 (alriyadh)
    Quote q =
        only(
            "أكد الرئيس السابق وعضو شرف نادي الرياض ماجد الحكير أن المرحلة المقبلة تحتاج دعم جميع"
                + " أعضاء الشرف، وقال: \"حتى يتحقق الطموح الذي وضعناه نصب أعيننا يجب علينا أن نقف"
                + " سوياً مع النادي\".");
    assertEquals("ماجد الحكير", q.speaker());
    assertEquals("الرئيس السابق وعضو شرف نادي الرياض", q.role());
  }

  @Test
  void resolvesTheEndOfAFullNameAndAShortenedOrganisationName() {
    // snn-2d42cae03fdec122 (aawsat) and BB-middleEast-1088-20181011 (BBC)
    String body =
        "أعلن وزير الخارجية التركي مولود تشاوش اوغلو، ان بلاده ستبدأ قريبا بمحاربة التنظيم.\n"
            + "وقال تشاوش اوغلو \"اننا نعمل حاليا مع الولايات المتحدة على تدريب وتجهيز المعارضة"
            + " المعتدلة\".\n"
            + "وصفت منظمة العدل الدولية المعنية بحقوق الإنسان صدور الأحكام بأنها غير عادلة.\n"
            + "وقالت منظمة العدل في بيان بهذا الشأن إنه يجب معاقبة مرتكبي الهجمات \"ولكن إصدار"
            + " أحكام إعدام جماعية بهذا الشكل ليس عدلا\".";
    List<Quote> quotes = extractor.extract(body);
    assertEquals(2, quotes.size());
    assertEquals("مولود تشاوش اوغلو", quotes.get(0).speaker());
    assertEquals("منظمة العدل الدولية", quotes.get(1).speaker());
  }

  @Test
  void takesTheNameAPrepositionClosesAfterTheRolesComma() {
    // ant-all SK-economy-1457-20181016
    Quote q =
        only(
            "وقال الأمين العام للمنظمة، محمد باركيندوا على هامش مؤتمر (آي.اتش.إس سيرا): \"الدول"
                + " التي تملك طاقة فائضة تنكمش حاليا بسبب نقص الاستثمار في التنقيب\".");
    assertEquals("محمد باركيندوا", q.speaker());
    assertEquals("الأمين العام للمنظمة", q.role());
  }

  @Test
  void takesNoConjoinedNounsAsTheNameAfterTheRolesComma() {
    // ant-all SK-internationalNews-970-20180417: "بحق مسؤولين ونشطاء" is no name
    Quote q =
        only(
            "ووجه نائب إيراني انتقادا لحملة القمع الأخيرة، بحق مسؤولين ونشطاء في مجال البيئة،"
                + " وقال إن \"الانتهاكات قد تعود بعواقب سيئة على البلاد\".");
    assertNotEquals("بحق مسؤولين ونشطاء", q.speaker());
  }

  @Test
  void aPlaceBehindBiEndsTheRoleBeforeTheName() {
    // ant-all: the speaker was «بجازان بيشي الصرخي»
    Quote q =
        only(
            "وقال المتحدث بهيئة الهلال الأحمر بجازان بيشي الصرخي: \"باشرت الفرق الإسعافية نقل"
                + " المصابين\".");
    assertEquals("بيشي الصرخي", q.speaker());
    assertEquals("المتحدث بهيئة الهلال الأحمر بجازان", q.role());
  }

  @Test
  void theNameAfterALawyerOfAPlayerIsTheClients() {
    // ant-all: the lawyer's statements were Ronaldo's
    String body =
        "كشف أحد محامي النجم البرتغالي كريستيانو رونالدو ما دار في لاس فيغاس.\n"
            + "وقال محامي النجم البرتغالي كريستيانو رونالدو: \"هذا الاتفاق لا يعني الاعتراف\".\n"
            + "وأضاف محامي اللاعب: \"رونالدو واثق من أن الحقيقة ستنتصر\".";
    List<Quote> quotes = extractor.extract(body);
    assertEquals(2, quotes.size(), () -> "quotes: " + quotes);
    assertEquals("محامي النجم البرتغالي", quotes.get(0).speaker());
    assertEquals("محامي النجم البرتغالي", quotes.get(1).speaker(), "the lawyer speaking before");
  }

  @Test
  void theNameAfterALawyerOfAnOfficeIsTheLawyers() {
    Quote q =
        only("وقال محامي الرئيس الأميركي رودي جولياني: \"كل ما يمكنهم القيام به هو رفع تقرير\".");
    assertEquals("رودي جولياني", q.speaker());
  }

  @Test
  void aRoleThatNamesSomeoneIsNeverThatPerson() {
    // after ant-all's CNN article on Salah and the Egyptian FA: "قال وكيل صلاح" was Salah, who had
    // been given the agent's role ("وكيل النجم المصري محمد صلاح، رامي عباس")
    String body =
        "علق وكيل المصري محمد صلاح، رامي عباس، على أزمة اللاعب مع اتحاد الكرة.\n"
            + "بدوره، قال وكيل صلاح إنه ونجم مصر \"طلبا ضمانات\" بشأن وجود الأخير في المنتخب الوطني"
            + " و\"التأكيد بأن انتهاكات حقوق الصور لن تحدث مرة أخرى\".";
    List<Quote> quotes = extractor.extract(body);
    assertEquals(1, quotes.size(), () -> "quotes: " + quotes);
    assertEquals("وكيل صلاح", quotes.get(0).speaker());
  }

  @Test
  void aRankBeforeASurnameIsLeftOutAndTheSurnameIsTheFullName() {
    // quote dev2 batch, FR-internationalNews-1052-20180503: «القومندان داهلين» for بول داهلين
    String body =
        "وقال المتحدث القومندان بول داهلين: \"نؤكد أن الطائرة كان على متنها تسعة أشخاص\".\n"
            + "وأضاف القومندان داهلين: \"الصور تتكلم عن نفسها بنفسها\".";
    List<Quote> quotes = extractor.extract(body);
    assertEquals(2, quotes.size(), () -> "quotes: " + quotes);
    assertEquals("بول داهلين", quotes.get(1).speaker());
  }

  @Test
  void aPlaceEndsTheGenitiveChainOfARoleBeforeTheName() {
    // quote dev2 batch, snn-9521a921d2b50ab5
    Quote q =
        only(
            "وقال رئيس وزراء ماليزيا نجيب عبد الرزاق في بيان: \"الموقع متوافق مع تحليل مسار"
                + " الإنجراف\".");
    assertEquals("نجيب عبد الرزاق", q.speaker());
    assertEquals("رئيس وزراء ماليزيا", q.role());
  }

  @Test
  void thePluralOfQailanIsAMannerCueNotPartOfTheName() {
    // quote dev2 batch, snn-072e73742ec8944f
    Quote q = only("حيث غرد سعوديون قائلين: «جنرال ومهندس عاصفة الحزم يحتفل مع بواسل مصر».");
    assertEquals("سعوديون", q.speaker());
  }

  @Test
  void aNameCutShortAtALineageLinkIsTheFullerNameTheArticleGaveBefore() {
    // quote dev2 batch, snn-b0f5ec32beb71459
    String body =
        "وفي سياق متصل، صرح الفريق الركن الشيخ راشد بن عبد الله آل خليفة وزير الداخلية البحريني"
            + " مساء الخميس أن التدخلات الإيرانية مرفوضة.\n"
            + "وتابع الشيخ راشد بن عبد الله: «إننا في المقابل سعينا إلى تعزيز العلاقة معها».";
    List<Quote> quotes = extractor.extract(body);
    assertEquals(
        "راشد بن عبد الله آل خليفة", quotes.getLast().speaker(), () -> "quotes: " + quotes);
  }

  @Test
  void aTimeAfterTheSpeakerIsNoPartOfTheName() {
    // snn-865bf224f078bc86 and snn-9d4f83b2d0de535e; الأمين العام keeps العام ("general")
    assertEquals(
        "مصدر عسكري",
        only("وقال مصدر عسكري اليوم \"ان الحوطة باتت تحت السيطرة بعد عمليات تمشيط\".").speaker());
    assertEquals(
        "الأمين العام",
        only("وقال الأمين العام \"إن المنظمة ستواصل عملها في المنطقة رغم كل الصعوبات\".")
            .speaker());
  }

  @Test
  void theOneDescribedIsNotWhoDescribesHim() {
    // CN-internationalNews-450-20180809: Votel described Soleimani, and BB-internationalNews-995-
    // 20180818: Holbrooke described Annan, in a sentence that does not name Holbrooke as a subject
    List<Quote> quotes =
        extractor.extract(
            "قال الجنرال جوزيف فوتيل، قائد القيادة المركزية بالجيش الأمريكي، إن اللواء قاسم"
                + " سليماني يقف خلف الكثير من النشاطات الإيرانية.\nجاء ذلك في تصريحات صحفية القاها"
                + " فوتيل في البنتاغون، حيث وصف سليماني بأنه \"ذو طبيعة عدائية في المنطقة\".");
    assertEquals(1, quotes.size(), () -> "quotes: " + quotes);
    assertEquals("جوزيف فوتيل", quotes.get(0).speaker());
    Quote annan =
        only(
            "وكان عنان سابع أمين عام للأمم المتحدة.\nكان سفير الولايات المتحدة السابق في الأمم"
                + " المتحدة ريتشارد هولبرووك قد وصف عنان بأنه \"أفضل أمين عام للأمم المتحدة في"
                + " تاريخها\".");
    assertNotEquals("عنان", annan.speaker());
    // "ووصف ترامب اللقاء بأنه": the subject, then the one described (BB-internationalNews-632)
    assertEquals(
        "دونالد ترامب",
        only("التقى الرئيس الأمريكي دونالد ترامب الزعيم الكوري الشمالي في سنغافورة. ووصف ترامب"
                + " اللقاء بأنه \"تاريخي وناجح أكثر مما توقع أي أحد\".")
            .speaker());
  }

  @Test
  void aNameRememberedWithoutQuoteKeepsTheHalfAfterItsLink() {
    // AL-internationalNews-1214-20180517 and SK-internationalNews-822-20180406: the definite half
    // of عبد الرزاق or أبو الغيط is no object of the verb
    List<Quote> quotes =
        extractor.extract(
            "من جهته، طالب الأمين العام للجامعة العربية أحمد أبو الغيط بـ\"تحقيق دولي ذي صدقية في"
                + " جرائم الاحتلال\". وشدد أبو الغيط على أن \"قرار نقل السفارة الأميركية إلى القدس"
                + " مرفوض بكافة المراحل\".");
    assertEquals("أحمد أبو الغيط", quotes.getLast().speaker(), () -> "quotes: " + quotes);
    // snn-a92fd954e72e4496: after عبد العزيز and one word, a definite word is the verb's object
    List<Quote> qattan =
        extractor.extract(
            "وقدمت المملكة على لسان سفيرها في القاهرة السفير أحمد بن عبد العزيز قطان التهنئة لمصر"
                + " بمناسبة تدشين القناة الجديدة.\nونوّه السفير قطان في بيان إلى أن \"هذا المشروع"
                + " العملاق يشكل إنجازا ستنعكس نتائجه على مختلف المجالات\".");
    assertEquals("أحمد بن عبد العزيز قطان", qattan.getLast().speaker(), () -> "quotes: " + qattan);
    assertEquals(
        "نجيب عبد الرزاق",
        only("قال رئيس وزراء ماليزيا نجيب عبد الرزاق اليوم إن حطام الطائرة وصل. وقال نجيب في بيان"
                + " \"الموقع متوافق مع تحليل مسار الانجراف الذي أرسل إلى فريق التحقيق\".")
            .speaker());
  }

  @Test
  void aNameSetOffByCommasAfterTheVerbIsItsSubject() {
    // BB-middleEast-845-20180806; "وقال، الجمعة الماضية،" is a time, no speaker
    Quote q =
        only(
            "وقالت، ماري بيرل، المتحدثة باسم وزارة الخارجية الكندية \"كندا ستدافع دائما عن حماية"
                + " حقوق الإنسان\".");
    assertEquals("ماري بيرل", q.speaker());
    assertNull(
        only("وقال، الجمعة الماضية، إن \"الحكومة ستواصل العمل بكل ما لديها من قوة\".").speaker());
  }

  @Test
  void aDefiniteSurnameAfterARoleIsThePersonTheArticleNamedInFull() {
    // SK-economy-359-20180415 and snn-acbd30322813a46b: الأسد and المحرج follow a given name
    // elsewhere in the article, so after a role they are surnames, not adjectives
    List<Quote> assad =
        extractor.extract(
            "قال الرئيس السوري بشار الأسد، الأحد، إن بلاده يلزمها من 10 إلى 15 عاما لإعادة إنعاش"
                + " الاقتصاد.\nونقل البرلماني الروسي، دميتري سابلين، عن الرئيس الأسد قوله: \"إعادة"
                + " البنية التحتية سيتكلف 400 مليار دولار على الأقل\".");
    assertEquals("بشار الأسد", assad.getLast().speaker(), () -> "quotes: " + assad);
    Quote muharrij =
        only(
            "من جهته، نقل الفريق الركن عثمان المحرج مدير الأمن العام بالسعودية، تحيات نائب خادم"
                + " الحرمين الشريفين إلى المصابين.\nوقال الفريق المحرج في تصريح صحافي عقب الزيارة:"
                + " «لقد وصلت إلى منطقة عسير للاطمئنان على المصابين».");
    assertEquals("عثمان المحرج", muharrij.speaker());
    // with no mention of the full name to resolve to, the body's "given name + it" (not an
    // organisation opening with الأسد: "الأسد وفدا برلمانيا روسيا")
    List<Quote> met =
        extractor.extract(
            "التقى الرئيس السوري بشار الأسد وفدا برلمانيا روسيا.\nوقال الرئيس الأسد \"إن"
                + " إعادة البنية التحتية ستتطلب وقتا طويلا\".");
    assertEquals("بشار الأسد", met.getLast().speaker(), () -> "quotes: " + met);
    // an adjective after a role is no surname: the role's holder is the one named with it
    assertEquals(
        "جان إيف لودريان",
        only("أعلن وزير الخارجية الفرنسي جان إيف لودريان أن باريس قلقة. وقال الوزير الفرنسي \"إن"
                + " الوضع خطير للغاية في المنطقة\".")
            .speaker());
  }

  @Test
  void aCueAfterBidunIsAVerbalNounWithNoSpeaker() {
    // AL-culture-290-20180426: "بدون كشف مكان الوفاة" names no speaker; the quote is hers
    Quote q =
        only(
            "وكانت ديانا بارون المتحدثة باسم أفيتشي أعلنت مساء الجمعة \"العثور على الفنان متوفى"
                + " في سلطنة عمان\" بدون كشف مكان الوفاة تحديدا ولا أسبابها.");
    assertNotEquals("مكان الوفاة تحديدا", q.speaker());
    assertEquals("أعلنت", q.cue());
  }
}
