package org.naba.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who a verb without a subject (وقال، وأكدوا) goes on with, on sentences of ant-all and
 * SaudiNewsNet.
 */
class SpeakerContinuationTest {

  private final QuoteExtractor extractor = new QuoteExtractor();

  @Test
  void aPluralVerbDoesNotGoOnWithOneMan() {
    // snn-73bd14f134a78007: the bishops' council, never the minister who spoke before
    List<Quote> quotes =
        extractor.extract(
            "وأشار وزير الإعلام رمزي جريج إلى أن «الوزراء أبدوا آراءهم بصدد هذه الأمور خاصة بملفي"
                + " النفايات والتعيينات الأمنية». من جهته، دعا مجلس المطارنة الموارنة في بيان بعد"
                + " اجتماعه الدوري، أمس، الكتل السياسية إلى انتخاب رئيس. وأكدوا أن «الشلل السياسي"
                + " وما يتسبب به من أزمة خانقة يستدعي من الجميع أكبر قدر من الحس الوطني».");
    assertEquals(2, quotes.size(), () -> "quotes: " + quotes);
    assertEquals("رمزي جريج", quotes.get(0).speaker());
    assertNull(quotes.get(1).speaker());
  }

  @Test
  void aPluralVerbGoesOnWithTheGroupThatSpoke() {
    // BB-culture-275-20180901
    List<Quote> quotes =
        extractor.extract(
            "وقال منظمو المزاد إنه خلال الرحلة \"حاولت الأميرة الالتزام بالأزياء المحلية من خلال"
                + " ارتداء ملابس ساترة\".\nويضيفون أن \"الملاحظ حينها أن الأميرة لم تكن مضطرة إلى"
                + " ارتداء الزي الاحتياطي\".");
    assertEquals(2, quotes.size(), () -> "quotes: " + quotes);
    assertEquals("منظمو المزاد", quotes.get(0).speaker());
    assertEquals("منظمو المزاد", quotes.get(1).speaker());
  }

  @Test
  void aVerbGoesOnWithThePersonTheSentenceBeforeOpensWith() {
    // FR-internationalNews-2518-20180730, shortened: Chamisa answers, not Mnangagwa
    List<Quote> quotes =
        extractor.extract(
            "ويتنافس الرئيس الحالي إيمرسون منانغاغوا، ونلسون شاميسا الذي يطمح في أن يصبح أصغر"
                + " رئيس. وتقدم زعيم المعارضة نلسون شاميسا بشكوى.\nوأضاف منانغاغوا متوجها إلى"
                + " الناخبين \"غدا سوف تقررون مصير زيمبابوي\".\nوتلقى شاميسا الذي يريد أن يجسد"
                + " التغيير، بحذر تصريحات الرئيس السابق. وقال في مؤتمر صحفي \"إنه مواطن وليس"
                + " واجبي كمرشح أن اختار الناخبين\".");
    assertEquals(2, quotes.size(), () -> "quotes: " + quotes);
    assertEquals("إيمرسون منانغاغوا", quotes.get(0).speaker());
    assertEquals("نلسون شاميسا", quotes.get(1).speaker());
  }

  @Test
  void aGivenNameBehindTheConjunctionIsNamedWithoutIt() {
    // snn-dd96266d727fbf05: "وسيرجي بوجاشيف" was read as the name "وسيرجي"
    List<Quote> quotes =
        extractor.extract(
            "إنه وقت متأخر من مساء يوم في أيار (مايو) الماضي، وسيرجي بوجاشيف الملياردير الروسي"
                + " المنفي، ينفض الغبار عن ألبوم صور قديم للعائلة. ساعد على صعود بوتين إلى قمة السلطة"
                + " الروسية. سيرجي بوجاشيف . دائماً ما كان بوجاشيف بعيداً عن الأنظار. يقول بوجاشيف"
                + " \"أنا شخصياً جلبت بوتين إلى السلطة\".");
    assertEquals(1, quotes.size(), () -> "quotes: " + quotes);
    assertEquals("سيرجي بوجاشيف", quotes.get(0).speaker());
  }

  @Test
  void onePersonIsANameNotAGroup() {
    assertTrue(NameWords.onePerson("رمزي جريج"));
    assertTrue(NameWords.onePerson("سلام"));
    assertFalse(NameWords.onePerson("منظمو المزاد"));
    assertFalse(NameWords.onePerson("مواطنون"));
    assertFalse(NameWords.onePerson("خبراء"));
    assertFalse(NameWords.onePerson("أبناؤه لوسي وروبرت وتيم"));
    assertFalse(NameWords.onePerson("الجيش الإسرائيلي"));
  }
}
