package org.naba.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.naba.answer.QuestionReader.Type;

class QuestionReaderTest {

  private final QuestionReader reader = new QuestionReader();

  private void checkType(String question, Type expected) {
    assertEquals(expected, reader.read(question).type(), question);
  }

  @Test
  void readsStandardInterrogatives() {
    checkType("ما هي الاستراتيجية؟", Type.WHAT);
    checkType("من زار قضاء مخمور؟", Type.WHO);
    checkType("متى زار رئيس الوزراء مخمور؟", Type.WHEN);
    checkType("أين تجري العملية المشتركة؟", Type.WHERE);
    checkType("كم قاطعاً فكك الجهاز؟", Type.HOW_MANY);
    checkType("بكم محافظة فاز التحالف؟", Type.HOW_MANY);
    checkType("كيف يرى النعمان التنسيق؟", Type.HOW);
    checkType("لماذا يهتم الجهاز بالاستخبارات؟", Type.WHY);
    checkType("هل الحدود مؤمنة؟", Type.YES_NO);
  }

  @Test
  void readsChatDialectInterrogatives() {
    checkType("شنو الخطط الجديدة؟", Type.WHAT);
    checkType("شو المطلوب من قيادة العمليات؟", Type.WHAT);
    checkType("ايش الاستراتيجية؟", Type.WHAT);
    checkType("منو زار مخمور؟", Type.WHO);
    checkType("وين تجري العملية؟", Type.WHERE);
    checkType("ليش الجهاز يهتم بالاستخبارات؟", Type.WHY);
    checkType("شكد عدد عناصر داعش؟", Type.HOW_MANY);
    checkType("اشلون كان التنسيق؟", Type.HOW);
    checkType("مين فاز بالدوري؟", Type.WHO);
    checkType("وش اسم الفيلم؟", Type.WHAT);
    checkType("كام واحد مات في الحادث؟", Type.HOW_MANY);
    checkType("قديش سعر الذهب؟", Type.HOW_MANY);
    checkType("ليه استقال الوزير؟", Type.WHY);
    checkType("علاش استقال المدرب؟", Type.WHY);
    checkType("فين اتقبض عليه؟", Type.WHERE);
    checkType("ازاي مات؟", Type.HOW);
    checkType("شكون ربح البطولة؟", Type.WHO);
    assertFalse(reader.read("مين فاز بالدوري؟").topicWords().contains("مين"), "no topic word");
  }

  @Test
  void aSpeakerBeforeTheVerbIsTheSpeakerWhenNoNameFollowsIt() {
    assertEquals(
        List.of("سامح", "شكري"), reader.read("سامح شكري قال إيه عن سد النهضة؟").speakerWords());
    assertEquals(List.of("كلوب"), reader.read("كلوب شو قال عن صلاح؟").speakerWords());
    assertEquals(List.of("ترامب"), reader.read("ترامب وش قال عن الصين؟").speakerWords());
    assertEquals(List.of("السيسي"), reader.read("السيسي قال ايه؟").speakerWords());
    assertEquals(List.of("ميسي"), reader.read("ماذا قال ميسي عن رونالدو؟").speakerWords());
    assertEquals(
        List.of(), reader.read("مين المفكر اللي قال انه ما يفوت طاش ما طاش؟").speakerWords());
    assertEquals(List.of(), reader.read("منو قال إن الاتفاق سيئ؟").speakerWords(), "who asks");
    assertEquals(
        List.of(),
        reader.read("مين اللي قال حياتنا الشخصية مستقلة؟").speakerWords(),
        "what was said, with no word that opens it");
    assertEquals(
        List.of(),
        reader.read("شكون اللاعب اللي قال بلي الانتقال تحدي جديد ليه؟").speakerWords(),
        "Maghrebi: شكون asks who, بلي opens what was said");
    assertEquals(
        List.of(), reader.read("شو اسم اللاعب اللي قال إنه سيعتزل؟").speakerWords(), "a relative");
    assertEquals(
        List.of("نصر", "الله"),
        reader.read("كم صاروخا قال نصر الله انهم اطلقوا على الجولان؟").speakerWords());
  }

  @Test
  void aSpeechVerbMakesAStatementQuestionAndNamesTheSpeakerUpToTheTopic() {
    QuestionReader.Reading r = reader.read("ماذا قال النعمان عن التنسيق مع كردستان؟");
    assertEquals(Type.STATEMENT, r.type());
    assertEquals(List.of("النعمان"), r.speakerWords());
    assertTrue(r.topicWords().containsAll(List.of("النعمان", "التنسيق", "كردستان")));
  }

  @Test
  void theSpeakersNameEndsWhereWhatTheySaidBegins() {
    QuestionReader.Reading r = reader.read("ماذا قال بومبيو إن واشنطن ستفعل إذا هوجمت منشآتها؟");
    assertEquals(List.of("بومبيو"), r.speakerWords());
    assertTrue(r.topicWords().containsAll(List.of("واشنطن", "ستفعل")));
  }

