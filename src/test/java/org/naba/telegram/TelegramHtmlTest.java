package org.naba.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.naba.answer.Answer;
import org.naba.answer.AnswerSet;
import org.naba.answer.ArticleRef;
import org.naba.answer.NoAnswer;
import org.naba.answer.Source;
import org.naba.dialogue.AnswerMessages;
import org.naba.dialogue.AnswerPage;
import org.naba.dialogue.Message;

class TelegramHtmlTest {

  private static final ArticleRef REF =
      new ArticleRef(
          "000_fbcca49827e3a288",
          "خلية تنسيق استخباري بقيادة جهاز مكافحة الإرهاب",
          "العراقية",
          "2021-12-08",
          "https://example.org/a?x=1&y=2");

  private static Answer quote(int rank, String text) {
    return new Answer(
        rank,
        Answer.Kind.QUOTE,
        text,
        "صباح النعمان",
        "المتحدث باسم الجهاز",
        REF,
        List.of(new Source("روداو", "001_47a385f4b9943841")),
        1.0,
        0.9);
  }

  private static AnswerPage page(Answer... answers) {
    return AnswerPage.first(AnswerSet.of("سؤال", List.of(answers)));
  }

  private static final NoAnswer NONE = NoAnswer.suggesting(List.of("صباح النعمان"));

  @Test
  void putsTheStatementInABlockquoteWithSpeakerOutletTitleArabicDateLinkAndOtherSources() {
    String html = render(page(quote(1, "الجهاز مستمر في عملياته"))).get(0);
    assertTrue(html.contains("<blockquote>«الجهاز مستمر في عملياته»</blockquote>"), html);
    assertTrue(html.contains("— <b>صباح النعمان</b>، المتحدث باسم الجهاز | العراقية"), html);
    assertTrue(
        html.contains("<i>خلية تنسيق استخباري بقيادة جهاز مكافحة الإرهاب</i> (8 ديسمبر 2021)"),
        html);
    assertTrue(html.contains("<a href=\"https://example.org/a?x=1&amp;y=2\">رابط الخبر</a>"), html);
    assertTrue(html.contains("أوردته أيضًا: روداو"), html);
  }

  @Test
  void escapesMarkupInsideAQuoteSoItCannotBreakTheMessage() {
    String html = render(page(quote(1, "a < b && c > d <script>\"x\""))).get(0);
    assertTrue(html.contains("«a &lt; b &amp;&amp; c &gt; d &lt;script&gt;&quot;x&quot;»"), html);
    assertFalse(html.contains("<script>"));
  }

  @Test
  void startsALineThatBeginsWithADigitWithARightToLeftMark() {
    String html = render(page(quote(1, "نص"))).get(0);
    assertTrue(html.startsWith("\u200F<b>1.</b>"), html);
  }

  @Test
  void rendersTheNoAnswerMessageWithItsHint() {
    String html = render(page()).get(0);
    assertTrue(html.startsWith(NoAnswer.MESSAGE), html);
    assertTrue(html.contains("<i>يمكنك السؤال مثلاً عمّا قاله: صباح النعمان</i>"), html);
  }

  @Test
  void splitsAnOverlongStatementAtSentenceBoundariesWithBalancedTags() {
    StringBuilder text = new StringBuilder();
    List<String> sentences = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      String s = "هذه الجملة رقم " + i + " من تصريح طويل جداً يتجاوز حد الرسالة.";
      sentences.add(s);
      text.append(s).append(' ');
    }
    List<String> messages = render(page(quote(1, text.toString().strip())));
    assertTrue(messages.size() > 1, "split into several messages");
    for (String m : messages) {
      assertTrue(m.length() <= TelegramHtml.MAX_MESSAGE, "message of " + m.length());
      assertEquals(count(m, "<blockquote>"), count(m, "</blockquote>"), m);
      assertEquals(count(m, "<b>"), count(m, "</b>"), m);
    }
    String all = String.join("\n", messages);
    for (String s : sentences) {
      assertTrue(all.contains(s), "every sentence survives whole: " + s);
    }
  }

  @Test
  void cutsAfterTheLastSentenceEndThatFits() {
    List<String> pieces = TelegramHtml.cut("أولى. ثانية طويلة. ثالثة", 14);
    assertEquals(List.of("أولى.", "ثانية طويلة.", "ثالثة"), pieces);
  }

  @Test
  void packsSeveralAnswersIntoOneMessageWhenTheyFit() {
    List<String> messages = render(page(quote(1, "أ"), quote(2, "ب"), quote(3, "ج")));
    assertEquals(1, messages.size());
    assertTrue(messages.get(0).contains("<b>3.</b>"));
  }

  private static List<String> render(AnswerPage page) {
    return new TelegramHtml().render(AnswerMessages.page(page, NONE));
  }

  @Test
  void showsADigestItemEscapedInABlockquoteWithItsSpeakerAndLinkedOutlets() {
    String html =
        new TelegramHtml()
            .single(
                Message.of(
                    new Message.Brief(
                        "<b>لن نسمح & لن نتراجع</b>",
                        "تحسين الخفاجي",
                        "المتحدث",
                        List.of("روداو", "السومرية"),
                        "https://x.example/a?b=1&c=2")));
    assertTrue(
        html.contains("<blockquote>&lt;b&gt;لن نسمح &amp; لن نتراجع&lt;/b&gt;</blockquote>"), html);
    assertTrue(html.contains("— <b>تحسين الخفاجي</b>، المتحدث"), html);
    assertTrue(
        html.contains("<a href=\"https://x.example/a?b=1&amp;c=2\">روداو، السومرية</a>"), html);
  }

  @Test
  void keepsTheFirstBlocksOfAPushedMessageThatWouldNotFitOne() {
    List<Message.Block> blocks = new ArrayList<>();
    blocks.add(new Message.Heading("موجز"));
    for (int i = 0; i < 40; i++) {
      blocks.add(
          new Message.Brief(
              "تصريح رقم " + i + " " + "كلمة ".repeat(30), "متحدث", null, List.of("روداو"), null));
    }
    String single = new TelegramHtml().single(new Message(blocks));
    assertTrue(single.length() <= TelegramHtml.MAX_MESSAGE, "length " + single.length());
    assertTrue(single.startsWith("<b>موجز</b>"), single);
    assertTrue(single.contains("تصريح رقم 0 "), single);
    assertFalse(single.contains("تصريح رقم 39 "), single);
  }

  private static int count(String s, String part) {
    int n = 0;
    for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
