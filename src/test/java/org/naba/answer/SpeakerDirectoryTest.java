package org.naba.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naba.store.ParsedArticle;
import org.naba.store.QuotedArticles;
import org.naba.store.Store;
import org.naba.text.ArabicNormalizer;

class SpeakerDirectoryTest {

  private static final long MS = 1_000_000;

  @TempDir Path dir;

  @Test
  void aCheapReadIsRepeatedAsSoonAsTheStoreGrows() {
    AtomicLong clock = new AtomicLong();
    try (Store store = Store.open(dir.resolve("naba.db"))) {
      SpeakerDirectory speakers = new SpeakerDirectory(store, () -> clock.addAndGet(MS));
      store.add(quoted("a", "صباح النعمان"));
      assertEquals(List.of("صباح النعمان"), speakers.named(List.of("صباح", "النعمان")));
      store.add(quoted("b", "هوشيار زيباري"));
      assertEquals(List.of("هوشيار زيباري"), speakers.named(List.of("هوشيار", "زيباري")));
    }
  }

  @Test
  void aCostlyReadWaitsTwentyTimesItsDurationBeforeTheNext() {
    AtomicLong clock = new AtomicLong();
    try (Store store = Store.open(dir.resolve("naba.db"))) {
      // every reading of the clock 100 ms later: each read of the speakers "takes" 100 ms
      SpeakerDirectory speakers = new SpeakerDirectory(store, () -> clock.addAndGet(100 * MS));
      store.add(quoted("a", "صباح النعمان"));
      assertEquals(List.of("صباح النعمان"), speakers.named(List.of("صباح", "النعمان")));
      store.add(quoted("b", "هوشيار زيباري"));
      assertEquals(
          List.of(), speakers.named(List.of("هوشيار", "زيباري")), "not read again yet (0.3 s)");
      clock.addAndGet(2_000 * MS);
      assertEquals(
          List.of("هوشيار زيباري"), speakers.named(List.of("هوشيار", "زيباري")), "read after 2 s");
    }
  }

  @Test
  void aLastNameNamesTheMostQuotedWithTheOtherSpellingsOfTheirName() {
    try (Store store = Store.open(dir.resolve("naba.db"))) {
      store.add(quoted("a", "محمد باركيندو"));
      store.add(quoted("b", "محمد باركيندو"));
      store.add(quoted("c", "محمد باركيندوا"));
      store.add(quoted("d", "سعد باركيندو"));
      SpeakerDirectory speakers = new SpeakerDirectory(store);
      assertEquals(
          List.of("محمد باركيندو", "محمد باركيندوا"),
          speakers.named(List.of("امين", "عام", "اوبك", "باركيندو")));
    }
  }

  @Test
  void anInstitutionInThePersonsRoleIsNotNamed() {
    try (Store store = Store.open(dir.resolve("naba.db"))) {
      for (String ministry : List.of("العدل", "الخارجية", "الدفاع", "الداخلية")) {
        store.add(quoted("w-" + ministry, "وزارة " + ministry));
      }
      for (String family : List.of("التركي", "العتيبي", "الدوسري", "القفاري")) {
        store.add(quoted("m-" + family, "منصور " + family));
      }
      SpeakerDirectory speakers = new SpeakerDirectory(store);
      assertEquals(
          List.of("منصور القفاري"),
          speakers.named(ArabicNormalizer.words("متحدث وزارة العدل منصور القفاري")));
    }
  }

  @Test
  void aPersonIsNamedWithTheOtherSpellingsOfTheirShortSurname() {
    try (Store store = Store.open(dir.resolve("naba.db"))) {
      store.add(quoted("a", "دونالد ترامب"));
      store.add(quoted("b", "دونالد ترامب"));
      store.add(quoted("c", "دونالد ترمب"));
      store.add(quoted("d", "ميلانيا ترامب"));
      for (String id : List.of("e", "f", "g")) {
        store.add(quoted(id, "محمود " + id + "ي"));
      }
      store.add(quoted("h", "علي محمد"));
      store.add(quoted("i", "علي محمود"));
      SpeakerDirectory speakers = new SpeakerDirectory(store);
      assertEquals(List.of("دونالد ترمب", "دونالد ترامب"), speakers.named(List.of("ترمب")));
      assertEquals(List.of("دونالد ترامب", "دونالد ترمب"), speakers.named(List.of("ترامب")));
      assertEquals(
          List.of("علي محمد"), speakers.named(List.of("علي", "محمد")), "محمود opens names");
    }
  }

