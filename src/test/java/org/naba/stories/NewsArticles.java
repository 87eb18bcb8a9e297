package org.naba.stories;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Small articles about a few events, for story tests. */
final class NewsArticles {

  static final Instant T0 = Instant.parse("2018-05-08T18:00:00Z");

  static final String DEAL_TITLE = "ترامب يعلن انسحاب الولايات المتحدة من الاتفاق النووي مع إيران";
  static final String DEAL_BODY =
      "أعلن الرئيس الأمريكي دونالد ترامب انسحاب بلاده من الاتفاق النووي الموقع مع إيران عام 2015"
          + " وإعادة فرض العقوبات الاقتصادية على طهران، وقال ترامب إن الاتفاق كارثي.\n"
          + "وردت طهران بأنها ستبقى في الاتفاق مع الدول الأوروبية.";
  static final String DEAL_TITLE_2 = "واشنطن تنسحب من الاتفاق النووي الإيراني وتعيد العقوبات";
  static final String DEAL_BODY_2 =
      "انسحب الرئيس دونالد ترامب من الاتفاق النووي مع إيران وقرر إعادة فرض العقوبات على طهران،"
          + " في خطوة انتقدتها الدول الأوروبية الموقعة على الاتفاق.";
  static final String QUAKE_TITLE = "زلزال بقوة 6 درجات يضرب جنوب بيرو";
  static final String QUAKE_BODY =
      "ضرب زلزال بقوة ست درجات جنوب بيرو فجر اليوم دون أن تسجل إصابات بحسب هيئة المسح"
          + " الجيولوجي الأمريكية، وشعر به سكان مدينة أريكيبا.";

  private NewsArticles() {}

  static StoryArticle article(String id, String outlet, Duration after, String title, String body) {
    return new StoryArticle(0, id, outlet, T0.plus(after), title, body, List.of(), List.of());
  }
}
