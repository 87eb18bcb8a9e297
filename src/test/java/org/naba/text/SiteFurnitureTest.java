package org.naba.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Lines of ant-all and SaudiNewsNet that are the site's, not the article's, and some that are not.
 */
class SiteFurnitureTest {

  @Test
  void aLinkToTheStoryASubscriptionOfferADisclaimerAndAReadAlsoAreFurniture() {
    assertTrue(
        SiteFurniture.is(
            "رابط الخبر بصحيفة الوئام: برلسكوني يبيع 48% من نادي ميلان لرجل أعمال تايلاندي"));
    assertTrue(SiteFurniture.is("** جميع المقالات المنشورة تمثل رأي كتابها فقط."));
    assertTrue(
        SiteFurniture.is("رابط الخبر بصحيفة الوئام: " + "تفاصيل الخبر الكاملة ".repeat(20)),
        "however long the line");
    assertTrue(
        SiteFurniture.is("اقرأ أيضا: ترامب يصف تفتيش مكتب محاميه بأنه \"اعتداء على الوطن\""));
    assertTrue(SiteFurniture.is("يمكنكم استلام إشعارات بأهم الأخبار"));
    assertTrue(
        SiteFurniture.is(
            "هذا المقال بقلم کاملیا انتخابی فرد، والآراء الواردة أدناه تعبر عن رأي الكاتبة، ولا"
                + " تعكس بالضرورة وجهة نظر شبكة CNN."));
  }

  @Test
  void aWireDatelineIsFurnitureButASentenceThatGivesTwoDatesIsNot() {
    assertTrue(SiteFurniture.is(" بكين 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس"));
    assertTrue(SiteFurniture.is(" جدة 25 شوال 1436هـ الموافق 10 أغسطس 2015م واس"));
    assertTrue(SiteFurniture.is(" نجران 26 شوال 1436 هـ الموافق 11 أغسطس 2015 مواس"));
    assertFalse(
        SiteFurniture.is(
            "ومن المتوقع إيداع الأسهم الجديدة في حسابات المساهمين يوم الأحد 1/11/1436هـ الموافق"
                + " 16/8/2015م."));
    assertFalse(
        SiteFurniture.is("وتلعب ويلز المباراة الأولى مع أوروغواي يوم الخميس الموافق 22 مارس."));
  }

  @Test
  void anOpeningMustBeTheSentencesFirstWords() {
    assertFalse(SiteFurniture.is("وقال إن رابط الخبر بصحيفة الوئام لم يعمل أمس"));
    assertFalse(SiteFurniture.is("اقرأ التقرير كاملا على موقع الوزارة"));
    assertFalse(SiteFurniture.is(""));
  }
}
