package org.naba.feeds;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.naba.ingest.ArabicDateFinder;

/**
 * Finds the article in a news page: its body with paragraph breaks, headline, date and canonical
 * URL, without the page's menus, related links, captions, share bars or comments.
 *
 * <p>Steps, in order:
 *
 * <ol>
 *   <li>JSON-LD ({@link JsonLd}): headline, {@code articleBody}, {@code datePublished}, author. An
 *       {@code articleBody} on one line takes the page's paragraphs instead when they say the same
 *       words (so that paragraph breaks survive).
 *   <li>OpenGraph and meta tags for the title and date ({@code og:title}, {@code
 *       article:published_time}, {@code itemprop=datePublished} …), then a {@code <time datetime>},
 *       then a date written in Arabic in the page's byline ({@link ArabicDateFinder}). The outlet's
 *       CSS selectors ({@link ExtractionRules}) say where the body is.
 *   <li>Else a readability-style search: after {@link Boilerplate#strip}, every paragraph of 25
 *       characters or more scores its container (1, plus its commas, plus a point per 100
 *       characters up to 3), half that to the container's parent; each score shrinks by the
 *       container's link density; the best container's paragraphs are the body.
 * </ol>
 *
 * <p>Every body paragraph passes {@link Boilerplate#isBoilerplate(Blocks.Paragraph)}, and a
 * paragraph that repeats the headline is dropped.
 */
final class ArticleExtractor {

  private static final int MIN_PARAGRAPH = 25;
  private static final int MIN_LD_BODY = 150;
  private static final double SAME_WORDS = 0.8;
  private static final String[] DATE_META = {
    "meta[property=article:published_time]",
    "meta[property=og:published_time]",
    "meta[itemprop=datePublished]",
    "meta[name=pubdate]",
    "meta[name=publishdate]",
    "meta[name=publish-date]",
    "meta[name=date]",
    "meta[name=DC.date.issued]",
    "meta[name=sailthru.date]",
    "meta[name=article:published_time]"
  };

  private final ExtractionRules rules;
  private final ArabicDateFinder arabicDates = new ArabicDateFinder();

  ArticleExtractor(ExtractionRules rules) {
    this.rules = rules;
  }

  ExtractedPage extract(String html, URI url) {
    Document doc = Jsoup.parse(html, url.toString());
    Optional<JsonLd.Article> ld = JsonLd.of(doc);
    String canonical = canonical(doc, ld, url);
    String title = ld.map(JsonLd.Article::headline).orElseGet(() -> title(doc));
    String published =
        ld.map(JsonLd.Article::published)
            .flatMap(FeedDates::iso)
            .or(() -> metaDate(doc))
            .orElse(null);
    String author = ld.map(JsonLd.Article::author).orElse(null);
    Document clean = doc.clone();
    Optional<ExtractionRules.Rule> rule = rules.forHost(url.getHost());
    rule.ifPresent(r -> r.drop().forEach(selector -> clean.select(selector).remove()));
    if (published == null) {
      published = arabicDate(clean).orElse(null);
    }
    Boilerplate.strip(clean);
    List<String> dom =
        rule.map(r -> selected(clean, r.body()))
            .filter(p -> !p.isEmpty())
            .orElseGet(() -> readability(clean));
    String method =
        rule.isPresent() && !selected(clean, rule.get().body()).isEmpty()
            ? "selectors"
            : "readability";
    List<String> body = dom;
    String ldBody = ld.map(JsonLd.Article::body).orElse(null);
    if (ldBody != null && ldBody.strip().length() >= MIN_LD_BODY) {
      List<String> fromLd = ldParagraphs(ldBody);
      if (fromLd.size() > 1 || overlap(dom, fromLd) < SAME_WORDS) {
        body = fromLd;
      }
      method = "json-ld";
    }
    body = withoutTitle(body, title);
    return new ExtractedPage(
        canonical,
        title == null ? null : Blocks.clean(title),
        published,
        author,
        String.join("\n", body),
        method);
  }

  private static String canonical(Document doc, Optional<JsonLd.Article> ld, URI url) {
    List<String> candidates = new ArrayList<>();
    Element link = doc.selectFirst("link[rel=canonical][href]");
    if (link != null) {
      candidates.add(link.attr("abs:href"));
    }
    Element og = doc.selectFirst("meta[property=og:url][content]");
    if (og != null) {
      candidates.add(
          og.attr("abs:content").isEmpty() ? og.attr("content") : og.attr("abs:content"));
    }
    ld.map(JsonLd.Article::url).ifPresent(candidates::add);
    candidates.add(url.toString());
    for (String c : candidates) {
      Optional<String> canonical = CanonicalUrls.of(c, url);
      if (canonical.isPresent()) {
        return canonical.get();
      }
    }
    return url.toString();
  }