  @Test
  void aPersonIsNamedWithTheOtherSpellingsOfTheirGivenName() {
    try (Store store = Store.open(dir.resolve("naba.db"))) {
      store.add(quoted("a", "تيريزا ماي"));
      store.add(quoted("b", "تيريزا ماي"));
      store.add(quoted("c", "تريزا ماي"));
      store.add(quoted("d", "سلمان العودة"));
      store.add(quoted("e", "سليمان العودة"));
      for (String surname : List.of("الأول", "الثاني", "الثالث", "الرابع")) {
        store.add(quoted("s" + surname, "سلمان " + surname));
        store.add(quoted("t" + surname, "سليمان " + surname + "ي"));
      }
      for (String surname : List.of("هانت", "كوربن", "سميث")) {
        store.add(quoted("j" + surname, "جيرمي " + surname));
        store.add(quoted("k" + surname, "جيريمي " + surname + (surname.equals("سميث") ? "ي" : "")));
      }
      store.add(quoted("k", "جيريمي هانت"));
      SpeakerDirectory speakers = new SpeakerDirectory(store);
      assertEquals(List.of("تيريزا ماي", "تريزا ماي"), speakers.named(List.of("تريزا", "ماي")));
      assertEquals(
          List.of("جيريمي هانت", "جيرمي هانت"),
          speakers.named(List.of("جيرمي", "هانت")),
          "each opens three names, and two of them share the surname");
      assertEquals(
          List.of("سليمان العودة"),
          speakers.named(ArabicNormalizer.words("سليمان العودة")),
          "سلمان and سليمان each open five names and share one surname");
    }
  }

  @Test
  void aQuestionOpeningWithSomeoneElsesNameNamesNoOneByAWordOfTheirRole() {
    try (Store store = Store.open(dir.resolve("naba.db"))) {
      store.add(quoted("a", "فيصحح العسكري"));
      store.add(quoted("b", "دونالد ترامب"));
      for (String id : List.of("d", "e", "f", "g", "h")) {
        store.add(quoted(id, "ريك " + id + "ي"));
        store.add(quoted("p" + id, "باسم " + id + "ي"));
      }
      SpeakerDirectory speakers = new SpeakerDirectory(store);
      assertEquals(
          List.of(),
          speakers.named(ArabicNormalizer.words("الكولونيل ريك فرانكونا محلل CNN العسكري")),
          "ريك فرانكونا, whom no quote names, is not فيصحح العسكري");
      assertEquals(
          List.of("فيصحح العسكري"),
          speakers.named(ArabicNormalizer.words("محلل CNN العسكري")),
          "no one else named: the surname is the question's word");
      assertEquals(
          List.of("دونالد ترامب"),
          speakers.named(ArabicNormalizer.words("ترامب المتحدث باسم البيت الأبيض")),
          "باسم after the name is a word of the role");
    }
  }

  @Test
  void theWordsOfADescriptionTheQuestionGivesWholeAreNoOtherPersonsName() {
    try (Store store = Store.open(dir.resolve("naba.db"))) {
      store.add(quoted("a", "هايكو ماس"));
      store.add(quoted("b", "وزير الخارجية الألماني"));
      store.add(quoted("c", "كلاوس الألماني"));
      for (String country : List.of("الروسية", "الأمريكية", "الفرنسية")) {
        store.add(quoted(country, "الخارجية " + country));
      }
      SpeakerDirectory speakers = new SpeakerDirectory(store);
      assertTrue(
          speakers
              .named(ArabicNormalizer.words("لوزير الخارجية الالماني هايكو ماس"))
              .contains("هايكو ماس"),
          "الخارجية الألماني is the minister's description, no one's name");
    }
  }

