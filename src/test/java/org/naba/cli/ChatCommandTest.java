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
    int more = out.indexOf("للمزيد من الإجابات اكتب: المزيد");
    int secondPage = out.indexOf("4. ");
    assertTrue(firstPage >= 0 && more > firstPage && secondPage > more, out);
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