  private static String title(Document doc) {
    Element og = doc.selectFirst("meta[property=og:title][content]");
    if (og != null && !og.attr("content").isBlank()) {
      return og.attr("content");
    }
    Element h1 = doc.selectFirst("h1");
    if (h1 != null && !h1.text().isBlank()) {
      return h1.text();
    }
    return doc.title().isBlank() ? null : doc.title();
  }

  private static Optional<String> metaDate(Document doc) {
    for (String selector : DATE_META) {
      Element meta = doc.selectFirst(selector + "[content]");
      if (meta != null) {
        Optional<String> iso = FeedDates.iso(meta.attr("content"));
        if (iso.isPresent()) {
          return iso;
        }
      }
    }
    for (Element time : doc.select("time[datetime]")) {
      Optional<String> iso = FeedDates.iso(time.attr("datetime"));
      if (iso.isPresent()) {
        return iso;
      }
    }
    return Optional.empty();
  }

  /** A date written in Arabic in a byline-like element (class or id naming a date or time). */
  private Optional<String> arabicDate(Document doc) {
    for (Element e :
        doc.select(
            "[class*=date], [class*=time], [class*=byline], [class*=meta], [id*=date], time")) {
      Optional<String> found = arabicDates.find(e.text()).map(Object::toString);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private static List<String> selected(Document doc, String selector) {
    List<String> out = new ArrayList<>();
    for (Element e : doc.select(selector)) {
      for (Blocks.Paragraph p : Blocks.of(e)) {
        if (!Boilerplate.isBoilerplate(p)) {
          out.add(p.text());
        }
      }
    }
    return out;
  }

  private static List<String> readability(Document doc) {
    if (doc.body() == null) {
      return List.of();
    }
    Map<Element, Double> scores = new HashMap<>();
    for (Element e : doc.body().select("p, div, td, section, article, blockquote")) {
      String own =
          e.normalName().equals("p") || e.normalName().equals("blockquote") ? e.text() : ownText(e);
      if (own.length() < MIN_PARAGRAPH) {
        continue;
      }
      double score = 1 + commas(own) + Math.min(own.length() / 100.0, 3);
      boolean paragraph = e.normalName().equals("p") || e.normalName().equals("blockquote");
      Element container = paragraph ? e.parent() : e;
      if (container == null) {
        continue;
      }
      scores.merge(container, score, Double::sum);
      if (container.parent() != null) {
        scores.merge(container.parent(), score / 2, Double::sum);
      }
    }
    Element best = null;
    double bestScore = 0;
    for (Map.Entry<Element, Double> s : scores.entrySet()) {
      double score = s.getValue() * (1 - linkDensity(s.getKey()));
      if (score > bestScore) {
        bestScore = score;
        best = s.getKey();
      }
    }
    if (best == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (Blocks.Paragraph p : Blocks.of(best)) {
      if (!Boilerplate.isBoilerplate(p)) {
        out.add(p.text());
      }
    }
    return out;
  }

  /** The element's own text: its text nodes, not its children's (a {@code <br>}-laid body). */
  private static String ownText(Element e) {
    StringBuilder out = new StringBuilder();
    for (TextNode t : e.textNodes()) {
      out.append(t.text()).append(' ');
    }
    return Blocks.clean(out.toString());
  }

  private static int commas(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ',' || c == '،') {
        n++;
      }
    }
    return n;
  }

  private static double linkDensity(Element e) {
    int total = e.text().length();
    if (total == 0) {
      return 0;
    }
    int links = 0;
    for (Element a : e.select("a")) {
      links += a.text().length();
    }
    return Math.min(1, (double) links / total);
  }

  private static List<String> ldParagraphs(String body) {
    String text =
        body.contains("<") && body.contains(">")
            ? String.join(
                "\n",
                Blocks.of(Jsoup.parseBodyFragment(body).body()).stream()
                    .map(Blocks.Paragraph::text)
                    .toList())
            : org.jsoup.parser.Parser.unescapeEntities(body, false);
    List<String> out = new ArrayList<>();
    for (String line : text.split("\\r?\\n|\\r")) {
      String clean = Blocks.clean(line);
      if (!clean.isEmpty()) {
        out.add(clean);
      }
    }
    return out;
  }

  /** Of the words of {@code b}, the share that {@code a} also has. */
  static double overlap(List<String> a, List<String> b) {
    Set<String> mine = new HashSet<>();
    for (String p : a) {
      for (String w : p.split("\\s+")) {
        mine.add(w);
      }
    }
    int total = 0;
    int shared = 0;
    for (String p : b) {
      for (String w : p.split("\\s+")) {
        total++;
        if (mine.contains(w)) {
          shared++;
        }
      }
    }
    return total == 0 ? 0 : (double) shared / total;
  }

  private static List<String> withoutTitle(List<String> body, String title) {
    if (title == null) {
      return body;
    }
    String t = Blocks.clean(title);
    return body.stream().filter(p -> !p.equals(t)).toList();
  }
}