  @Test
  void aGivenNameBeforeAnotherSpeakersLastNameNamesNoOneWhoseSurnameItIs() {
    try (Store store = Store.open(dir.resolve("naba.db"))) {
      store.add(quoted("a", "اسم ناصر"));
      store.add(quoted("b", "ناصر بن أحمد الخريصي"));
      store.add(quoted("c", "صحيفة اليوم"));
      store.add(quoted("d", "دونالد ترامب"));
      store.add(quoted("e", "خالد رمضان"));
      store.add(quoted("f", "سلمان العودة"));
      store.add(quoted("g", "سلمان الدوسري"));
      store.add(quoted("h", "سلمان بن عبدالعزيز"));
      store.add(quoted("k", "سلمان الحربي"));
      store.add(quoted("l", "سلمان العتيبي"));
      store.add(quoted("i", "جان لوك ميلانشون"));
      store.add(quoted("j", "لوك بيسون"));
      SpeakerDirectory speakers = new SpeakerDirectory(store);
      assertEquals(
          List.of("ناصر بن أحمد الخريصي"),
          speakers.named(List.of("قال", "ناصر", "الخريصي", "عن", "عكاظ")),
          "him, his lineage left out; not اسم ناصر");
      assertEquals(List.of("اسم ناصر"), speakers.named(List.of("قال", "ناصر", "عن", "عكاظ")));
      assertEquals(
          List.of("دونالد ترامب"), speakers.named(List.of("قال", "ترامب", "اليوم")), "a time word");
      assertEquals(List.of(), speakers.named(List.of("الفلكي", "سلمان", "ال", "رمضان")));
      assertEquals(
          List.of(), speakers.named(List.of("قال", "سلمان", "رمضان")), "another given name");
      assertEquals(List.of("خالد رمضان"), speakers.named(List.of("قال", "النائب", "رمضان")));
      assertEquals(
          List.of("جان لوك ميلانشون"), speakers.named(List.of("تصريح", "لوك", "ميلانشون")));
    }
  }

  @Test
  void aGivenNameBehindThePrepositionBeforeAnotherNameIsNoOnesSurname() {
    try (Store store = Store.open(dir.resolve("naba.db"))) {
      store.add(quoted("a", "فارس سعيد"));
      for (String name : List.of("سعيد الغامدي", "سعيد القحطاني", "سعيد العمري", "سعيد الشهري")) {
        store.add(quoted(name, name));
      }
      store.add(quoted("f", "سعيد الحربي"));
      store.add(quoted("g", "غسان سلامة"));
      SpeakerDirectory speakers = new SpeakerDirectory(store);
      // "آخر تصريحات لسعيد النقير" had named فارس سعيد: لسعيد read as سعيد, his surname
      assertEquals(List.of(), speakers.named(List.of("لسعيد", "النقير")));
      assertEquals(List.of(), speakers.named(List.of("سعيد", "النقير")));
      assertEquals(List.of("فارس سعيد"), speakers.named(List.of("لفارس", "سعيد")));
      assertEquals(List.of("غسان سلامة"), speakers.named(List.of("لغسان", "سلامه")));
    }
  }

