package org.naba.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rules of {@link SentenceSegmenter}, then the seeds' and real ANT articles' sentences. */
class SentenceSegmenterTest {

  private final SentenceSegmenter segmenter = new SentenceSegmenter();

  private void check(String paragraph, String... expected) {
    List<String> actual = segmenter.split(paragraph).stream().map(s -> s.of(paragraph)).toList();
    assertEquals(List.of(expected), actual);
  }

  private static String seedLine(String file, int line) throws IOException {
    return Files.readAllLines(Path.of("seeds", file)).get(line);
  }

  @Test
  void splitsAfterAFullStopWithoutSpace() {
    check(
        "أكد وجود خلية تنسيق.وقال الناطق إن العمل مستمر.",
        "أكد وجود خلية تنسيق.",
        "وقال الناطق إن العمل مستمر.");
  }

  @Test
  void keepsARunOfTerminatorsTogether() {
    check("هل انتهى الأمر؟! لا أظن... ربما.", "هل انتهى الأمر؟!", "لا أظن...", "ربما.");
  }

  @Test
  void keepsAClosingBracketWithItsSentence() {
    check("قال ذلك (ثم غادر.) وعاد مساء.", "قال ذلك (ثم غادر.)", "وعاد مساء.");
  }

  @Test
  void endsASentenceAtALineBreak() {
    check("السطر الأول بلا نقطة\nالسطر الثاني.", "السطر الأول بلا نقطة", "السطر الثاني.");
  }

  @Test
  void keepsAGuillemetQuotationWhole() {
    check(
        "قال: «انتهى الأمر. سنبدأ غداً» ثم غادر. وعاد مساء.",
        "قال: «انتهى الأمر. سنبدأ غداً» ثم غادر.",
        "وعاد مساء.");
  }

  @Test
  void keepsACurlyQuotationWholeEvenWithNestedMarks() {
    check(
        "وأشار إلى “وجود خلية. شهدت تفكيك كتيبة “القعقاع” والتي جرت مع “آسايش” السليمانية”. وبين أن.",
        "وأشار إلى “وجود خلية. شهدت تفكيك كتيبة “القعقاع” والتي جرت مع “آسايش” السليمانية”.",
        "وبين أن.");
  }

  @Test
  void keepsAnInvertedCurlyQuotationWhole() {
    check(
        "مضيفا: ”الشعب متلق للفن. بشكل كبير“ ومتوقعا نهضة. ثم صمت.",
        "مضيفا: ”الشعب متلق للفن. بشكل كبير“ ومتوقعا نهضة.",
        "ثم صمت.");
  }

  @Test
  void keepsAStraightQuotationWhole() {
    check(
        "وقال إن \"الخطة جاهزة. سنبدأ غداً\". وأضاف أن العمل مستمر.",
        "وقال إن \"الخطة جاهزة. سنبدأ غداً\".",
        "وأضاف أن العمل مستمر.");
  }

  @Test
  void ignoresAStraightMarkThatNeverCloses() {
    check(
        "قال المتحدث \"إن الوضع هادئ. وأضاف أن القوات منتشرة. ولم يذكر تفاصيل.",
        "قال المتحدث \"إن الوضع هادئ.",
        "وأضاف أن القوات منتشرة.",
        "ولم يذكر تفاصيل.");
  }

  @Test
  void closesAStraightQuotationWhoseMarkFollowsASpace() {
    // ANT corpus v2.1, AL-internationalNews-152-20180221.
    check(
        "ويضيف عضو البرلمان الفرنسي عن حزب فرنسا العصية \"يطلب من المهاجر أوراق ثبوتية في مركز الهجرة، من شأن هذا أن يبقي المهاجر فترة أطول بدون عمل.. هذا غير إنساني \".",
        "ويضيف عضو البرلمان الفرنسي عن حزب فرنسا العصية \"يطلب من المهاجر أوراق ثبوتية في مركز الهجرة، من شأن هذا أن يبقي المهاجر فترة أطول بدون عمل.. هذا غير إنساني \".");
  }

  @Test
  void doesNotSplitAQuestionMarkInsideAUrl() {
    check(
        "المصدر http://www.sabq.org/sabq/user/articles.do?id=767 كما نشر. ثم حذف.",
        "المصدر http://www.sabq.org/sabq/user/articles.do?id=767 كما نشر.",
        "ثم حذف.");
  }

  @Test
  void ignoresAGuillemetThatNeverCloses() {
    check("قال «إن الوضع هادئ. ثم غادر.", "قال «إن الوضع هادئ.", "ثم غادر.");
  }

  @Test
  void endsTheSentenceAtAQuotationThatEndsOne() {
    check(
        "قالت \"يشرفني الحضور الليلة.\" وتابعت \"انظروا حولكم\".",
        "قالت \"يشرفني الحضور الليلة.\"",
        "وتابعت \"انظروا حولكم\".");
  }

