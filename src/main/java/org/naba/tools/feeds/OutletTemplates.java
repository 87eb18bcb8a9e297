package org.naba.tools.feeds;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Realistic news pages around a real article: navigation, breadcrumbs, a byline, a captioned
 * picture, a "read also" box, a share bar, related links (titles of other real articles), comments
 * and a footer, in five outlet templates. Two carry JSON-LD, two are windows-1256, one lays its
 * body out with {@code <br>} in a table cell and states its date only in Arabic words.
 */
public final class OutletTemplates {

  public static final int COUNT = 5;
  public static final Charset WINDOWS_1256 = Charset.forName("windows-1256");

  /** The host of each template's outlet (for per-outlet rules). */
  public static final List<String> HOSTS =
      List.of("www.alkhabar.test", "akhbar.test", "www.sahifa.test", "nabd.test", "www.qadim.test");

  /** The per-outlet body selector of the template that needs one (the table layout). */
  public static final String LEGACY_HOST = "www.qadim.test";

  public static final String LEGACY_BODY = "td#NewsBody";

  /**
   * A rendered page.
   *
   * @param contentType the Content-Type header to send
   * @param boilerplate the page's sentences that are not the article
   */
  public record Page(byte[] bytes, String contentType, List<String> boilerplate) {}

  static final String[] COMMENTS = {
    "تعليق من قارئ: هذا الخبر يحتاج إلى متابعة أكثر من الجهات المختصة في البلاد",
    "شكرا على التغطية المستمرة والمميزة للأحداث في المنطقة يا فريق التحرير",
    "أتمنى أن تنشروا المزيد من التفاصيل حول هذا الموضوع في الأيام القادمة"
  };
  static final String CAPTION = "صورة أرشيفية من موقع الحدث التقطها مصور الوكالة";
  static final String[] MENU = {"الرئيسية", "سياسة", "اقتصاد", "رياضة", "ثقافة وفن", "منوعات"};
  static final String FOOTER = "جميع الحقوق محفوظة لشبكة الأخبار العربية ويمنع النسخ دون إذن مسبق";
  static final String SHARE = "شارك عبر فيسبوك تويتر واتساب";

  private OutletTemplates() {}

  /** Whether {@code item} can be written in windows-1256 (the templates that use it). */
  public static boolean fitsWindows1256(NewsItem item) {
    return WINDOWS_1256.newEncoder().canEncode(item.title() + item.text());
  }