  @Test
  void aRareGivenNameOrASurnameAfterTheMatchedWordIsAnotherPersonAndNoRoleStandsForThem() {
    try (Store store = Store.open(dir.resolve("naba.db"))) {
      store.add(quoted("a", "أحمد العمري"));
      store.add(quoted("b", "زهير الشهري"));
      store.add(quoted("c", "زهير الغامدي"));
      store.add(quoted("k", "زهير القحطاني"));
      store.add(quoted("d", "عابد فهد"));
      store.add(quoted("e", "مدير مطار أبها فهد العدواني"));
      store.add(quoted("f", "المتحدث باسم جامعة نجران"));
      store.add(quoted("g", "أوبك وروسيا"));
      store.add(quoted("h", "أوبك والمنتجون"));
      store.add(quoted("i", "أوبك والمستهلكون"));
      store.add(quoted("l", "منظمة أوبك"));
      store.add(quoted("j", "محمد باركيندو"));
      SpeakerDirectory speakers = new SpeakerDirectory(store);
      assertEquals(
          List.of(),
          speakers.named(List.of("المتحدث", "باسم", "جامعه", "نجران", "زهير", "العمري")));
      assertEquals(List.of(), speakers.named(List.of("مدير", "مطار", "فهد", "العدواني")));
      assertEquals(List.of("أحمد العمري"), speakers.named(List.of("الدكتور", "العمري")));
      assertEquals(
          List.of("المتحدث باسم جامعة نجران"),
          speakers.named(List.of("المتحدث", "باسم", "جامعه", "نجران")));
      assertEquals(
          List.of("محمد باركيندو"), speakers.named(List.of("امين", "عام", "اوبك", "باركيندو")));
    }
  }

  @Test
  void noSpeakerIsNamedByAWordOfAnotherPersonsNameOrDescription() {
    try (Store store = Store.open(dir.resolve("naba.db"))) {
      store.add(quoted("a", "عكاظ"));
      store.add(quoted("b", "حسين الغامدي"));
      store.add(quoted("c", "راشد بن عبدالله"));
      store.add(quoted("d", "راشد المنصوري"));
      store.add(quoted("e", "راشد بورشيد"));
      store.add(quoted("f", "حمد الأحيمر"));
      store.add(quoted("g", "هاشم الأحمر"));
      store.add(quoted("h", "لسوق عكاظ"));
      for (String surname : List.of("سلامة", "مورار", "نافارو", "سيارتو", "تشيك")) {
        store.add(quoted("p" + surname, "بيتر " + surname));
      }
      SpeakerDirectory speakers = new SpeakerDirectory(store);
      assertEquals(
          List.of(),
          speakers.named(List.of("راشد", "الغامدي", "المدير", "التنفيذي", "لسوق", "عكاظ")),
          "عكاظ ends the description of another person");
      store.add(quoted("s", "الغامدي"));
      SpeakerDirectory withSurname = new SpeakerDirectory(store);
      assertEquals(
          List.of(),
          withSurname.named(List.of("المدير", "التنفيذي", "لسوق", "عكاظ", "راشد", "الغامدي")),
          "الغامدي alone is another person's surname");
      assertTrue(
          speakers.named(List.of("قالت", "صحيفه", "عكاظ")).contains("عكاظ"),
          "with no other person named, عكاظ is the newspaper");
      store.add(quoted("et", "إثيوبيا"));
      SpeakerDirectory withState = new SpeakerDirectory(store);
      assertEquals(List.of("إثيوبيا"), withState.named(List.of("ماذا", "قالت", "اثيوبيا")));
      assertEquals(
          List.of(),
          withState.named(List.of("رييس", "وزراء", "اثيوبيا")),
          "a state after a role says whose prime minister");
      store.add(quoted("ar", "أردوغان"));
      assertEquals(
          List.of("أردوغان"),
          new SpeakerDirectory(store).named(List.of("الرييس", "اردوغان")),
          "right after the role, the name is who holds it");
      assertEquals(
          List.of(),
          speakers.named(List.of("رئيس", "الصليب", "الاحمر", "بيتر", "ماورير")),
          "الأحمر before another person's given name is not هاشم الأحمر, nor الأحيمر");
      assertEquals(List.of("هاشم الأحمر"), speakers.named(List.of("قال", "الاحمر", "عن", "الحرب")));
      for (String surname : List.of("صلاح", "بن سلمان", "العبار", "الشيخ", "السعيد")) {
        store.add(quoted("m" + surname, "محمد " + surname));
      }
      store.add(quoted("n", "مهاتير محمد"));
      SpeakerDirectory more = new SpeakerDirectory(store);
      assertEquals(
          List.of(),
          more.named(List.of("قال", "محمد", "الحلبوسي", "عن", "خاشقجي")),
          "محمد opens another person's name");
      assertEquals(List.of("مهاتير محمد"), more.named(List.of("قال", "محمد", "عن", "ماليزيا")));
    }
  }