  @Test
  void doesNotEndTheSentenceAtAQuotedTitleFollowedByAYear() {
    check(
        "فيلم \"هلق لوين؟\" 2011 عرض في مهرجان كان.", "فيلم \"هلق لوين؟\" 2011 عرض في مهرجان كان.");
  }

  @Test
  void doesNotSplitDecimals() {
    check("بلغ النمو 3.5 في المئة. وارتفع.", "بلغ النمو 3.5 في المئة.", "وارتفع.");
  }

  @Test
  void doesNotSplitDomainsOrLatinInitials() {
    check(
        "على الرابط: www.ca.gov.sa لمعرفة النتيجة. وقالت U.S إنها.",
        "على الرابط: www.ca.gov.sa لمعرفة النتيجة.",
        "وقالت U.S إنها.");
  }

  @Test
  void readsAFullStopAfterOneLetterAsAnAbbreviation() {
    check(
        "تأليف: د. مسلم سقا أميني. الناشر دار ما.", "تأليف: د. مسلم سقا أميني.", "الناشر دار ما.");
    check("في عام 42 ق.م بنيت المدينة.", "في عام 42 ق.م بنيت المدينة.");
  }

  @Test
  void countsDiacriticsAsPartOfTheWordBeforeAFullStop() {
    // SaudiNewsNet snn-494d7eaf1a73324e: the tanween of "عضوًا" is not a word boundary.
    check(
        "ج- رئيس هيئة الهلال الأحمر السعودي عضوًا. د- رئيس مدينة الملك عبدالعزيز عضوًا.",
        "ج- رئيس هيئة الهلال الأحمر السعودي عضوًا.",
        "د- رئيس مدينة الملك عبدالعزيز عضوًا.");
  }

  @Test
  void joinsAPieceWithoutLettersToTheNextSentence() {
    check("1. البند الأول. 2. البند الثاني.", "1. البند الأول.", "2. البند الثاني.");
  }

  @Test
  void returnsOffsetsIntoTheWholeTextForASpan() {
    String text = "عنوان\nجملة أولى. جملة ثانية.";
    assertEquals(
        List.of(new Span(6, 16), new Span(17, 28)),
        segmenter.split(text, new Span(6, text.length())));
  }

  @Test
  void splitsSeed001sOneParagraphIntoItsEightSentences() throws IOException {
    String paragraph = seedLine("001_47a385f4b9943841.txt", 1);
    List<String> sentences = segmenter.split(paragraph).stream().map(s -> s.of(paragraph)).toList();
    assertEquals(8, sentences.size());
    assertEquals(
        "كشف جهاز مكافحة الإرهاب، اليوم الأربعاء، عن البدء بتنفيذ استراتيجية ضد بقايا فلول عصابات داعش الإرهابية، فيما أكد وجود خلية تنسيق استخباري بقيادته لمطاردة الإرهاب.",
        sentences.get(0));
    assertEquals(
        "وقال الناطق باسم الجهاز صباح النعمان، للقناة الرسمية تابعته (الاولى نيوز)، إن “الجهاز مستمر في عملياته لملاحقة بقايا الإرهاب، وفقا للمعلومات والتحليل الاستخباري، فضلا عن رسم خارطة تحركات الإرهابيين في المناطق التي ما زالوا يتواجدون فيها”.",
        sentences.get(1));
    assertEquals(
        "وأضاف، أن “هناك متابعة من قبل رئيس الوزراء مصطفى الكاظمي، وإشرافا مباشرا من جهاز مكافحة الارهاب على العمليات الامنية ضد بقايا عصابات داعش الارهابية”.",
        sentences.get(2));
    assertEquals(
        "وأشار إلى “وجود خلية مشتركة للتنسيق الاستخباراتي برئاسة الجهاز، لتبادل المعلومات بين مختلف دوائر الاستخبارات في الاجهزة الأمنية لمطاردة الإرهاب، اضافة الى وجود تنسيق عالي المستوى مع اقليم كردستان لاسيما في العملية الأخيرة التي شهدت تفكيك كتيبة “القعقاع” والتي جرت بالتعاون مع “آسايش” السليمانية”.",
        sentences.get(3));
    assertEquals(
        "وفي وقت سابق، أعلن جهاز مكافحة الإرهاب، تعزيز قواته بأربعة عوامل أدت الى تفكيك خمسة قواطع لعصابات داعش الإرهابية، فيما أشار إلى أن التعاون مع كردستان أسهم بالقبض على قيادات في الحدود الفاصلة.",
        sentences.get(5));
    assertEquals(
        "وقال المتحدث باسم الجهاز صباح النعمان للقناة الرسمية تابعته (الاولى نيوز)، إن “المعركة مع الإرهاب هي معركة استخبارات ومعلومات”، مبيناً أن “جهاز مُكافحة الإرهاب هو جهاز أمني استخباري، لذلك حرصت قيادة الجهاز على توفير كل سبل نجاح العمل الاستخباري من خلال تعزيز وتطوير القدرات البشرية والفنية وتبادل المعلومات مع الأجهزة الأخرى وأيضاً تجنيد المصادر وفق رؤية حديثة لمفهوم التعامل المدني العسكري”.",
        sentences.get(6));
  }

