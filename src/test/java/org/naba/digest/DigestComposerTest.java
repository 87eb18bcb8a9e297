package org.naba.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.naba.dialogue.Message;
import org.naba.store.Store.QuoteListing;

class DigestComposerTest {

  // seed 000 (روداو): a statement, a clipped and respelled copy from another outlet, and another
  // statement on the same topic
  private static final String STATEMENT =
      "هناك تنسيق استخباري وتبادل للمعلومات مع اجهزة مكافحة الارهاب والاسايش في اقليم كوردستان";
  private static final String CLIPPED = "تنسيقٌ استخباري وتبادل للمعلومات مع أجهزة مكافحة الإرهاب";
  private static final String OTHER =
      "تنامي التعاون والتنسيق مع اقليم كردستان أسهم بالقبض على عدد من القيادات الارهابية";
  private static final String SPEAKER = "تحسين الخفاجي";

  private static QuoteListing quote(String text, String speaker, String outlet) {
    return new QuoteListing(
        outlet + "-1", text, speaker, null, "عنوان", outlet, "2026-11-22", "https://x/" + outlet);
  }

  @Test
  void theSameStatementFromTwoOutletsIsOneItemWithBothOutletsRankedFirst() {
    List<QuoteListing> quotes =
        List.of(
            quote(OTHER, "محمد علي", "شفق نيوز"),
            quote(STATEMENT, SPEAKER, "روداو"),
            quote(CLIPPED, SPEAKER, "السومرية"));
    DigestComposer.Digest digest = new DigestComposer(5).compose(quotes, "").orElseThrow();
    assertEquals(2, digest.items().size());
    DigestComposer.Item first = digest.items().get(0);
    assertEquals(STATEMENT, first.text());
    assertEquals(List.of("روداو", "السومرية"), first.outlets());
    assertEquals(OTHER, digest.items().get(1).text());
  }

  @Test
  void statementsOfOneStoryAreOneItemWithAllItsOutlets() {
    List<QuoteListing> quotes =
        List.of(
            quote(OTHER, "محمد علي", "شفق نيوز"),
            quote(STATEMENT, SPEAKER, "روداو"),
            quote(CLIPPED, SPEAKER, "السومرية"));
    // شفق نيوز's article and روداو's tell one story
    var story = java.util.Map.of("شفق نيوز-1", "s1", "روداو-1", "s1");
    DigestComposer.Window window = DigestComposer.prepare(quotes, id -> story.getOrDefault(id, id));
    DigestComposer.Digest digest = new DigestComposer(5).compose(window, "").orElseThrow();
    assertEquals(1, digest.items().size());
    assertEquals(STATEMENT, digest.items().get(0).text());
    assertEquals(List.of("روداو", "السومرية", "شفق نيوز"), digest.items().get(0).outlets());
  }

  @Test
  void aSpeakerQueryKeepsOnlyThatSpeakersStatements() {
    List<QuoteListing> quotes =
        List.of(quote(OTHER, "محمد علي", "شفق نيوز"), quote(STATEMENT, SPEAKER, "روداو"));
    DigestComposer.Digest digest = new DigestComposer(5).compose(quotes, "الخفاجى").orElseThrow();
    assertEquals(1, digest.items().size());
    assertEquals(SPEAKER, digest.items().get(0).speaker());
  }

  @Test
  void aTopicQueryMatchesTheStatementWords() {
    List<QuoteListing> quotes =
        List.of(quote(OTHER, "محمد علي", "شفق نيوز"), quote(STATEMENT, SPEAKER, "روداو"));
    DigestComposer.Digest digest = new DigestComposer(5).compose(quotes, "القيادات").orElseThrow();
    assertEquals(List.of(OTHER), digest.items().stream().map(DigestComposer.Item::text).toList());
  }

  @Test
  void nothingNewOrNothingMatchingGivesNoDigest() {
    assertTrue(new DigestComposer(5).compose(List.of(), "").isEmpty());
    assertTrue(
        new DigestComposer(5)
            .compose(List.of(quote(STATEMENT, SPEAKER, "روداو")), "مسرور بارزاني")
            .isEmpty());
  }

  @Test
  void keepsTheTopItemsRankedBySpeakerProminenceAfterCorroboration() {
    List<QuoteListing> quotes =
        List.of(
            quote(OTHER, "محمد علي", "شفق نيوز"),
            quote("قال إن الوضع الأمني مستقر تماما في المحافظة", SPEAKER, "روداو"),
            quote(STATEMENT, SPEAKER, "روداو"));
    DigestComposer.Digest digest = new DigestComposer(1).compose(quotes, null).orElseThrow();
    assertEquals(1, digest.items().size());
    assertEquals(SPEAKER, digest.items().get(0).speaker());
  }

  @Test
  void aDigestMessageIsItsHeadingThenOneBriefAStatementWithEveryOutlet() {
    List<QuoteListing> quotes =
        List.of(
            quote("<b>لن نسمح & لن نتراجع</b>", SPEAKER, "روداو"),
            quote("<b>لن نسمح & لن نتراجع</b>", SPEAKER, "السومرية"));
    Message message =
        DigestComposer.message(new DigestComposer(5).compose(quotes, "").orElseThrow(), "موجز");
    assertEquals(
        List.of(
            new Message.Heading("موجز"),
            new Message.Brief(
                "<b>لن نسمح & لن نتراجع</b>",
                SPEAKER,
                null,
                List.of("روداو", "السومرية"),
                quotes.get(0).url())),
        message.blocks());
  }
}
