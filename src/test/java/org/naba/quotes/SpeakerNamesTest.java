package org.naba.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.naba.text.ArabicNormalizer;

/**
 * Canonical speaker names ({@link SpeakerNames}), on real sentences from corpus articles that are
 * not in the gold set (article ids in the comments).
 */
class SpeakerNamesTest {

  private final QuoteExtractor extractor = new QuoteExtractor();

  private Quote quoteStarting(String body, String start) {
    List<Quote> quotes = extractor.extract(body);
    return quotes.stream()
        .filter(q -> q.text().startsWith(start))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no quote starting with " + start + ": " + quotes));
  }

  @Test
  void dropsTheHashtagSignFromAName() {
    // AL-technology-175-20180502
    String body =
        "وأدلى مارك #زاكربرغ، المدير التنفيذي لأكبر شبكة تواصل اجتماعي في العالم، بهذا الإعلان"
            + " خلال مؤتمر المطورين في سان خوسيه (كاليفورنيا). وأوضح أن الهدف من هذه الخدمة الجديدة"
            + " ليس مساعدة الأشخاص على التعارف بل على نسج علاقات مستدامة بواسطة الشبكة الاجتماعية.\n"
            + "وقال زاكربرغ أن \"الغاية هي إقامة علاقات أصيلة ومستدامة وليس مجرّد مخططات لأمسية"
            + " واحدة\"، مشيرا إلى أن الخدمة ستكون اختيارية.";
    assertEquals("مارك زاكربرغ", quoteStarting(body, "الغاية").speaker());
  }

  @Test
  void cutsTheAudienceThatFollowsAName() {
    // BB-middleEast-374-20180419
    String body =
        "وقال غندور لأعضاء البرلمان إن بنك السودان المركزي \"ظل يماطل في دفع رواتب البعثات"
            + " الدبلوماسية\" والتي قدرها بثلاثين مليون دولار.";
    assertEquals("غندور", quoteStarting(body, "ظل يماطل").speaker());
  }

  @Test
  void resolvesASurnameFollowedByTheVerbsObjectToTheFullName() {
    // FR-middleEast-17-20180215
    String body =
        "حذر وزير الخارجية الأمريكي ريكس تيلرسون خلال زيارته للعاصمة اللبنانية من أن مشاركة حزب"
            + " الله في النزاعات الإقليمية \"يهدد\" أمن لبنان والمنطقة.\n"
            + "وأكد تيلرسون وقوف بلاده إلى جانب الشعب اللبناني \"من أجل لبنان حر وديمقراطي\" تزامنا"
            + " مع تبلغه من الرئيس ميشال عون طلبا بتدخل واشنطن.";
    assertEquals("ريكس تيلرسون", quoteStarting(body, "من أجل لبنان").speaker());
  }

  @Test
  void resolvesASurnameToTheFullNameAfterAnHonorificInTheBody() {
    // CN-middleEast-279-20180316
    String body =
        "التقى الأمين العام لمنظمة التعاون الإسلامي، الدكتور السعودي يوسف بن أحمد العثيمين،"
            + " الجمعة، البابا فرنسيس في الفاتيكان، بحسب بيان للمنظمة.\n"
            + "وأكد العثيمين أن \"الإرهاب لا دين له\"، معربا عن إدانته لأي عمل إرهابي.";
    assertEquals("يوسف بن أحمد العثيمين", quoteStarting(body, "الإرهاب").speaker());
  }

  @Test
  void resolvesASurnameToACompoundGivenName() {
    // CN-economy-172-20180813
    String body =
        "وحسب وكالة الأناضول، المملوكة للدولة التركية، قال رئيس مكتب الاتصالات في الرئاسة التركية،"
            + " فخر الدين ألتون، إن الرئيس لم يتحدث عن الودائع.\n"
            + "وذكر ألتون أن \"من غير المقبول محاولة توتير الشعب والأطراف الفاعلة في السوق\".";
    assertEquals("فخر الدين ألتون", quoteStarting(body, "من غير المقبول").speaker());
  }

  @Test
  void movesARoleNounBeforeANameIntoTheRole() {
    // AL-culture-284-20180429: "الفنانة أحلام التي ردت عليه"
    SpeakerNames names = new SpeakerNames(List.of(), "الفنانة أحلام التي ردت عليه");
    Attribution a =
        names.canonical(new Attribution("الفنانة أحلام", null, "ردت", 0, SpeechCues.Gender.ANY));
    assertEquals("أحلام", a.speaker());
    assertEquals("الفنانة", a.role());
  }