  @Test
  void aSurnameNamesTheMostQuotedThoughTwoOfTheirNamesAreLeftOut() {
    try (Store store = Store.open(dir.resolve("naba.db"))) {
      for (int i = 0; i < 3; i++) {
        store.add(quoted("r" + i, "رجب طيب أردوغان"));
      }
      store.add(quoted("a", "أسلي أردوغان"));
      store.add(quoted("m", "محمد بن سلمان"));
      store.add(quoted("s", "طلاب وطالبات جامعة نجران"));
      for (int i = 0; i < 3; i++) {
        store.add(quoted("h" + i, "علي محسن الأحمر"));
      }
      store.add(quoted("c", "متحدث الهلال الأحمر"));
      SpeakerDirectory speakers = new SpeakerDirectory(store);
      assertEquals(
          List.of("علي محسن الأحمر"), speakers.named(List.of("قال", "الاحمر", "عن", "الحرب")));
      assertFalse(
          speakers
              .named(List.of("بيشي", "الصرخي", "متحدث", "الهلال", "الاحمر", "بجازان"))
              .contains("علي محسن الأحمر"),
          "الأحمر of the Red Crescent's spokesman is no one's surname");
      assertEquals(
          List.of(),
          speakers.named(List.of("المتحدث", "باسم", "جامعه", "نجران")),
          "two words of a description given are no surname");
      assertEquals(List.of("رجب طيب أردوغان"), speakers.named(List.of("الرييس", "اردوغان")));
      assertEquals(
          List.of(),
          speakers.named(List.of("قال", "سلمان")),
          "سلمان of محمد بن سلمان is his father's name");
    }
  }

  @Test
  void theDefiniteGenitiveOfAnIndefiniteRoleIsNoSurnameThoughNoDescriptionIsQuoted() {
    // once the extractor read "متحدث الهلال الأحمر" as محمد الطيار, no speaker held the description
    try (Store store = Store.open(dir.resolve("naba.db"))) {
      for (int i = 0; i < 3; i++) {
        store.add(quoted("h" + i, "علي محسن الأحمر"));
      }
      store.add(quoted("b", "بيشي الصرخي"));
      store.add(quoted("m", "مصدر في الهلال")); // the club: الهلال الأحمر reads as another's name
      store.add(quoted("y", "هييه الهلال"));
      SpeakerDirectory speakers = new SpeakerDirectory(store);
      assertFalse(
          speakers
              .named(List.of("بيشي", "الصرخي", "متحدث", "الهلال", "الاحمر", "بجازان"))
              .contains("علي محسن الأحمر"));
      assertEquals(
          List.of("علي محسن الأحمر"),
          speakers.named(List.of("قال", "الاحمر", "عن", "الحرب")),
          "a surname alone still names him");
    }
  }

  @Test
  void aPersonNamedWithAGivenNameLeavesOutTheOtherNamesThoughQuotedMore() {
    try (Store store = Store.open(dir.resolve("naba.db"))) {
      for (String surname : List.of("الغامدي", "المنصوري", "بورشيد")) {
        store.add(quoted("r" + surname, "راشد " + surname));
      }
      store.add(quoted("a", "لسوق عكاظ"));
      store.add(quoted("b", "لسوق عكاظ"));
      assertEquals(
          List.of("راشد الغامدي"),
          new SpeakerDirectory(store)
              .named(List.of("المدير", "التنفيذي", "لسوق", "عكاظ", "راشد", "الغامدي")));
    }
  }

