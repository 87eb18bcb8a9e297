package org.naba.tools.feeds;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Writes RSS 2.0 feeds of items that carry only a summary (the page holds the text). */
public final class FeedWriter {

  /**
   * One item.
   *
   * @param published ISO 8601 with an offset, or {@code null}
   */
  public record Item(String guid, String link, String title, String published, String summary) {}

  private FeedWriter() {}

  public static String rss(String title, List<Item> items) {
    StringBuilder out = new StringBuilder();
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>")
        .append(xml(title))
        .append("</title>\n");
    for (Item i : items) {
      out.append("<item><title>")
          .append(xml(i.title()))
          .append("</title><link>")
          .append(xml(i.link()))
          .append("</link>");
      if (i.guid() != null) {
        out.append("<guid isPermaLink=\"false\">").append(xml(i.guid())).append("</guid>");
      }
      if (i.published() != null) {
        out.append("<pubDate>").append(rfc822(i.published())).append("</pubDate>");
      }
      out.append("<description>").append(xml(i.summary())).append("</description></item>\n");
    }
    return out.append("</channel></rss>\n").toString();
  }

  /** Escaped, without the control characters XML 1.0 forbids (some corpus titles hold them). */
  private static String xml(String s) {
    return OutletTemplates.esc(s.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", ""));
  }

  static String rfc822(String iso) {
    return DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss xx", Locale.ENGLISH)
        .format(OffsetDateTime.parse(iso));
  }
}