  @Test
  void keepsARoleThatHeadsAConstruct() {
    // dev CN-middleEast-1306-20180907: "مسؤول إعلام القنصلية الإيرانية" is a description
    SpeakerNames names = new SpeakerNames(List.of(), "قال مسؤول إعلام القنصلية الإيرانية");
    Attribution a =
        names.canonical(
            new Attribution(
                "مسؤول إعلام القنصلية الإيرانية", null, "قال", 0, SpeechCues.Gender.ANY));
    assertEquals("مسؤول إعلام القنصلية الإيرانية", a.speaker());
  }

  @Test
  void keepsANameThatOpensWithLamAlif() {
    // a name such as لافروف is not an audience (لأعضاء، للصحفيين are)
    assertEquals(false, NameWords.isAudience("لافروف"));
    assertEquals(true, NameWords.isAudience("لأعضاء"));
    assertEquals(true, NameWords.isAudience("للصحفيين"));
  }

  @Test
  void resolvesARoleToTheNameInAppositionAfterIt() {
    // CN-middleEast-284-20180317
    String body =
        "قال مبعوث الأمم المتحدة إلى سوريا، ستيفان دي مستورا، إن المسؤولين عن المساعدات الإنسانية"
            + " في الغوطة الشرقية سردوا قصصاً عن \"وجوه جائعة ويأس في كافة أرجاء المكان،\" مضيفاً"
            + " بأن الناس يجلسون \"على حافة الإنهيار.\"\n"
            + "وأضاف ديمستورا: \"إن زملاءنا في مجال المساعدات الإنسانية ممن دخلوا إلى هذه المنطقة"
            + " تحدثوا عن رؤيتهم للجوع والألم\".";
    SpeakerNames names = new SpeakerNames(List.of(), body);
    Attribution a =
        names.canonical(
            new Attribution("مبعوث الأمم المتحدة", null, "قال", 0, SpeechCues.Gender.ANY));
    assertEquals("ستيفان دي مستورا", a.speaker());
    assertEquals("مبعوث الأمم المتحدة", a.role());
    assertEquals("ستيفان دي مستورا", quoteStarting(body, "إن زملاءنا").speaker());
  }

  @Test
  void cutsADescriptionAfterATwoWordName() {
    // BB-middleEast-1013-20180928: "يزيد صايغ كبير الباحثين بمركز كارنيغي" read as one name
    SpeakerNames names = new SpeakerNames(List.of(), "");
    Attribution a =
        names.canonical(
            new Attribution(
                "يزيد صايغ كبير الباحثين بمركز كارنيغي", null, "قال", 0, SpeechCues.Gender.ANY));
    assertEquals("يزيد صايغ", a.speaker());
  }

  @Test
  void keepsAnAnonymousDescription() {
    // "قال مسؤول أمريكي" names nobody; a name after a comma later is not his
    SpeakerNames names =
        new SpeakerNames(List.of(), "وقال مسؤول أمريكي، فلاديمير بوتين، لا يريد الحرب");
    Attribution a =
        names.canonical(new Attribution("مسؤول أمريكي", null, "قال", 0, SpeechCues.Gender.ANY));
    assertEquals("مسؤول أمريكي", a.speaker());
  }

  @Test
  void cutsTheVerbsObjectAfterAnOrganisation() {
    // AL-internationalNews-872-20180410
    String body =
        "من جهته، أكد الجيش الإسرائيلي صحة شريط الفيديو لكنه قال إنه تم تصويره في 22 كانون"
            + " الأول/ديسمبر الماضي في منطقة كيسوفيم وإن إطلاق النار حدث \"بعد أعمال شغب وتحذيرات"
            + " من القوات\"، وفق قوله.";
    SpeakerNames names = new SpeakerNames(List.of(), body);
    Attribution a =
        names.canonical(
            new Attribution(
                "الجيش الإسرائيلي صحة شريط الفيديو", null, "أكد", 0, SpeechCues.Gender.ANY));
    assertEquals("الجيش الإسرائيلي", a.speaker());
  }

  @Test
  void resolvesADefiniteSourceToItsFirstDescription() {
    // AL-internationalNews-1377-20180530
    String body =
        "و صرح مصدر مسؤول بوزارة الخارجية السعودية، بأن ما ذكره الرئيس الفرنسي هو كلام غير صحيح."
            + " وذكر المصدر أن \"المملكة العربية السعودية كانت ولا تزال تدعم استقرار وأمن لبنان\".";
    SpeakerNames names = new SpeakerNames(List.of(), body);
    Attribution a =
        names.canonical(new Attribution("المصدر", null, "وذكر", 0, SpeechCues.Gender.ANY));
    assertEquals("مصدر مسؤول بوزارة الخارجية السعودية", a.speaker());
  }

