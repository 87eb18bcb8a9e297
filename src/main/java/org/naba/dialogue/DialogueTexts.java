package org.naba.dialogue;

import java.util.List;

/** What Naba says besides answers, in Arabic, as plain text (each surface adds its markup). */
final class DialogueTexts {

  static final List<String> EXAMPLES =
      List.of(
          "ماذا قال النعمان عن التنسيق مع كردستان؟",
          "من زار قضاء مخمور؟",
          "ماذا قال المتحدث باسم جهاز مكافحة الإرهاب؟");

  static final String WELCOME_TITLE = "أهلاً بك في نبأ 📰";
  static final String WELCOME_BODY =
      "أجيب عن أسئلتك حول الأخبار بالتصريحات كما وردت حرفياً، مع قائلها والوسيلة التي نشرتها"
          + " وتاريخ النشر. لا أعيد الصياغة ولا أخترع شيئاً: إن لم أجد الجواب قلت ذلك.";
  static final String WELCOME_TRY = "جرّب أن تسأل:";
  static final String HELP_TITLE = "كيف تستخدم نبأ";
  static final List<String> HELP =
      List.of(
          "اكتب سؤالك مباشرة، أو استخدم /ask متبوعاً بالسؤال.",
          "/latest أحدث التصريحات",
          "/sources الوسائل الإعلامية وعدد الأخبار من كل منها",
          "/speaker الاسم: ما قاله شخص ما، الأحدث أولاً",
          "/subscribe [الوقت] [متحدث أو موضوع] و /subscriptions و /unsubscribe و /settings: الموجز"
              + " اليومي");
  static final List<String> HELP_BOT =
      List.of(
          "في المجموعات: اذكرني (@%1$s) أو ردّ على إحدى رسائلي أو استخدم /ask@%1$s",
          "في أي محادثة: اكتب @%1$s ثم سؤالك لتختار جواباً وترسله.");
  static final String HELP_BUTTONS =
      "تحت كل جواب: زر «المصدر» لقراءة المقطع في سياقه، وزر «صياغات أخرى» لقراءته كما أوردته"
          + " الوسائل الأخرى، وزر «المزيد» لبقية الأجوبة.";
  static final String ASK_WHAT = "اكتب سؤالك بعد الأمر، مثلاً:\n/ask " + EXAMPLES.get(0);
  static final String SPEAKER_WHO = "اكتب اسم المتحدث بعد الأمر، مثلاً: /speaker النعمان";
  static final String NO_SPEAKER = "لم أجد تصريحات منسوبة إلى «%s».";
  static final String NO_LATEST = "لا توجد تصريحات بعد.";
  static final String LATEST_TITLE = "أحدث التصريحات";
  static final String SPEAKER_TITLE = "تصريحات %s (الأحدث أولاً)";
  static final String SOURCES_TITLE = "الوسائل الإعلامية في نبأ";
  static final String SOURCES_LINE = "%s: %d خبر";
  static final String UNKNOWN_OUTLET = "مصدر غير معروف";
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
  static final String WORDINGS = "صياغات أخرى %d";
  static final String WORDINGS_TITLE = "كيف أوردت الوسائل الأخرى الجواب %d";
  static final String WORDINGS_GONE = "لم أعد أجد صياغات أخرى لهذا الجواب.";
  static final String QUESTION_GONE = "انتهت صلاحية هذا الزر؛ أعد طرح السؤال.";
  static final String NO_MORE = "لا مزيد من الأجوبة.";
  static final String FAILED = "عذراً، حدث خطأ أثناء معالجة طلبك. حاول مرة أخرى بعد قليل.";
  static final String INGEST_START = "جارٍ إدخال الملف %s…";
  static final String INGEST_BAD = "أرسل ملفاً بامتداد ‎.txt‎ أو ‎.jsonl‎ لإدخاله.";
  static final String REINDEX_DONE = "أعيدت فهرسة %d خبراً.";
  static final String STATS_TITLE = "إحصاءات";

  private DialogueTexts() {}

  static Message welcome() {
    List<Message.Block> blocks = new java.util.ArrayList<>();
    blocks.add(new Message.Heading(WELCOME_TITLE));
    blocks.add(new Message.Line(WELCOME_BODY));
    blocks.add(new Message.Line(WELCOME_TRY));
    EXAMPLES.forEach(q -> blocks.add(new Message.Bullet(q)));
    blocks.add(new Message.Line("/help"));
    return new Message(blocks);
  }

  /**
   * @param botName the bot's user name on a surface where it can be mentioned, or {@code null}
   */
  static Message help(String botName) {
    List<Message.Block> blocks = new java.util.ArrayList<>();
    blocks.add(new Message.Heading(HELP_TITLE));
    HELP.forEach(line -> blocks.add(new Message.Bullet(line)));
    if (botName != null) {
      HELP_BOT.forEach(line -> blocks.add(new Message.Bullet(line.formatted(botName))));
    }
    blocks.add(new Message.Line(HELP_BUTTONS));
    return new Message(blocks);
  }
}
