package org.naba.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChatCommandTest {

  @TempDir Path dir;

  private CliRun chat(String input) {
    InputStream in = System.in;
    try {
      System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
      return CliRun.of("chat", "--data", dir.toString());
    } finally {
      System.setIn(in);
    }
  }

  @Test
  void pagesThroughFurtherAnswersWhenAskedForMore() {
    CliRun run = chat("ماذا قال النعمان عن التنسيق مع كردستان؟\nالمزيد\nخروج\n");
    assertEquals(0, run.exitCode(), run.err());
    String out = run.out();
    int firstPage = out.indexOf("1. «");
    int more = out.indexOf("[4] المزيد");
    int secondPage = out.indexOf("4. ");
    assertTrue(firstPage >= 0 && more > firstPage && secondPage > more, out);
  }

  @Test
  void runsTheBotsCommandsAndPressesButtonsByNumber() {
    CliRun run =
        chat(
            String.join(
                "\n",
                "/help",
                "/speaker النعمان",
                "/subscribe 07:30 النعمان",
                "/subscriptions",
                "/stats",
                "ماذا قال النعمان عن التنسيق مع كردستان؟",
                "1",
                "/nonsense",
                "خروج"));
    String out = run.out();
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(out.contains("كيف تستخدم نبأ"), out);
    assertTrue(out.contains("تصريحات النعمان (الأحدث أولاً)"), out);
    assertTrue(out.contains("الساعة 07:30 (Asia/Baghdad)، عن: النعمان"), out);
    assertTrue(out.indexOf("عن: النعمان") != out.lastIndexOf("عن: النعمان"), "listed: " + out);
    assertTrue(out.contains("الأخبار: 2"), out);
    assertTrue(out.contains("المصدر: "), "button 1 shows the first answer's source: " + out);
    assertTrue(out.contains("لا أعرف هذا الأمر"), out);
  }

  @Test
  void aFileSentWithALessThanSignIsIngestedForTheOperator() throws Exception {
    Path file = dir.resolve("incoming-article.txt");
    java.nio.file.Files.writeString(
        file,
        "وزير يزور البصرة\nقال وزير النقل إن \"مشروع الميناء سيكتمل خلال عامين كما هو مخطط\".\n");
    CliRun run = chat("< " + file + "\nماذا قال وزير النقل عن مشروع الميناء؟\n");
    assertTrue(run.out().contains("ingested 1"), run.out());
    assertTrue(run.out().contains("مشروع الميناء سيكتمل خلال عامين"), run.out());
  }

  @Test
  void saysPlainlyWhenNothingAnswersAndSuggestsWhatIsCovered() {
    CliRun run = chat("كم عمر الفنانة هيفاء وهبي؟\n");
    assertTrue(run.out().contains("لم أجد في الأخبار المتوفرة ما يجيب عن هذا السؤال."), run.out());
    assertTrue(run.out().contains("صباح النعمان"), run.out());
  }

  @Test
  void saysThereIsNothingMoreBeforeAnyQuestion() {
    CliRun run = chat("المزيد\n");
    assertTrue(run.out().contains("لا توجد إجابات أخرى"), run.out());
  }
}