  @Test
  void aSpeakerReadBehindThePrepositionIsNeverNamedNorShown() {
    try (Store store = Store.open(dir.resolve("naba.db"))) {
      for (String s : List.of("الاتفاق", "الاتفاق النووي", "الاتفاق الجديد", "لاتفاق باريس")) {
        store.add(quoted("a" + s.length() + s.hashCode(), s));
      }
      store.add(quoted("b", "إيمانويل ماكرون"));
      SpeakerDirectory speakers = new SpeakerDirectory(store);
      assertEquals(
          List.of("إيمانويل ماكرون"),
          speakers.named(List.of("ماذا", "قال", "ماكرون", "عن", "لاتفاق", "باريس")));
      assertEquals(List.of(), speakers.named(List.of("لاتفاق", "باريس")));
      assertFalse(speakers.nameable("لاتفاق باريس"));
      assertTrue(speakers.nameable("إيمانويل ماكرون"));
      assertFalse(speakers.nameable("قائلا"), "a doubtful speaker is not shown either");
    }
  }

  @Test
  void aPlaceAfterARoleSaysWhoseRoleAndNoNameEndsWithAPlace() {
    try (Store store = Store.open(dir.resolve("naba.db"))) {
      store.add(quoted("a", "لندن"));
      store.add(quoted("b", "جيم ماتيس إيران"));
      store.add(quoted("c", "صادق خان"));
      SpeakerDirectory speakers = new SpeakerDirectory(store);
      assertEquals(List.of(), speakers.named(List.of("عمده", "لندن")), "the speaker of a question");
      assertEquals(List.of("لندن"), speakers.named(List.of("ماذا", "قالت", "لندن")));
      assertEquals(
          List.of(), speakers.named(List.of("من", "قال", "لن", "نسمح", "لايران", "بالتدخل")));
    }
  }

  @Test
  void aGivenNameAndSurnameNameTheSpeakerWhoseLineageTheyLeaveOutAndTheSamePersonWithALineage() {
    try (Store store = Store.open(dir.resolve("naba.db"))) {
      store.add(quoted("a", "سامر بن علي العنيني"));
      store.add(quoted("b", "خالد العرج"));
      store.add(quoted("c", "خالد بن عبدالله العرج"));
      SpeakerDirectory speakers = new SpeakerDirectory(store);
      assertEquals(
          List.of("سامر بن علي العنيني"),
          speakers.named(List.of("مدير", "سياحه", "ينبع", "سامر", "العنيني")));
      assertEquals(
          List.of("خالد العرج", "خالد بن عبدالله العرج"),
          speakers.named(List.of("وزير", "خالد", "العرج")),
          "the same person with a lineage, after him");
      store.add(quoted("d", "محمد عبدالعزيز"));
      store.add(quoted("e", "محمد بن سلمان بن عبدالعزيز"));
      assertEquals(
          List.of("محمد عبدالعزيز"),
          new SpeakerDirectory(store).named(List.of("قال", "محمد", "عبدالعزيز")),
          "an ancestor's given name is no family name");
      assertEquals(List.of(), speakers.named(List.of("العنيني", "سامر")), "in this order only");
    }
  }

  @Test
  void aShortGivenNameIsReadBehindThePrepositionLam() {
    // reader-dev6: "شنو آخر تصريح لليث حمزة"
    assertEquals("ليث", NameWords.withoutPreposition("لليث"));
    assertEquals("سعيد", NameWords.withoutPreposition("لسعيد"));
    assertEquals(null, NameWords.withoutPreposition("لدي"), "too short for a name");
  }

  @Test
  void aGivenNameThatNamesAPersonWithALineageLeavesOutOthersOfThatSurname() {
    // reader-dev6: "وش آخر شي قاله العقيد شبنان القرني" is not عائض القرني, quoted more
    try (Store store = Store.open(dir.resolve("naba.db"))) {
      for (int i = 0; i < 3; i++) {
        store.add(quoted("a" + i, "عائض القرني"));
        store.add(quoted("q" + i, "القرني"));
      }
      store.add(quoted("b", "شبنان بن مبارك القرني"));
      SpeakerDirectory speakers = new SpeakerDirectory(store);
      assertEquals(
          List.of("شبنان بن مبارك القرني"), speakers.named(List.of("العقيد", "شبنان", "القرني")));
      assertEquals(
          Set.of("عائض القرني", "القرني"),
          Set.copyOf(speakers.named(List.of("الشيخ", "القرني"))),
          "a surname alone still names them");
    }
  }