  @Test
  void keepsEachOfSeed000sParagraphsAsOneSentence() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("seeds", "000_fbcca49827e3a288.txt"));
    for (int i = 1; i < lines.size() - 1; i++) {
      String paragraph = lines.get(i);
      check(paragraph, paragraph);
    }
  }

  @Test
  void keepsSeed000sStraightQuotesWithTheirSpeechVerbs() throws IOException {
    String paragraph = seedLine("000_fbcca49827e3a288.txt", 5);
    check(paragraph, paragraph);
    String joined = paragraph + " " + seedLine("000_fbcca49827e3a288.txt", 6);
    List<String> sentences = segmenter.split(joined).stream().map(s -> s.of(joined)).toList();
    assertEquals(List.of(paragraph, seedLine("000_fbcca49827e3a288.txt", 6)), sentences);
  }

  @Test
  void splitsARealAlArabiyaQuoteOfSeveralSentencesAsOne() {
    // ANT corpus v2.1, AL-economy-388-20180407, a paragraph quoting Mohammed bin Salman.
    String paragraph =
        "وقال إن \"الخطة هي أن تنفق نصفها في السعودية. لدينا برامجٌ عدة لتحقيق ذلك. فلدينا الخصخصة. ويأتي على قمة الهرم طرح أرامكو، ضخّ هذه المبالغ وتقديم الأصول الحكومية وغيرها من الأصول والاحتياطيات النقدية الأخرى في صندوق الاستثمارات العامة، ودفعه ليصبح أكبر صندوق على مستوى العالم، بقيمة تتجاوز 2 تريليون دولار. فقبل عامين، كان حجم صندوق الاستثمار العام 150 مليار دولار أميركي. أما اليوم فحجمه 300 مليار دولار أميركي. وفي نهاية عام 2018 سيبلغ حوالي 400 مليار دولار. وفي عام 2020 سيصل إلى ما بين 600-700 مليار دولار، وفي عام 2030 سيكون أعلى من 2 تريليون دولار. وسنستثمر نصف هذه الأموال لتمكين السعودية، والـ 50 في المئة المُتبقية سنستثمرها في الخارج لنضمن أن نكون جزءا من القطاعات الناشئة في جميع أنحاء العالم\".";
    check(paragraph, paragraph);
  }

  @Test
  void splitsARealParagraphAfterAGuillemetQuote() {
    // ANT corpus v2.1, AL-internationalNews-58-20140203.
    check(
        "أما هيغل، فذهب أبعد من ذلك، حيث جادل بأن «الولايات المتحدة أكثر حضورا ونشاطا في أماكن كثيرة اليوم، ربما أكثر من أي وقت مضى. كيف نقوم بذلك؟ هو شأن مختلف.. نحن لن نرحل إلى أي مكان». ملخص حديث الوزيرين هو أن إدارة الرئيس أوباما تعتمد التحول من الاعتماد على الحل العسكري إلى الدبلوماسية.",
        "أما هيغل، فذهب أبعد من ذلك، حيث جادل بأن «الولايات المتحدة أكثر حضورا ونشاطا في أماكن كثيرة اليوم، ربما أكثر من أي وقت مضى. كيف نقوم بذلك؟ هو شأن مختلف.. نحن لن نرحل إلى أي مكان».",
        "ملخص حديث الوزيرين هو أن إدارة الرئيس أوباما تعتمد التحول من الاعتماد على الحل العسكري إلى الدبلوماسية.");
  }

  @Test
  void keepsARealMinisterTitleAndDecimalInOneSentence() {
    // ANT corpus v2.1, AL-economy-180-20180306.
    String paragraph =
        "وقال وزير المالية د. نايف الحجرف عند إعلان الميزانية، إن العجز سيكون بنحو 5 مليارات دينار (حوالي 17 مليار دولار) قبل استقطاع نسبة احتياطي الأجيال القادمة و6.5 مليار دينار بعد الاستقطاع، مضيفا أن العجز سيتم تمويله من خلال الاقتراض والسحب من الاحتياطي العام.";
    check(paragraph, paragraph);
  }

  @Test
  void splitsARealAwardSpeechAtTheQuotationThatEndsASentence() {
    // ANT corpus v2.1, AL-culture-130-20180305.
    check(
        "وقالت مكدورماند لدى تسلمها الجائزة \"يشرفني أن تكون معي كل هذه المرشحات في جميع الفئات في هذه القاعة الليلة.\" وتابعت \"انظروا حولكم أيتها السيدات والسادة، لأننا جميعا لدينا قصص لنرويها ومشاريع نحتاج لتمويلها\".",
        "وقالت مكدورماند لدى تسلمها الجائزة \"يشرفني أن تكون معي كل هذه المرشحات في جميع الفئات في هذه القاعة الليلة.\"",
        "وتابعت \"انظروا حولكم أيتها السيدات والسادة، لأننا جميعا لدينا قصص لنرويها ومشاريع نحتاج لتمويلها\".");
  }
}