  @Test
  void completesAGivenNameFromANameBeforeItsRole() {
    // AL-sport-1231-20180411
    String body =
        "احتفل جيمس بالوتا، رئيس نادي روما الإيطالي لكرة القدم، بالعودة التاريخية التي حققها ناديه"
            + " أمام برشلونة الإسباني.";
    SpeakerNames names = new SpeakerNames(List.of(), body);
    Attribution a = names.canonical(new Attribution("جيمس", null, "قال", 0, SpeechCues.Gender.ANY));
    assertEquals("جيمس بالوتا", a.speaker());
  }

  @Test
  void extendsANameThatEndsWithAPrepositionOverTheHashtagAfterIt() {
    // AL-internationalNews-468-20180314
    String body =
        "قالت السفارة الروسية في #لندن اليوم الأربعاء إن قرار بريطانيا طرد 23 دبلوماسياً روسياً"
            + " تصرف عدائي ولا مبرر له.";
    SpeakerNames names = new SpeakerNames(List.of(), body);
    Attribution a =
        names.canonical(
            new Attribution("السفارة الروسية في", null, "قالت", 0, SpeechCues.Gender.ANY));
    assertEquals("السفارة الروسية في لندن", a.speaker());
  }

  @Test
  void takesAbdAndTheDefiniteWordAfterItAsOneGivenName() {
    // BB-middleEast-162-20180309
    String body =
        "وقال جابر عبد الهادي المري، أحد نشطاء العشيرة، لبي بي سي إن الحملة سوف تشمل تجديد شكوى"
            + " رسمية.";
    SpeakerNames names = new SpeakerNames(List.of(), body);
    Attribution a =
        names.canonical(new Attribution("المري", null, "قال", 0, SpeechCues.Gender.ANY));
    assertEquals("جابر عبد الهادي المري", a.speaker());
  }

  @Test
  void keepsTheNameAliThatIsNoPreposition() {
    // ant-all: "خالد علي" is a name; only the preposition على as written ends a name
    SpeakerNames names = new SpeakerNames(List.of(), "وقال خالد علي الذي ترشح للرئاسة");
    Attribution a =
        names.canonical(new Attribution("خالد علي", null, "قال", 0, SpeechCues.Gender.ANY));
    assertEquals("خالد علي", a.speaker());
  }

  @Test
  void neverTakesATimeNounAfterTheVerbAsItsSubject() {
    // BB-internationalNews-447-20180501
    String body =
        "نفى الكاردينال جورج بل جميع الاتهامات الموجهة إليه عندما قال العام الماضي: \"أنا بريء من"
            + " كل هذه الاتهامات التي لا أساس لها من الصحة. كما أمقت فكرة الاعتداء الجنسي كلية.\"";
    // the subject of نفى is not followed here; unknown, never the adverb العام
    assertEquals(null, quoteStarting(body, "أنا بريء").speaker());
    // BB-internationalNews-615-20180606
    String may =
        "وكانت ماي قد قالت الشهر الماضي إن \"استخدام الذخيرة الحية من قبل القوات الإسرائيلية في"
            + " مواجهة المتظاهرين يعد أمرا مقلقا بشدة\".";
    assertEquals("ماي", quoteStarting(may, "استخدام الذخيرة").speaker());
  }

  @Test
  void resolvesASurnameToANameOpeningWithAbdAfterAComma() {
    // SK-middleEast-162-20180301
    String body =
        "وقدم رئيس المنظمة العربية لحقوق الإنسان في بريطانيا وأوروبا، عبد الرحمن نوفل، ورقة تضمنت"
            + " مجموعة من المطالب.";
    SpeakerNames names = new SpeakerNames(List.of(), body);
    Attribution a =
        names.canonical(new Attribution("نوفل", null, "وأكد", 0, SpeechCues.Gender.ANY));
    assertEquals("عبد الرحمن نوفل", a.speaker());
  }

  @Test
  void readsANameOpeningWithHamzaAlifLamAsAName() {
    // AL-internationalNews-263-20180228: "وزير الخارجية البريطاني، أليستير بيرت،"
    SpeakerNames names =
        new SpeakerNames(
            List.of(), "رسالة إلى وزير الخارجية البريطاني، أليستير بيرت، إذ طلبت منه التحقيق.");
    Attribution a =
        names.canonical(
            new Attribution("وزير الخارجية البريطاني", null, "قال", 0, SpeechCues.Gender.ANY));
    assertEquals("أليستير بيرت", a.speaker());
  }

