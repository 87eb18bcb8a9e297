package org.naba.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Names of more words than a plain given name and surname: their parts apart (عبد الناصر), a
 * surname ending in ه (أبو ردينه، باناجه), and a speaker fronted by أما.
 */
class CompoundNamesTest {

  private final QuoteExtractor extractor = new QuoteExtractor();

  private Quote first(String body) {
    List<Quote> quotes = extractor.extract(body);
    assertEquals(false, quotes.isEmpty(), body);
    return quotes.get(0);
  }

  @Test
  void theDefiniteHalfOfANameWrittenApartDoesNotEndIt() {
    // snn-a13e6af574ba0139: the name was cut to عبد الناصر
    Quote q =
        first(
            "وقال الباحث السياسي والخبير العسكري السوري عبد الناصر العايد إن \"النظام يحاول كسب"
                + " الوقت\".");
    assertEquals("عبد الناصر العايد", q.speaker(), q.toString());
    assertEquals("الباحث السياسي والخبير العسكري السوري", q.role(), q.toString());
  }

  @Test
  void aRoleWordAfterALineageLinkIsAName() {
    // snn-27c2843aaecae3c7: مساعد heads roles (مساعد وزير), but after بن it is a father's name
    Quote q =
        first(
            "وقال أمير منطقة نجران الأمير جلوي بن عبدالعزيز بن مساعد إن \"القصر يوثق مرحلة مهمة في"
                + " تأسيس البلاد\".");
    assertEquals("جلوي بن عبدالعزيز بن مساعد", q.speaker(), q.toString());
    // a definite one is not: "ديفيد ابن الكاتب زيندل" is the writer's son, not a name
    Quote son = first("وقال ديفيد ابن الكاتب زيندل: \"كان أبي يكتب كل صباح\".");
    assertNotEquals("ديفيد ابن الكاتب زيندل", son.speaker(), son.toString());
  }

  @Test
  void aSurnameEndingInHehAfterALineageLinkIsAName() {
    // CN-middleEast-1266-20180903 (CNN), without the quote's verb before it
    Quote q =
        first(
            "وقال الناطق باسم السلطة، نبيل أبو ردينه، إن \"فكرة الكونفدرالية موجودة على جدول"
                + " أعمال القيادة\".");
    assertEquals("نبيل أبو ردينه", q.speaker(), q.toString());
  }

  @Test
  void aSurnameEndingInHehThatATitleOpensElsewhereIsAName() {
    // snn-773dc27ba7ebf88e: "الدكتور باناجه" later in the article
    String body =
        "وكشف الدكتور عبد الإله باناجه رئيس اللجنة المشرفة على البرنامج، أن البرنامج يشتمل على"
            + " ندوات. وأكد الدكتور باناجه أن اللجنة عملت وفق التوجيهات. وقال: \"إن الأمير أكد أن"
            + " السوق ينسجم مع أهداف الخطة\".";
    assertEquals("عبد الإله باناجه", first(body).speaker());
  }

  @Test
  void aNounWithAPossessivePronounStillEndsAName() {
    Quote q =
        first("أكد اللاعب محمد صلاح استعداده للمباراة، وقال: \"نحن نعمل بجد منذ بداية الموسم\".");
    assertEquals("محمد صلاح", q.speaker(), q.toString());
  }

  @Test
  void aSpeakerFrontedByAmmaIsReadWithoutIt() {
    // snn-7bb573f0e9fe3163
    Quote q =
        first(
            "أما الشاعر محمد الخضري، فيرى أن \"الشعر الشعبي ما زال حاضرا في وجدان الناس رغم كل"
                + " شيء\".");
    assertEquals("محمد الخضري", q.speaker(), q.toString());
    assertEquals("الشاعر", q.role(), q.toString());
  }
}
