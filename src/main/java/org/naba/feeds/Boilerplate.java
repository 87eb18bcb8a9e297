package org.naba.feeds;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.naba.text.ArabicNormalizer;

/**
 * What is not the article on a news page: menus, "read also" blocks, captions, share bars,
 * comments, related links, bylines, ads.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>Elements that never hold the body go: scripts, styles, forms, navigation, headers, footers,
 *       asides, figures and their captions, frames, media, and those marked hidden or given a
 *       navigation, banner, footer or aside role.
 *   <li>An element goes when a word of its class or id (split at spaces, dashes and underscores) is
 *       one of {@link #CLASS_WORDS} (comment, share, related, menu, caption …) or it contains one
 *       of {@link #CLASS_PARTS} (readalso, sharebar …).
 *   <li>A paragraph goes when more than half of it is link text, or it opens with an Arabic
 *       boilerplate phrase ({@link #PHRASES}: اقرأ أيضا، شاهد أيضا، تابعونا على …, compared after
 *       normalisation), or it is a short line (four words at most) opening with one of {@link
 *       #SHORT_PHRASES} (شارك، التعليقات …), which also open real sentences.
 * </ul>
 */
final class Boilerplate {

  static final String JUNK_TAGS =
      "script, style, noscript, template, iframe, form, button, input, select, textarea, svg,"
          + " canvas, nav, header, footer, aside, figure, figcaption, picture, video, audio,"
          + " object, embed, [hidden], [aria-hidden=true], [role=navigation], [role=banner],"
          + " [role=contentinfo], [role=complementary], [role=dialog]";

  static final Set<String> CLASS_WORDS =
      Set.of(
          "comment",
          "comments",
          "share",
          "sharing",
          "social",
          "related",
          "also",
          "readmore",
          "sidebar",
          "widget",
          "widgets",
          "menu",
          "nav",
          "navbar",
          "navigation",
          "breadcrumb",
          "breadcrumbs",
          "footer",
          "caption",
          "credit",
          "credits",
          "advert",
          "advertisement",
          "ads",
          "ad",
          "promo",
          "newsletter",
          "subscribe",
          "popular",
          "trending",
          "recommended",
          "tags",
          "tag",
          "keywords",
          "byline",
          "author",
          "date",
          "time",
          "timestamp",
          "meta",
          "print",
          "toolbar",
          "banner",
          "cookie",
          "modal",
          "popup",
          "outbrain",
          "taboola",
          "disqus",
          "sponsored",
          "more",
          "latest",
          "ticker",
          "hidden",
          "rating",
          "gallery");

  static final List<String> CLASS_PARTS =
      List.of("readalso", "sharebar", "socialbar", "mostread", "relatednews");

  static final List<String> PHRASES =
      List.of(
          "اقرأ أيضا",
          "اقرأ ايضا",
          "إقرأ أيضا",
          "اقرا ايضا",
          "شاهد أيضا",
          "طالع أيضا",
          "اقرأ المزيد",
          "تابعونا على",
          "مواضيع ذات صلة",
          "أخبار ذات صلة",
          "الأكثر قراءة",
          "أضف تعليق",
          "اضغط هنا",
          "حمل تطبيق",
          "كلمات مفتاحية",
          "الوسوم:");

  /** Openings that are boilerplate only in a short line ("شارك", "التعليقات (3)"). */
  static final List<String> SHORT_PHRASES = List.of("شارك", "اشترك", "التعليقات", "تعليقات");

  private static final int SHORT_WORDS = 4;

  private static final Pattern WORD_SPLIT = Pattern.compile("[\\s_-]+");
  private static final List<String> NORMALISED_PHRASES =
      PHRASES.stream().map(ArabicNormalizer::normalize).toList();
  private static final List<String> NORMALISED_SHORT =
      SHORT_PHRASES.stream().map(ArabicNormalizer::normalize).toList();

  private Boilerplate() {}

  /** Removes from {@code doc} every element that is not the article. */
  static void strip(Document doc) {
    doc.select(JUNK_TAGS).remove();
    for (Element e : doc.body() == null ? List.<Element>of() : doc.body().select("[class], [id]")) {
      if (e.parent() != null && isBoilerplate(e)) {
        e.remove();
      }
    }
  }

  static boolean isBoilerplate(Element e) {
    if (e.normalName().equals("body") || e.normalName().equals("html")) {
      return false;
    }
    String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
    for (String word : WORD_SPLIT.split(names)) {
      if (CLASS_WORDS.contains(word)) {
        return true;
      }
    }
    String joined = names.replaceAll("[\\s_-]+", "");
    for (String part : CLASS_PARTS) {
      if (joined.contains(part)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a paragraph is boilerplate by its words or its links. */
  static boolean isBoilerplate(Blocks.Paragraph p) {
    if (p.linkDensity() > 0.5) {
      return true;
    }
    String n = ArabicNormalizer.normalize(p.text());
    for (String phrase : NORMALISED_PHRASES) {
      if (n.startsWith(phrase)) {
        return true;
      }
    }
    if (p.text().split("\\s+").length <= SHORT_WORDS) {
      for (String phrase : NORMALISED_SHORT) {
        if (n.startsWith(phrase)) {
          return true;
        }
      }
    }
    return false;
  }
}
