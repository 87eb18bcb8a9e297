package org.naba.telegram;

import java.util.List;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;

/** What the bot says besides answers, in Arabic (HTML-safe: no user text in here). */
final class BotTexts {

  static final List<String> EXAMPLES =
      List.of(
          "ماذا قال النعمان عن التنسيق مع كردستان؟",
          "من زار قضاء مخمور؟",
          "ماذا قال المتحدث باسم جهاز مكافحة الإرهاب؟");

  static final String WELCOME_TITLE = "أهلاً بك في <b>نبأ</b> 📰";
  static final String WELCOME_BODY =
      "أجيب عن أسئلتك حول الأخبار بالتصريحات كما وردت حرفياً، مع قائلها والوسيلة التي نشرتها"
          + " وتاريخ النشر. لا أعيد الصياغة ولا أخترع شيئاً: إن لم أجد الجواب قلت ذلك.";
  static final String WELCOME_TRY = "جرّب أن تسأل:";
  static final String HELP =
      """
      <b>كيف تستخدم نبأ</b>
      • اكتب سؤالك مباشرة، أو استخدم /ask متبوعاً بالسؤال.
      • /latest أحدث التصريحات
      • /sources الوسائل الإعلامية وعدد الأخبار من كل منها
      • /speaker الاسم: ما قاله شخص ما، الأحدث أولاً
      • /subscribe [الوقت] [متحدث أو موضوع] و /subscriptions و /unsubscribe و /settings: الموجز اليومي
      • في المجموعات: اذكرني (@%s) أو ردّ على إحدى رسائلي أو استخدم /ask@%s
      • في أي محادثة: اكتب @%s ثم سؤالك لتختار جواباً وترسله.
      تحت كل جواب: زر «المصدر» لقراءة المقطع في سياقه، وزر «المزيد» لبقية الأجوبة.\
      """;
  static final String ASK_WHAT = "اكتب سؤالك بعد الأمر، مثلاً:\n/ask " + EXAMPLES.get(0);
  static final String SPEAKER_WHO = "اكتب اسم المتحدث بعد الأمر، مثلاً: /speaker النعمان";
  static final String NO_SPEAKER = "لم أجد تصريحات منسوبة إلى «%s».";
  static final String NO_LATEST = "لا توجد تصريحات بعد.";
  static final String LATEST_TITLE = "<b>أحدث التصريحات</b>";
  static final String SPEAKER_TITLE = "<b>تصريحات %s</b> (الأحدث أولاً)";
  static final String SOURCES_TITLE = "<b>الوسائل الإعلامية في نبأ</b>";
  static final String SOURCES_LINE = "• %s: %d خبر";
  static final String UNKNOWN_OUTLET = "مصدر غير معروف";
  static final String SUBSCRIBED = "تم الاشتراك في الموجز اليومي: الساعة %s (%s)%s.";
  static final String SUBSCRIBED_QUERY = "، عن: %s";
  static final String UNSUBSCRIBED = "تم إلغاء الاشتراك في الموجز اليومي.";
  static final String NOT_SUBSCRIBED =
      "لا اشتراك في الموجز اليومي هنا. اكتب /subscribe للاشتراك (مثلاً: /subscribe 08:00).";
  static final String SETTINGS_USAGE =
      "اكتب الوقت ثم المنطقة الزمنية إن شئت، مثلاً: /settings 07:30 Asia/Baghdad";
  static final String SETTINGS_DONE = "سيصلك الموجز الساعة %s (%s).";
  static final String BAD_TIME = "لم أفهم الوقت أو المنطقة الزمنية. مثال: 08:00 Asia/Baghdad";
  static final String ADMINS_ONLY = "الاشتراك في المجموعات لمشرفيها فقط.";
  static final String RATE_LIMITED =
      "شكراً لاهتمامك! لقد أرسلت أسئلة كثيرة في وقت قصير؛ من فضلك انتظر دقيقة ثم أعد المحاولة.";
  static final String TOO_LONG = "سؤالك طويل جداً؛ من فضلك اختصره إلى %d حرفاً على الأكثر.";
  static final String NOT_TEXT =
      "أفهم الأسئلة المكتوبة فقط. اكتب سؤالك نصّاً، مثلاً: " + EXAMPLES.get(0);
  static final String UNKNOWN_COMMAND = "لا أعرف هذا الأمر. اكتب /help لترى ما أستطيع فعله.";
  static final String ADMIN_ONLY = "هذا الأمر متاح للمشرفين فقط.";
  static final String MORE = "المزيد ⬅️";
  static final String SOURCE = "المصدر %d";
  static final String SOURCE_GONE = "لم أعد أجد هذا المصدر.";
  static final String QUESTION_GONE = "انتهت صلاحية هذا الزر؛ أعد طرح السؤال.";
  static final String NO_MORE = "لا مزيد من الأجوبة.";
  static final String FAILED = "عذراً، حدث خطأ أثناء معالجة طلبك. حاول مرة أخرى بعد قليل.";
  static final String INGEST_START = "جارٍ إدخال الملف %s…";
  static final String INGEST_BAD = "أرسل ملفاً بامتداد ‎.txt‎ أو ‎.jsonl‎ لإدخاله.";
  static final String REINDEX_DONE = "أعيدت فهرسة %d خبراً.";

  static final List<BotCommand> COMMANDS =
      List.of(
          new BotCommand("start", "البداية وأمثلة على الأسئلة"),
          new BotCommand("help", "كيف تستخدم نبأ"),
          new BotCommand("ask", "اطرح سؤالاً عن الأخبار"),
          new BotCommand("latest", "أحدث التصريحات"),
          new BotCommand("sources", "الوسائل الإعلامية وعدد الأخبار"),
          new BotCommand("speaker", "ما قاله متحدث معيّن"),
          new BotCommand("subscribe", "الاشتراك في النشرة اليومية"),
          new BotCommand("unsubscribe", "إلغاء الاشتراك في النشرة"),
          new BotCommand("subscriptions", "اشتراكات النشرة"),
          new BotCommand("settings", "إعدادات النشرة"));

  private BotTexts() {}

  static String welcome() {
    StringBuilder out = new StringBuilder(WELCOME_TITLE).append("\n\n").append(WELCOME_BODY);
    out.append("\n\n").append(WELCOME_TRY);
    for (String q : EXAMPLES) {
      out.append("\n• ").append(q);
    }
    out.append("\n\n/help");
    return out.toString();
  }

  static String help(String username) {
    return HELP.formatted(username, username, username);
  }
}
