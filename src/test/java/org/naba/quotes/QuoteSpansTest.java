package org.naba.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Rules for quotation marks: families, mixtures, nesting, marked names, unbalanced marks. */
class QuoteSpansTest {

  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<String> texts(String body) {
    return extractor.extract(body).stream().map(Quote::text).toList();
  }

  @Test
  void readsGuillemets() {
    // snn-360ac3698111615f (aljazirah)
    String body =
        "وقال النائب عبد الله أبشروا: «تكليف قوات الاتحاد الإفريقي في الصومال ليس لقتل المدنيين."
            + " إنما عليهم حماية المدنيين من الهجمات الإرهابية».";
    assertEquals(
        List.of(
            "تكليف قوات الاتحاد الإفريقي في الصومال ليس لقتل المدنيين. إنما عليهم حماية المدنيين من"
                + " الهجمات الإرهابية"),
        texts(body));
  }

  @Test
  void readsStraightMarksWhereTheSameMarkOpensAndCloses() {
    // seed 000
    String body =
        "بخصوص الاعداد المتوقعة لعناصر تنظيم داعش، رأى النعمان، أنه \"لا توجد احصائية دقيقة لعدد"
            + " عناصر تنظيم داعش، وطبيعة عملياتهم تدل على انهم مفارز صغيرة\".";
    assertEquals(
        List.of(
            "لا توجد احصائية دقيقة لعدد عناصر تنظيم داعش، وطبيعة عملياتهم تدل على انهم مفارز"
                + " صغيرة"),
        texts(body));
  }

  @Test
  void readsMixedMarksInOneArticle() {
    String body =
        "وقال الوزير إن «الوضع الأمني مستقر في كل المحافظات».\n"
            + "وأضاف أن “الحكومة ماضية في خططها دون توقف”، مؤكداً أن \"الانتخابات ستجري في موعدها"
            + " المحدد\".";
    assertEquals(
        List.of(
            "الوضع الأمني مستقر في كل المحافظات",
            "الحكومة ماضية في خططها دون توقف",
            "الانتخابات ستجري في موعدها المحدد"),
        texts(body));
  }

  @Test
  void keepsCurlyMarksNestedInAQuoteInsideIt() {
    // seed 001: one statement containing “القعقاع” and “آسايش”
    String body =
        "وأشار إلى “وجود تنسيق عالي المستوى مع اقليم كردستان لاسيما في العملية الأخيرة التي شهدت"
            + " تفكيك كتيبة “القعقاع” والتي جرت بالتعاون مع “آسايش” السليمانية”. وبين أن “الجهاز"
            + " ينفذ الاستراتيجية العراقية”.";
    List<String> quotes = texts(body);
    assertEquals(2, quotes.size());
    assertTrue(quotes.get(0).startsWith("وجود تنسيق"));
    assertTrue(quotes.get(0).endsWith("مع “آسايش” السليمانية"));
  }

  @Test
  void keepsStraightMarksNestedInAStraightQuoteInsideIt() {
    // AL-culture-126-20180304 (alarabia)
    String body =
        "وصرّح كاظم في إحدى المقابلات التلفزيونية مع الإعلامي نيشان على قناة mbc قائلا: \"كانت"
            + " بغداد تحت القصف.. في نفس الوقت كنت أعمل على ألحان أغنيتي \"مدرسة الحب\"، وكانت"
            + " مقدمة الأغنية موسيقى حزينة أعجبتني وشعرت بها كثيراً، وعندما انتهت الحرب ذهبت ونقشت"
            + " \"النوتة\" الموسيقية لأغنية مدرسة الحب على صدري، ولم أندم أبداً بعدها على ما فعلت"
            + " إلى اليوم\".";
    List<String> quotes = texts(body);
    assertEquals(1, quotes.size());
    assertTrue(quotes.get(0).startsWith("كانت بغداد"));
    assertTrue(quotes.get(0).endsWith("إلى اليوم"));
  }

  @Test
  void skipsMarkedNamesOfOneOrTwoWords() {
    // CN-middleEast-288-20180317 (CNN) and BB-middleEast-247-20180325 (BBC)
    String body =
        "وقال الخزعلي، في حوار مع وكالة أنباء \"تسنيم\" الإيرانية، نشرت مقتطفات منه، السبت، إن"
            + " كلامه واضح.\n"
            + "وبدأت في 20 يناير/ كانون الثاني الماضي عملية عسكرية، باسم \"غصن الزيتون\"، لطرد"
            + " \"وحدات حماية الشعب\" الكردية من عفرين.";
    assertEquals(List.of(), texts(body));
  }

  @Test
  void skipsMarkedNamesFollowedByAComplementizer() {
    // BB-middleEast-247-20180325 (BBC)
    String body =
        "ويقول \"المرصد السوري لحقوق الإنسان\" المعارض إن 289 مدنيا على الأقل، بينهم 43 طفلا، قتلوا"
            + " في معركة عفرين.";
    assertEquals(List.of(), texts(body));
  }

