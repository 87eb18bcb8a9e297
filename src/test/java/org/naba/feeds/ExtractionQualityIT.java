package org.naba.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.naba.SharedData;
import org.naba.tools.feeds.NewsItem;
import org.naba.tools.feeds.NewsItems;
import org.naba.tools.feeds.OutletTemplates;

/**
 * Full-text extraction on a page set built from real articles of the shared data (ant-all: five
 * outlets), each inside one of five outlet templates with navigation, related links, captions,
 * share bars and comments, JSON-LD on two and windows-1256 on two: body token F1 against the known
 * text, no boilerplate sentence in a body, and the date right.
 */
@SharedData
class ExtractionQualityIT {

  static final int PAGES = 500;

  @Test
  void extractsTheKnownTextWithoutBoilerplateAndTheRightDate() {
    List<NewsItem> items =
        NewsItems.read(SharedData.FOLDER.resolve("news/ant-all.jsonl.gz"), PAGES + 50, 50);
    ArticleExtractor extractor =
        new ArticleExtractor(
            new ExtractionRules(
                Map.of(
                    OutletTemplates.LEGACY_HOST,
                    new ExtractionRules.Rule(OutletTemplates.LEGACY_BODY, List.of()))));
    double f1Sum = 0;
    int pages = 0;
    int dated = 0;
    int datesRight = 0;
    List<String> leaks = new ArrayList<>();
    Map<Integer, double[]> byTemplate = new HashMap<>();
    for (int i = 0; i < items.size() && pages < PAGES; i++) {
      NewsItem a = items.get(i);
      int template = pages % OutletTemplates.COUNT;
      if (template >= 3 && !OutletTemplates.fitsWindows1256(a)) {
        continue;
      }
      List<NewsItem> related =
          List.of(items.get((i + 1) % items.size()), items.get((i + 2) % items.size()));
      URI url =
          URI.create(
              "https://"
                  + OutletTemplates.HOSTS.get(template)
                  + "/news/"
                  + a.id().replaceAll("[^A-Za-z0-9-]", "")
                  + ".html");
      OutletTemplates.Page page = OutletTemplates.render(template, a, related, url.toString());
      TextDecoding.Decoded html = TextDecoding.decode(page.bytes(), page.contentType());
      ExtractedPage got = extractor.extract(html.text(), url);
      double f1 = f1(a.text(), got.body());
      f1Sum += f1;
      byTemplate.computeIfAbsent(template, t -> new double[2])[0] += f1;
      byTemplate.get(template)[1]++;
      pages++;
      for (String b : page.boilerplate()) {
        if (got.body().contains(b) && !a.text().contains(b)) {
          leaks.add(a.id() + " (template " + template + "): " + b);
        }
      }
      if (a.published() != null) {
        dated++;
        if (sameDate(a.published(), got.published())) {
          datesRight++;
        }
      }
      assertEquals(url.toString(), got.canonicalUrl().replace(url.getHost(), url.getHost()));
    }
    double f1 = f1Sum / pages;
    double dates = (double) datesRight / dated;
    StringBuilder perTemplate = new StringBuilder();
    byTemplate.forEach(
        (t, s) ->
            perTemplate
                .append(" t")
                .append(t)
                .append('=')
                .append(String.format("%.4f", s[0] / s[1])));
    System.out.printf(
        "extraction: %d pages, body token F1 %.4f (%s), boilerplate leaks %d, dates right %d/%d = %.4f%n",
        pages, f1, perTemplate.toString().strip(), leaks.size(), datesRight, dated, dates);
    assertTrue(f1 >= 0.95, "body token F1 " + f1);
    assertTrue(
        leaks.isEmpty(), "boilerplate in bodies: " + leaks.subList(0, Math.min(10, leaks.size())));
    assertTrue(dates >= 0.98, "dates right " + dates);
  }

  static boolean sameDate(String expected, String got) {
    if (got == null) {
      return false;
    }
    try {
      OffsetDateTime e = OffsetDateTime.parse(expected);
      if (got.length() == 10) {
        return e.toLocalDate().equals(LocalDate.parse(got));
      }
      return e.toInstant().equals(OffsetDateTime.parse(got).toInstant());
    } catch (RuntimeException ex) {
      return got.startsWith(expected.substring(0, Math.min(10, expected.length())));
    }
  }

  /** Token F1 of {@code got} against {@code expected}, tokens split at white space (multisets). */
  static double f1(String expected, String got) {
    Map<String, Integer> want = new HashMap<>();
    int wanted = 0;
    for (String t : expected.split("\\s+")) {
      if (!t.isEmpty()) {
        want.merge(t, 1, Integer::sum);
        wanted++;
      }
    }
    int found = 0;
    int common = 0;
    for (String t : got.split("\\s+")) {
      if (t.isEmpty()) {
        continue;
      }
      found++;
      Integer n = want.get(t);
      if (n != null && n > 0) {
        common++;
        want.put(t, n - 1);
      }
    }
    if (common == 0) {
      return 0;
    }
    double p = (double) common / found;
    double r = (double) common / wanted;
    return 2 * p * r / (p + r);
  }
}
