package org.naba.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.naba.cli.ArticleLines.corpus;
import static org.naba.cli.ArticleLines.line;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naba.answer.Answer;

/**
 * A speaker's reported statements when a long role stands between the verb and their name, and the
 * article leaves their lineage out; not a sentence about them (كشفت وثيقة عن اجتماع …).
 */
class LatestStatementsReportedTest {

  private static final String OUTLET = "alwatan";

  @TempDir Path dir;

  @Test
  void aLongRoleMayStandBetweenTheVerbAndTheNameButNotWhatTheVerbIsAbout() throws Exception {
    Path news =
        corpus(
            dir.resolve("news.jsonl"),
            line(
                "quote",
                OUTLET,
                "الخريصي: مرافق الإيواء أساس السياحة",
                "2026-07-23T10:00:00+00:00",
                "وقال ناصر بن أحمد الخريصي: \"مرافق الإيواء أحد أهم عناصر صناعة السياحة\"."),
            line(
                "reported",
                OUTLET,
                "إغلاق 10 منشآت سياحية في تبوك",
                "2026-07-26T10:00:00+00:00",
                "وأوضح مدير فرع الهيئة العامة للسياحة والتراث الوطني بمنطقة تبوك ناصر الخريصي أن"
                    + " هذا القرار جاء تأكيدا على الاهتمام بجودة الخدمات المقدمة."),
            line(
                "about",
                OUTLET,
                "وثيقة مسربة عن اجتماع في تبوك",
                "2026-07-28T10:00:00+00:00",
                "كشفت وثيقة تم تسريبها عن اجتماع مدير فرع الهيئة العامة للسياحة ناصر الخريصي"
                    + " بوفد من المستثمرين في تبوك."));
    try (Naba naba = EmbeddedNaba.withArticles(dir.resolve("data"), news)) {
      List<Answer> answers = naba.answerer().ask("ماذا قال ناصر الخريصي مؤخرا؟").answers();
      assertEquals(
          List.of("reported", "quote"), answers.stream().map(a -> a.article().id()).toList());
    }
  }
}