  @Test
  void aNameAfterARoleThatFollowsAnotherNameIsWhoseRoleItIs() {
    // reader-dev7: "ما آخر تصريحات ليندا توم المتحدثة باسم مكتب الأمم المتحدة …" gave the newest
    // statements of the United Nations, quoted more, as hers
    try (Store store = Store.open(dir.resolve("naba.db"))) {
      for (int i = 0; i < 3; i++) {
        store.add(quoted("u" + i, "الأمم المتحدة"));
      }
      store.add(quoted("t", "ليندا توم"));
      SpeakerDirectory speakers = new SpeakerDirectory(store);
      List<String> words =
          ArabicNormalizer.words("ليندا توم المتحدثة باسم مكتب الأمم المتحدة في دمشق");
      assertEquals(List.of("ليندا توم"), speakers.named(words));
      assertEquals(
          Set.of("ليندا توم", "الأمم المتحدة"),
          Set.copyOf(speakers.named(ArabicNormalizer.words("ليندا توم الأمم المتحدة"))),
          "two names with no role between them are both named");
    }
  }

  @Test
  void aPlaceIsNoOnesSurnameAndARoleOfAnotherPlaceIsAnotherPerson() {
    try (Store store = Store.open(dir.resolve("naba.db"))) {
      store.add(quoted("a", "سلمان طهران"));
      store.add(quoted("b", "بمشاركة فرنسا"));
      store.add(quoted("c", "رئيس بلدية"));
      store.add(quoted("d", "دونالد ترامب"));
      SpeakerDirectory speakers = new SpeakerDirectory(store);
      assertEquals(List.of(), speakers.named(List.of("محافظ", "طهران")));
      assertEquals(List.of(), speakers.named(List.of("سفير", "فرنسا")));
      assertEquals(List.of("سلمان طهران"), speakers.named(List.of("سلمان", "طهران")), "whole");
      assertEquals(List.of(), speakers.named(List.of("رييس", "بلديه", "اسطنبول")));
      assertEquals(List.of("رئيس بلدية"), speakers.named(List.of("رييس", "بلديه")));
      assertEquals(List.of("دونالد ترامب"), speakers.named(List.of("ترامب")), "a surname still");
    }
  }

  @Test
  void aLongNameEndingWithAPlaceIsNotNamedByThePlaceAlone() {
    try (Store store = Store.open(dir.resolve("naba.db"))) {
      store.add(quoted("a", "مجلس شباب منطقة عسير"));
      store.add(quoted("b", "رجب طيب أردوغان"));
      SpeakerDirectory speakers = new SpeakerDirectory(store);
      assertEquals(
          List.of(), speakers.named(List.of("لسعيد", "النقير", "المتحدث", "باسم", "صحه", "عسير")));
      assertEquals(
          List.of("مجلس شباب منطقة عسير"),
          speakers.named(List.of("مجلس", "شباب", "منطقه", "عسير")),
          "by every word");
      assertEquals(
          List.of("رجب طيب أردوغان"),
          speakers.named(List.of("الرييس", "اردوغان")),
          "a surname that is no place still names");
    }
  }

  @Test
  void aWordOfTheQuestionGivesOneWordOfAName() {
    try (Store store = Store.open(dir.resolve("naba.db"))) {
      store.add(quoted("a", "أحمد أحمد"));
      for (String surname : List.of("العمري", "الشهري", "الزهراني", "القحطاني", "الغامدي")) {
        store.add(quoted(surname, "أحمد " + surname)); // أحمد is a given name
      }
      SpeakerDirectory speakers = new SpeakerDirectory(store);
      assertEquals(List.of(), speakers.named(List.of("احمد", "البلهان")));
      assertEquals(List.of("أحمد أحمد"), speakers.named(List.of("رييس", "الكاف", "احمد", "احمد")));
    }
  }

  private static ParsedArticle quoted(String id, String speaker) {
    return QuotedArticles.quoted(id, speaker, "التنسيق عال جدا مع الجميع");
  }
}
