package org.naba.answer;

import java.util.ArrayList;
import java.util.List;

/** Renders a page of answers as plain text for a terminal, right-to-left safe. */
public final class PlainTextRenderer {

  public String render(AnswerPage page, NoAnswer noAnswer) {
    StringBuilder out = new StringBuilder();
    if (page.set().answers().isEmpty()) {
      line(out, noAnswer.message());
      if (noAnswer.hint() != null) {
        line(out, noAnswer.hint());
      }
      return out.toString();
    }
    for (Answer a : page.answers()) {
      String text = a.text();
      line(out, a.rank() + ". " + (a.kind() == Answer.Kind.QUOTE ? "«" + text + "»" : text));
      List<String> attribution = new ArrayList<>();
      if (a.speaker() != null) {
        attribution.add(a.role() == null ? a.speaker() : a.speaker() + "، " + a.role());
      }
      ArticleRef ref = a.article();
      attribution.add(ref.outlet() == null ? "مصدر غير معروف" : ref.outlet());
      line(out, "   — " + String.join(" | ", attribution));
      String title = ref.title();
      line(
          out,
          "   "
              + title
              + ArabicDateFormat.format(ref.published()).map(d -> " (" + d + ")").orElse(""));
      if (ref.url() != null) {
        line(out, "   " + ref.url());
      }
      if (!a.alsoReportedBy().isEmpty()) {
        line(
            out,
            "   نقلته أيضاً: "
                + String.join("، ", a.alsoReportedBy().stream().map(Source::outlet).toList()));
      }
    }
    if (page.hasMore()) {
      line(out, "للمزيد من الإجابات اكتب: المزيد");
    }
    return out.toString();
  }

  private static void line(StringBuilder out, String line) {
    out.append(Direction.rtl(line)).append('\n');
  }
}