  @Test
  void neverLetsAnUnbalancedMarkSwallowTheRestOfTheArticle() {
    String body =
        "وقال الوزير إن \"الحكومة ستواصل العمل على تنفيذ البرنامج\n"
            + "وأضاف أن \"الميزانية ستقدم إلى البرلمان الأسبوع المقبل\".\n"
            + "وشهدت الجلسة نقاشا طويلا حول الموازنة العامة للدولة.";
    assertEquals(List.of("الميزانية ستقدم إلى البرلمان الأسبوع المقبل"), texts(body));
  }

  @Test
  void skipsAnUnmatchedMarkInsideAParagraphAndKeepsTheBalancedQuote() {
    String body =
        "قال الوزير» إن الأمر محسوم، وأضاف أن «الحكومة لن تتراجع عن قرارها مهما كانت الضغوط».";
    assertEquals(List.of("الحكومة لن تتراجع عن قرارها مهما كانت الضغوط"), texts(body));
  }

  @Test
  void runsAColonIntroducedQuoteWithoutClosingMarkToTheParagraphEnd() {
    // snn-80b7ac618fd2ae4d (was)
    String body =
        "ويرى ريس أن الفريقان يقتسمان حظوظ الفوز بالمباراة قائلاً : \"كل فريق يملك 50 % من حظوظ"
            + " الفوز ونرغب في أن نؤدي مباراة جيدة.\n"
            + "// انتهى //";
    assertEquals(
        List.of("كل فريق يملك 50 % من حظوظ الفوز ونرغب في أن نؤدي مباراة جيدة."), texts(body));
  }

  @Test
  void quoteTextIsTheExactBodySubstringBetweenTheMarks() {
    String body = "وقال أردوغان \"قلنا إننا لن نكتفي بعفرين. مشكلتنا هي الإرهابيون\".";
    Quote q = extractor.extract(body).get(0);
    assertEquals(q.text(), body.substring(q.start(), q.end()));
    assertEquals('"', body.charAt(q.start() - 1));
    assertEquals('"', body.charAt(q.end()));
  }

  @Test
  void skipsTitlesOfAnyLength() {
    // SK-middleEast-2673-20180630 (skynews)
    String body =
        "ينظم مركز البحرين للدراسات الاستراتيجية والدولية والطاقة \"دراسات\" مؤتمرا بعنوان \"حُكم"
            + " آل خليفة في شبه جزيرة قطر.. التاريخ والسيادة\"، بحضور نخبة من الأكاديميين.";
    assertEquals(List.of(), texts(body));
  }

  @Test
  void skipsTopicsAfterAPrepositionWithoutSpeaker() {
    // SK-middleEast-2673-20180630 (skynews)
    String body = "أما المحور الثاني، فيتحدث عن \"التمرد على شرعية آل خليفة في شبه جزيرة قطر\".";
    assertEquals(List.of(), texts(body));
  }

  @Test
  void skipsANameInsideTheSpeakerPhraseBeforeTheQuote() {
    // FR-internationalNews-987-20180429 (france24)
    String body =
        "وقال نزيه خير (44 عاما) العضو في \"الجمعية الإسلامية اللبنانية\" في سيدني في مركز اقتراع"
            + " قريب من جامع لاكيمبا الكبير \"اليوم يوم خاص، إنه يوم الديمقراطية. الجميع هنا سعيد"
            + " كما ترون\".";
    List<Quote> quotes = extractor.extract(body);
    assertEquals(1, quotes.size());
    assertEquals("نزيه خير", quotes.get(0).speaker());
    assertTrue(quotes.get(0).text().startsWith("اليوم يوم خاص"));
  }

  @Test
  void endsAnUnclosedQuoteBeforeTheNextQuoteOfItsParagraph() {
    // snn-0def889c42ad96a1 (alwatan)
    String body =
        "ومضى قائلاً \"عصابات الحوثي – صالح هي التي أوصلت اليمن إلى هذه الحالة المزرية، وصوبتها نحو"
            + " صدور أبنائه، واسترسل قائلاً \"اليمن لم تشهد مثل هذه الوحشية في تاريخها\".";
    List<String> quotes = texts(body);
    assertEquals(2, quotes.size());
    assertEquals(
        "عصابات الحوثي – صالح هي التي أوصلت اليمن إلى هذه الحالة المزرية، وصوبتها نحو صدور أبنائه",
        quotes.get(0));
    assertEquals("اليمن لم تشهد مثل هذه الوحشية في تاريخها", quotes.get(1));
  }

  @Test
  void skipsListsOfChargesAfterATitleNoun() {
    // SK-middleEast-1691-20180514 (skynews)
    String body =
        "ووجهت المحكمة لجميع المتهمين تهم \"القيام بأعمال إرهابية\" و\"تصنيع مواد ملتهبة وحارقة"
            + " بقصد استعمالها على وجه غير مشروع\" و\"الترويج لأفكار جماعة إرهابية\".";
    assertEquals(List.of(), texts(body));
  }
}
