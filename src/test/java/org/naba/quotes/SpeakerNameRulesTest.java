package org.naba.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.naba.quotes.SpeakerMentions.Mention;
import org.naba.text.ArabicNormalizer;

/** One test per rule of {@link SpeakerNameRules}, each on the example its javadoc gives. */
class SpeakerNameRulesTest {

  private static Attribution said(String speaker) {
    return new Attribution(speaker, null, "وقال", -1, SpeechCues.Gender.ANY);
  }

  private static Mention mention(String name, String role) {
    String norm = ArabicNormalizer.normalize(name);
    return new Mention(
        name,
        norm,
        norm.substring(norm.lastIndexOf(' ') + 1),
        role,
        role == null ? null : ArabicNormalizer.normalize(role),
        0);
  }

  /** What {@code rule} makes of {@code speaker} in an article with {@code body} and mentions. */
  private static Attribution apply(
      SpeakerNameRules.Rule rule, String speaker, String body, Mention... known) {
    SpeakerNames names = new SpeakerNames(new ArrayList<>(List.of(known)), body);
    return rule.apply(SpeakerReading.of(said(speaker)), names);
  }

  private static String speaker(Attribution a) {
    return a == null ? null : a.speaker();
  }

  @Test
  void unnamedMakesAWordForSomeoneUnidentifiedUnknown() {
    Attribution a = apply(new SpeakerNameRules.Unnamed(), "آخر", "");
    assertFalse(a.known());
    assertEquals("وقال", a.cue());
    assertNull(apply(new SpeakerNameRules.Unnamed(), "سلامة", ""));
  }

  @Test
  void knownNameEndingResolvesASurnameBeforeTheVerbsObjectToTheFullName() {
    Mention salameh = mention("رياض سلامة", "حاكم مصرف لبنان");
    assertEquals(
        "رياض سلامة",
        speaker(
            apply(new SpeakerNameRules.KnownNameEnding(), "سلامة تقرير صندوق النقد", "", salameh)));
  }

  @Test
  void knownNameEndingReadsTheLastTwoWordsOfANameWrittenAsOne() {
    Mention envoy = mention("ستيفان دي مستورا", null);
    assertEquals(
        "ستيفان دي مستورا",
        speaker(apply(new SpeakerNameRules.KnownNameEnding(), "ديمستورا", "", envoy)));
  }

  @Test
  void knownNameOpeningResolvesAGivenNameBeforeAnAudience() {
    Mention abiy = mention("آبي أحمد", "رئيس الوزراء الإثيوبي");
    assertEquals(
        "آبي أحمد",
        speaker(apply(new SpeakerNameRules.KnownNameOpening(), "آبي لأعضاء البرلمان", "", abiy)));
  }

  @Test
  void knownRoleIsTheOnePersonTheArticleGaveThatRole() {
    Mention tillerson = mention("ريكس تيلرسون", "وزير الخارجية الأمريكي");
    Attribution a =
        apply(new SpeakerNameRules.KnownRole(), "وزير الخارجية الأمريكي", "", tillerson);
    assertEquals("ريكس تيلرسون", a.speaker());
    assertEquals("وزير الخارجية الأمريكي", a.role());
  }

  @Test
  void fullNameInBodyGivesASurnameTheGivenNamesBeforeIt() {
    String body =
        "قال رئيس مكتب الاتصالات في الرئاسة التركية، فخر الدين ألتون، إن الرئيس لم يتحدث.";
    assertEquals(
        "فخر الدين ألتون", speaker(apply(new SpeakerNameRules.FullNameInBody(), "ألتون", body)));
  }

  @Test
  void nameAfterRoleIsTheNameInAppositionAfterTheRole() {
    String body = "وقال مبعوث الأمم المتحدة إلى سوريا، ستيفان دي مستورا، إن المحادثات ستستأنف.";
    Attribution a =
        apply(new SpeakerNameRules.NameAfterRole(), "مبعوث الأمم المتحدة إلى سوريا", body);
    assertEquals("ستيفان دي مستورا", a.speaker());
    assertEquals("مبعوث الأمم المتحدة إلى سوريا", a.role());
  }

  @Test
  void nameAfterRoleLeavesAnAnonymousDescription() {
    String body = "وقال مسؤول أمريكي، جون سميث، إن المحادثات ستستأنف.";
    assertNull(apply(new SpeakerNameRules.NameAfterRole(), "مسؤول أمريكي", body));
  }

  @Test
  void organisationByNounIsTheOrganisationNamedInFullWithTheNoun() {
    String body = "وأعلن حلف شمال الأطلسي أنه سيعزز قواته. وقال الحلف إن التدريبات ستبدأ.";
    assertEquals(
        "حلف شمال الأطلسي",
        speaker(apply(new SpeakerNameRules.OrganisationByNoun(), "الحلف", body)));
  }

  @Test
  void organisationByNounTakesTheCompanyNamedInMarksForTheCompany() {
    String body = "أطلق تطبيق المواعدة \"بامبل\" خدمة جديدة. وقالت الشركة إن الخدمة مجانية.";
    assertEquals(
        "بامبل", speaker(apply(new SpeakerNameRules.OrganisationByNoun(), "الشركة", body)));
  }

  @Test
  void longerSourceDescriptionIsTheDescriptionTheBodyGivesUpToTheQuote() {
    String body = "وقال مصدر قريب من حكومة المملكة \"إن القرار نهائي\".";
    assertEquals(
        "مصدر قريب من حكومة المملكة",
        speaker(apply(new SpeakerNameRules.LongerSourceDescription(), "مصدر قريب", body)));
  }

  @Test
  void firstSourceDescriptionIsTheDescriptionGivenAfterTheFirstSpeechVerb() {
    String body =
        "صرح مصدر مسؤول بوزارة الخارجية السعودية، بأن المملكة ترفض القرار. وأضاف المصدر أن الرفض نهائي.";
    assertEquals(
        "مصدر مسؤول بوزارة الخارجية السعودية",
        speaker(apply(new SpeakerNameRules.FirstSourceDescription(), "المصدر", body)));
  }

  @Test
  void nameAsWrittenCutsTheAudienceAfterAName() {
    assertEquals(
        "غندور", speaker(apply(new SpeakerNameRules.NameAsWritten(), "غندور لأعضاء البرلمان", "")));
  }

  @Test
  void nameAsWrittenCutsTheDescriptionAfterTwoNameWords() {
    assertEquals(
        "يزيد صايغ",
        speaker(apply(new SpeakerNameRules.NameAsWritten(), "يزيد صايغ كبير الباحثين", "")));
  }

  @Test
  void nameAsWrittenTakesTheWordAfterAPrepositionThatEndsTheName() {
    String body = "وقالت السفارة السعودية في #تونس إن الرحلات ستستأنف.";
    assertEquals(
        "السفارة السعودية في تونس",
        speaker(apply(new SpeakerNameRules.NameAsWritten(), "السفارة السعودية في", body)));
  }

  @Test
  void theRulesRunFromUnnamedToNameAsWritten() {
    List<SpeakerNameRules.Rule> rules = SpeakerNameRules.IN_ORDER;
    assertInstanceOf(SpeakerNameRules.Unnamed.class, rules.get(0));
    assertInstanceOf(SpeakerNameRules.NameAsWritten.class, rules.get(rules.size() - 1));
    assertEquals(10, rules.size());
  }
}