  @Test
  void whichPersonSaidSomethingNamesNoSpeaker() {
    QuestionReader.Reading r = reader.read("أي وزير بريطاني قال إن بوتين مسؤول عن الهجوم؟");
    assertEquals(List.of(), r.speakerWords(), "who said it is what it asks");
    assertEquals(
        List.of("ترامب"), reader.read("في أي مؤتمر قال ترامب إن الاتفاق سيء؟").speakerWords());
  }

  @Test
  void whomTheSpeakerAddressedIsNotPartOfTheirName() {
    QuestionReader.Reading r = reader.read("ماذا قال منفذ الهجوم للسلطات الفرنسية في الفيديو؟");
    assertEquals(List.of("منفذ", "الهجوم"), r.speakerWords());
    assertTrue(r.topicWords().contains("للسلطات"));
  }

  @Test
  void whatFollowedByAWordForATimeAsksWhen() {
    checkType("شنو أوقات الدوام في المعبر؟", Type.WHEN);
    checkType("ما موعد افتتاح المعبر؟", Type.WHEN);
    checkType("ما سبب افتتاح المعبر؟", Type.WHAT);
  }

  @Test
  void whoFollowedByWhereOrWhenAsksFromWhereOrSinceWhen() {
    checkType("من وين انطلق المسبار؟", Type.WHERE);
    checkType("من أين جاءت أول طائرة؟", Type.WHERE);
    checkType("من قال أين تجري المحاكمة؟", Type.STATEMENT);
    checkType("من متى تتظاهر امهات السبت في اسطنبول؟", Type.WHEN);
    checkType("من امتى بيشتغل المطار؟", Type.WHEN);
  }

  @Test
  void aRoleCanNameTheSpeaker() {
    QuestionReader.Reading r = reader.read("ماذا قال المتحدث باسم جهاز مكافحة الارهاب؟");
    assertEquals(List.of("المتحدث", "باسم", "جهاز", "مكافحه", "الارهاب"), r.speakerWords());
  }

  @Test
  void dropsInterrogativesAndFunctionWordsFromTheTopic() {
    List<String> topic = reader.read("شنو الخطط اللي يحضرها الجهاز؟").topicWords();
    assertFalse(topic.contains("شنو"));
    assertFalse(topic.contains("اللي"));
    assertTrue(topic.contains("الخطط"));
  }

  @Test
  void normalisesSpellingAndDiacritics() {
    assertEquals(reader.read("مَن رافقَ الكاظمي؟"), reader.read("من رافق الكاظمي؟"));
    checkType("متي زار الكاظمي مخمور؟", Type.WHEN);
  }

  @Test
  void moreSpeechVerbsAskForAStatementAndNameItsSpeaker() {
    QuestionReader.Reading r =
        reader.read("بماذا توعد العبادي الخلايا الارهابية بعد قتل المخطوفين؟");
    assertEquals(Type.STATEMENT, r.type());
    assertEquals("العبادي", r.speakerWords().get(0));
    assertEquals(
        List.of("مقتدي", "الصدر"),
        reader.read("ماذا طلب مقتدى الصدر من الكتل الفائزة؟").speakerWords(),
        "من ends the speaker's name");
  }

  @Test
  void aSourceAfterHasabIsReadAsTheSpeakerWhateverTheType() {
    QuestionReader.Reading r =
        reader.read("هل زادت تركيا عدد جنودها في شمال العراق حسب بن علي يلدريم؟");
    assertEquals(Type.YES_NO, r.type());
    assertEquals(List.of("بن", "علي", "يلدريم"), r.speakerWords(), "علي is a name here, not على");
    assertEquals(
        List.of("النعمان"),
        reader.read("شو المطلوب من قيادة العمليات المشتركة حسب النعمان؟").speakerWords());
  }

  @Test
  void aQuestionAboutWhatSomethingIsAsksForADefinition() {
    assertTrue(reader.read("ما هو جهاز مكافحة الارهاب؟").asksDefinition());
    assertTrue(reader.read("ماهي خلية التنسيق؟").asksDefinition());
    assertFalse(reader.read("ماذا قال النعمان؟").asksDefinition());
    assertFalse(reader.read("من هو المتحدث باسم الجهاز؟").asksDefinition(), "who asks for a name");
  }

  @Test
  void theNatureOfSomethingIsAskedWithoutTheWordNature() {
    QuestionReader.Reading reading = reader.read("ما طبيعة جهاز مكافحة الارهاب؟");
    assertTrue(reading.asksDefinition());
    assertEquals(List.of("جهاز", "مكافحه", "الارهاب"), reading.topicWords());
  }

  @Test
  void aTextWithASpeechVerbReportsWhatSomeoneSaid() {
    assertTrue(QuestionReader.reports("وأكد العبادي أن القوات ستقتص من الخلايا"));
    assertFalse(QuestionReader.reports("عثرت القوات على جثث ثمانية أشخاص قرب الطريق"));
  }

  @Test
  void formsOfToBeCarryNoTopic() {
    assertEquals(
        List.of("الطقس", "اربيل", "غدا"),
        reader.read("كيف سيكون الطقس في أربيل غداً؟").topicWords());
  }
}