  public static Page render(int template, NewsItem a, List<NewsItem> related, String pageUrl) {
    List<String> boilerplate = new ArrayList<>();
    boilerplate.add(CAPTION);
    boilerplate.add(FOOTER);
    for (String c : COMMENTS) {
      boilerplate.add(c);
    }
    for (NewsItem r : related) {
      boilerplate.add(r.title());
    }
    String html =
        switch (template) {
          case 0 -> jsonLdOneLine(a, related, pageUrl);
          case 1 -> jsonLdGraph(a, related, pageUrl);
          case 2 -> openGraph(a, related, pageUrl);
          case 3 -> windows1256Time(a, related, pageUrl);
          default -> legacyTable(a, related, pageUrl);
        };
    return switch (template) {
      case 3 -> new Page(html.getBytes(WINDOWS_1256), "text/html", boilerplate);
      case 4 ->
          new Page(html.getBytes(WINDOWS_1256), "text/html; charset=windows-1256", boilerplate);
      default ->
          new Page(html.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8", boilerplate);
    };
  }

  static String esc(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  static String json(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '<' -> out.append("\\u003c");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  private static String nav() {
    StringBuilder out =
        new StringBuilder("<header class=\"site-header\"><nav class=\"main-menu\"><ul>");
    for (String m : MENU) {
      out.append("<li><a href=\"/section/")
          .append(m.length())
          .append("\">")
          .append(m)
          .append("</a></li>");
    }
    return out.append("</ul></nav></header>").toString();
  }

  private static String relatedBox(List<NewsItem> related, String cls) {
    StringBuilder out =
        new StringBuilder("<section class=\"" + cls + "\"><h3>أخبار ذات صلة</h3><ul>");
    for (NewsItem r : related) {
      out.append("<li><a href=\"")
          .append(esc(r.url()))
          .append("\">")
          .append(esc(r.title()))
          .append("</a></li>");
    }
    return out.append("</ul></section>").toString();
  }

  private static String comments(String cls, String item) {
    StringBuilder out = new StringBuilder("<div class=\"" + cls + "\"><h3>التعليقات (3)</h3>");
    for (String c : COMMENTS) {
      out.append("<div class=\"")
          .append(item)
          .append("\"><span class=\"user\">زائر</span><p>")
          .append(c)
          .append("</p></div>");
    }
    return out.append("</div>").toString();
  }

  private static String footer() {
    return "<footer class=\"site-footer\"><p>" + FOOTER + "</p></footer>";
  }

  private static String readAlso(List<NewsItem> related) {
    NewsItem r = related.isEmpty() ? null : related.get(0);
    return r == null
        ? ""
        : "<div class=\"read-also\"><span>اقرأ أيضاً</span><a href=\""
            + esc(r.url())
            + "\">"
            + esc(r.title())
            + "</a></div>";
  }

  private static String paragraphs(NewsItem a, List<NewsItem> related, boolean readAlso) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < a.paragraphs().size(); i++) {
      out.append("<p>").append(esc(a.paragraphs().get(i))).append("</p>\n");
      if (i == 1 && readAlso) {
        out.append(readAlso(related));
      }
    }
    return out.toString();
  }

  private static String figure() {
    return "<figure class=\"article-image\"><img src=\"/img/1.jpg\" alt=\"\"><figcaption>"
        + CAPTION
        + "</figcaption></figure>";
  }

  private static String jsonLdOneLine(NewsItem a, List<NewsItem> related, String url) {
    String ld =
        "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":"
            + json(a.title())
            + ",\"articleBody\":"
            + json(String.join(" ", a.paragraphs()))
            + (a.published() == null ? "" : ",\"datePublished\":" + json(a.published()))
            + ",\"author\":{\"@type\":\"Person\",\"name\":\"محرر الشؤون السياسية\"},\"url\":"
            + json(url)
            + "}";
    return "<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\"><title>"
        + esc(a.title())
        + " | الخبر</title><link rel=\"canonical\" href=\""
        + esc(url)
        + "\">"
        + "<script type=\"application/ld+json\">"
        + ld
        + "</script></head><body>"
        + nav()
        + "<div class=\"breadcrumb\"><a href=\"/\">الرئيسية</a> › <a href=\"/news\">أخبار</a></div>"
        + "<main><article><h1>"
        + esc(a.title())
        + "</h1><div class=\"byline\">محرر الشؤون السياسية</div>"
        + figure()
        + "<div class=\"article-body\">"
        + paragraphs(a, related, true)
        + "</div>"
        + "<div class=\"share-bar\"><a href=\"#\">"
        + SHARE
        + "</a></div></article>"
        + relatedBox(related, "related-news")
        + comments("comments", "comment")
        + "</main>"
        + footer()
        + "</body></html>";
  }

  private static String jsonLdGraph(NewsItem a, List<NewsItem> related, String url) {
    String ld =
        "{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"أخبار\"},"
            + "{\"@type\":[\"NewsArticle\"],\"headline\":"
            + json(a.title())
            + ",\"articleBody\":"
            + json(a.text())
            + (a.published() == null ? "" : ",\"datePublished\":" + json(a.published()))
            + ",\"mainEntityOfPage\":{\"@id\":"
            + json(url)
            + "}}]}";
    return "<!DOCTYPE html><html lang=\"ar\"><head><meta charset=\"utf-8\"><meta property=\"og:title\" content=\""
        + esc(a.title())
        + "\"><meta property=\"og:url\" content=\""
        + esc(url)
        + "\"><script type=\"application/ld+json\">"
        + ld
        + "</script></head><body>"
        + nav()
        + "<div id=\"page\"><div class=\"story\"><h1 class=\"story-title\">"
        + esc(a.title())
        + "</h1>"
        + figure()
        + "<div class=\"story-text\">"
        + paragraphs(a, related, true)
        + "</div><ul class=\"tags\"><li>سياسة</li><li>العراق</li></ul></div><aside class=\"sidebar\">"
        + relatedBox(related, "most-read")
        + "</aside>"
        + comments("comment-section", "comment-item")
        + "</div>"
        + footer()
        + "</body></html>";
  }

  private static String openGraph(NewsItem a, List<NewsItem> related, String url) {
    StringBuilder body = new StringBuilder();
    for (String p : a.paragraphs()) {
      body.append("<div data-component=\"text-block\"><p>").append(esc(p)).append("</p></div>");
    }
    return "<html><head><meta charset=\"utf-8\"><meta property=\"og:title\" content=\""
        + esc(a.title())
        + "\">"
        + (a.published() == null
            ? ""
            : "<meta property=\"article:published_time\" content=\"" + a.published() + "\">")
        + "<link rel=\"canonical\" href=\""
        + esc(url)
        + "\"></head><body>"
        + nav()
        + "<main role=\"main\"><div class=\"container\"><h1>"
        + esc(a.title())
        + "</h1>"
        + "<div class=\"social-links\"><a href=\"#\">"
        + SHARE
        + "</a></div>"
        + figure()
        + "<div class=\"content\">"
        + body
        + "</div>"
        + relatedBox(related, "related-topics")
        + "</div></main>"
        + comments("comment-list", "comment-item")
        + footer()
        + "</body></html>";
  }

  private static String windows1256Time(NewsItem a, List<NewsItem> related, String url) {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < a.paragraphs().size(); i++) {
      body.append("<p>").append(esc(a.paragraphs().get(i))).append("</p>\n");
      if (i == 0 && !related.isEmpty()) {
        body.append("<p><strong>اقرأ أيضا:</strong> <a href=\"")
            .append(esc(related.get(0).url()))
            .append("\">")
            .append(esc(related.get(0).title()))
            .append("</a></p>");
      }
    }
    return "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\">"
        + "<title>"
        + esc(a.title())
        + "</title><link rel=\"canonical\" href=\""
        + esc(url)
        + "\"></head><body>"
        + nav()
        + "<div id=\"wrapper\"><div class=\"post\"><h2 class=\"post-title\">"
        + esc(a.title())
        + "</h2>"
        + (a.published() == null
            ? ""
            : "<time datetime=\""
                + a.published()
                + "\">"
                + a.published().substring(0, 10)
                + "</time>")
        + "<div class=\"entry\">"
        + body
        + "</div>"
        + "<div class=\"sharebar\">"
        + SHARE
        + "</div></div>"
        + relatedBox(related, "related-posts")
        + comments("comments-area", "comment-body")
        + "</div>"
        + footer()
        + "</body></html>";
  }