  @Test
  void resolvesADefiniteOrganisationNounToTheOrganisationNamedInFull() {
    // AL-internationalNews-1805-20180629
    SpeakerNames names =
        new SpeakerNames(
            List.of(),
            "قالت وزارة العدل الكورية الجنوبية، الجمعة، إنها ستشدد القوانين المنظمة لوصول اللاجئين.\n"
                + "وقالت الوزارة في بيان إن عدد طالبي اللجوء ارتفع.");
    Attribution a =
        names.canonical(new Attribution("الوزارة", null, "وقالت", 0, SpeechCues.Gender.ANY));
    assertEquals("وزارة العدل الكورية الجنوبية", a.speaker());
  }

  @Test
  void takesAnUnnamedSourcesDescriptionUpToTheQuote() {
    // AL-internationalNews-194-20180225
    SpeakerNames names =
        new SpeakerNames(
            List.of(),
            "وقال مصدر قريب من التحقيق: \"إنه أول اعتداء تحبطه الإدارة العامة للأمن الداخلي منذ بداية"
                + " العام\"");
    Attribution a =
        names.canonical(new Attribution("مصدر قريب", null, "وقال", 0, SpeechCues.Gender.ANY));
    assertEquals("مصدر قريب من التحقيق", a.speaker());
  }

  @Test
  void resolvesAFirstNameBeforeAnAudienceToTheOneNameItOpens() {
    // SK-internationalNews-1231-20180428: "قال نائب وزير الخارجية الصيني كونغ شوان يو، السبت،
    // …" then "وقال كونغ للصحفيين في مدينة ووهان …"
    String known = "كونغ شوان يو";
    String norm = ArabicNormalizer.normalize(known);
    SpeakerMentions.Mention mention =
        new SpeakerMentions.Mention(
            known,
            norm,
            norm.substring(norm.lastIndexOf(' ') + 1),
            "نائب وزير الخارجية الصيني",
            ArabicNormalizer.normalize("نائب وزير الخارجية الصيني"),
            0);
    SpeakerNames names =
        new SpeakerNames(List.of(mention), "وقال كونغ للصحفيين في مدينة ووهان بوسط الصين");
    Attribution a =
        names.canonical(new Attribution("كونغ للصحفيين", null, "وقال", 0, SpeechCues.Gender.ANY));
    assertEquals("كونغ شوان يو", a.speaker());
    assertEquals("نائب وزير الخارجية الصيني", a.role());
  }

  @Test
  void readsWamadaAsAContinuationNotAsASpeaker() {
    // AL-economy-242-20180315
    String body =
        "وفي مقابلة مع محطة تلفزيون \"سي إن بي سي\"، قال المستشار الاقتصادي القادم للبيت الأبيض،"
            + " لاري كودلو، إن الدولار تراجع على مدى العام المنقضي. وأضاف قائلا \"لا أريد أن أراه"
            + " يهبط 10 بالمئة أخرى، على سبيل المثال\".\n"
            + "ومضى قائلا \"أود أن أرى الدولار أقوى قليلا مما هو حاليا، لكن الاستقرار هو الشيء"
            + " الأساسي\".";
    assertEquals("لاري كودلو", quoteStarting(body, "أود أن أرى").speaker());
  }

  @Test
  void keepsATwoWordNameThatAMentionOnlyProlongs() {
    // ant-all: "إيمانويل ماكرون ليل الأحد" was read as a mention "إيمانويل ماكرون ليل"; the
    // speaker "إيمانويل ماكرون" keeps its own words
    String known = "إيمانويل ماكرون ليل";
    String norm = ArabicNormalizer.normalize(known);
    SpeakerMentions.Mention mention =
        new SpeakerMentions.Mention(known, norm, "ليل", null, null, 0);
    SpeakerNames names = new SpeakerNames(List.of(mention), "");
    Attribution a =
        names.canonical(new Attribution("إيمانويل ماكرون", null, "قال", 0, SpeechCues.Gender.ANY));
    assertEquals("إيمانويل ماكرون", a.speaker());
  }

  @Test
  void leavesAnUnidentifiedFollowerUnknown() {
    // BB-culture-146-20180505
    String body =
        "وبعدها علق بعضهم إن مظهرها يبدو مختلفا بدرجة كبيرة. وقال أحد معجبيها \"لا تشبهين نفسك على"
            + " الإطلاق\".\n"
            + "وقال آخر \"هل هذه جيجي؟ لقد عدلتم صورتها بفوتوشوب لتبدو كما لو كانت شخصا آخر تماما\"";
    Quote q = quoteStarting(body, "هل هذه جيجي");
    assertEquals(null, q.speaker());
    assertEquals("وقال", q.cue());
  }
}
