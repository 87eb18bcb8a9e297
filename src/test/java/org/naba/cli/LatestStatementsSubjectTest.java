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
 * "آخر تصريحات أردوغان": a sentence is the president's statement only when he is the subject of its
 * speech verb. Not when he is named inside what someone else reports (قالت وسائل إعلام إن الرئيس
 * أردوغان أحال …), nor when the verb's subject is his adviser (وقال ياسين أقطاي، مستشار الرئيس
 * التركي رجب طيب أردوغان، …): both were listed first, being the newest. Nor when he is whom the
 * subject spoke to, or whose adviser or lawyer spoke (وقال هنت لنظيره …، للرئيس التركي …، محامي …),
 * or one of those between whom something passed (اتصالات بين كوشنر والرئيس …).
 */
class LatestStatementsSubjectTest {

  private static final String OUTLET = "cnn";

  @TempDir Path dir;

  @Test
  void aSentenceIsTheSpeakersOnlyWhenTheyAreTheSubjectOfItsVerb() throws Exception {
    Path news =
        corpus(
            dir.resolve("news.jsonl"),
            line(
                "own-quote",
                OUTLET,
                "أردوغان: إطلاق سراح القس جاء بقرار قضائي",
                "2026-10-16T10:00:00+00:00",
                "وقال الرئيس التركي رجب طيب أردوغان: \"إطلاق سراح القس جاء بقرار من القضاء"
                    + " المستقل\"."),
            line(
                "own-report",
                OUTLET,
                "أردوغان يتحدث عن التحقيق",
                "2026-10-17T10:00:00+00:00",
                "وقال الرئيس التركي، رجب طيب أردوغان، إن المحققين يبحثون في كل الاحتمالات."),
            line(
                "adviser",
                OUTLET,
                "مستشار يكشف تفاصيل الاتصال",
                "2026-10-19T10:00:00+00:00",
                "وقال ياسين أقطاي، مستشار الرئيس التركي رجب طيب أردوغان، إنه تلقى اتصالا في"
                    + " المساء."),
            line(
                "object",
                OUTLET,
                "المبعوث ومناقشاته مع رجب طيب أردوغان",
                "2026-10-19T12:00:00+00:00",
                "لم يؤكد المبعوث الأمريكي تفاصيل أو مناقشات مع أردوغان، لكنه قال إن المحادثات"
                    + " مستمرة."),
            line(
                "counterpart",
                OUTLET,
                "هنت يتصل بنظيره التركي",
                "2026-10-20T09:00:00+00:00",
                "وقال وزير الخارجية البريطاني، جيريمي هنت، لنظيره التركي، رجب طيب أردوغان، إن"
                    + " العلاقات بين البلدين قوية."),
            line(
                "possessor",
                OUTLET,
                "مستشار الرئاسة يعلق",
                "2026-10-20T08:00:00+00:00",
                "وقال المستشار الإعلامي للرئيس التركي رجب طيب أردوغان إن الزيارة تأجلت."),
            line(
                "lawyer",
                OUTLET,
                "محامي الرئاسة يرد",
                "2026-10-20T07:00:00+00:00",
                "وقال محامي رجب طيب أردوغان إن الدعوى ستقدم الأسبوع المقبل."),
            line(
                "between",
                OUTLET,
                "اتصالات البيت الأبيض",
                "2026-10-20T06:00:00+00:00",
                "ولم يؤكد البيت الأبيض سوى اتصالات بين جاريد كوشنر والرئيس التركي رجب طيب"
                    + " أردوغان ووزير الخارجية."),
            line(
                "appointed",
                OUTLET,
                "النادي يعين مدربا جديدا",
                "2026-10-20T05:00:00+00:00",
                "وأعلن النادي في بيان تعيين المستشار السابق رجب طيب أردوغان مدربا للفريق."),
            line(
                "media",
                OUTLET,
                "مشروع قانون جديد في البرلمان",
                "2026-10-19T11:00:00+00:00",
                "قالت وسائل إعلام تركية إن الرئيس رجب طيب أردوغان أحال مشروع قانون إلى"
                    + " البرلمان."));
    try (Naba naba = EmbeddedNaba.withArticles(dir.resolve("data"), news)) {
      List<Answer> answers = naba.answerer().ask("آخر تصريحات أردوغان").answers();
      assertEquals(
          List.of("own-report", "own-quote"), answers.stream().map(a -> a.article().id()).toList());
    }
  }
}