  private static final String[] MONTHS = {
    "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
    "نوفمبر", "ديسمبر"
  };

  /** The date as an Arabic byline writes it ("18 فبراير 2018"), or "" without one. */
  static String arabicDate(String published) {
    if (published == null) {
      return "";
    }
    LocalDate d;
    try {
      d = OffsetDateTime.parse(published).toLocalDate();
    } catch (DateTimeParseException e) {
      try {
        d = LocalDate.parse(published.substring(0, 10));
      } catch (DateTimeParseException | StringIndexOutOfBoundsException e2) {
        return "";
      }
    }
    return d.getDayOfMonth() + " " + MONTHS[d.getMonthValue() - 1] + " " + d.getYear();
  }

  private static String legacyTable(NewsItem a, List<NewsItem> related, String url) {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < a.paragraphs().size(); i++) {
      if (i > 0) {
        body.append("<br><br>\n");
      }
      body.append(esc(a.paragraphs().get(i)));
    }
    StringBuilder links = new StringBuilder();
    for (NewsItem r : related) {
      links
          .append("<a href=\"")
          .append(esc(r.url()))
          .append("\">")
          .append(esc(r.title()))
          .append("</a><br>");
    }
    return "<html><head><title>"
        + esc(a.title())
        + "</title></head><body><table width=\"100%\"><tr>"
        + "<td class=\"menu\">"
        + String.join(" | ", MENU)
        + "</td></tr><tr><td>"
        + "<span class=\"news-title\"><b>"
        + esc(a.title())
        + "</b></span><br>"
        + "<span class=\"news-date\">"
        + arabicDate(a.published())
        + "</span></td></tr>"
        + "<tr><td id=\"NewsBody\">"
        + body
        + "</td></tr><tr><td class=\"related\">"
        + links
        + "</td></tr><tr><td>"
        + CAPTION.substring(0, 0)
        + footer()
        + "</td></tr></table></body></html>";
  }
}
