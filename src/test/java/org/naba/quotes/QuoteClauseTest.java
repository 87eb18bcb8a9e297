package org.naba.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class QuoteClauseTest {

  /** The text shown for the quote {@code quote} of {@code body}. */
  private static String shown(String body, String quote) {
    int start = body.indexOf(quote);
    QuoteClause.Stretch s = QuoteClause.of(body, start, start + quote.length());
    return body.substring(s.start(), s.end());
  }

  @Test
  void aQuoteThatCompletesAReportedClauseIsShownWithIt() {
    // ant-all SK-sport-2389-20180803: the negation stands outside the marks
    String body =
        "وأكد أن أوزيل، لم يكن \"على الإطلاق ضحية للعنصرية في المنتخب الألماني\"، مضيفا"
            + " \"لقد حاولنا دوما دمج كل اللاعبين\".";
    assertEquals(
        "أوزيل، لم يكن \"على الإطلاق ضحية للعنصرية في المنتخب الألماني\"",
        shown(body, "على الإطلاق ضحية للعنصرية في المنتخب الألماني"));
  }

  @Test
  void aWholeQuoteIsShownAsItIs() {
    String body = "وقال الوزير إن \"الحكومة لن تتراجع عن قرارها\". وأضاف: \"نحن مستعدون للحوار\".";
    assertEquals("الحكومة لن تتراجع عن قرارها", shown(body, "الحكومة لن تتراجع عن قرارها"));
    assertEquals("نحن مستعدون للحوار", shown(body, "نحن مستعدون للحوار"), "after a colon");
  }

  @Test
  void theClauseIsReadWithinItsSentenceAndNotTooFarBack() {
    String body = "وأكد أن الأمر انتهى. المونديال \"لم يشهد حوادث أمنية كبيرة\".";
    assertEquals("لم يشهد حوادث أمنية كبيرة", shown(body, "لم يشهد حوادث أمنية كبيرة"));
    String far =
        "وأكد أن واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة أحد عشر اثنا عشر ثلاثة"
            + " عشر \"كلام كثير هنا\".";
    assertEquals("كلام كثير هنا", shown(far, "كلام كثير هنا"));
  }

  @Test
  void anUnmarkedQuoteIsShownAsItIs() {
    String body = "وقال إن الحكومة لن تتراجع عن قرارها.";
    assertEquals("لن تتراجع", shown(body, "لن تتراجع"));
  }
}
