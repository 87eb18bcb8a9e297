package org.naba.feeds;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.naba.store.FeedSource;

/**
 * OPML 2.0 subscription lists, as feed readers import and export them: every {@code <outline>} with
 * an {@code xmlUrl} is a source, its {@code text} (or {@code title}) the outlet. Read with DTDs and
 * external entities off.
 */
public final class Opml {

  /** A source of an OPML file. */
  public record Outline(String url, String title) {}

  private Opml() {}

  /** The outlines of {@code text}; throws {@link IllegalArgumentException} when it is not OPML. */
  public static List<Outline> read(String text) {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    List<Outline> out = new ArrayList<>();
    try {
      XMLStreamReader r = f.createXMLStreamReader(new StringReader(text));
      boolean root = true;
      while (r.hasNext()) {
        if (r.next() != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        if (root && !r.getLocalName().equals("opml")) {
          throw new IllegalArgumentException("not OPML: the root is <" + r.getLocalName() + ">");
        }
        root = false;
        if (r.getLocalName().equals("outline")) {
          String url = r.getAttributeValue(null, "xmlUrl");
          if (url != null && !url.isBlank()) {
            String title = r.getAttributeValue(null, "text");
            if (title == null || title.isBlank()) {
              title = r.getAttributeValue(null, "title");
            }
            out.add(new Outline(url.strip(), title == null || title.isBlank() ? null : title));
          }
        }
      }
    } catch (XMLStreamException e) {
      throw new IllegalArgumentException("malformed OPML: " + e.getMessage(), e);
    }
    return out;
  }

  /** The sources as an OPML 2.0 document. */
  public static String write(List<FeedSource> sources) {
    StringBuilder out = new StringBuilder();
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<opml version=\"2.0\">\n")
        .append("  <head><title>Naba sources</title></head>\n")
        .append("  <body>\n");
    for (FeedSource s : sources) {
      String title = s.outlet() == null ? s.url() : s.outlet();
      out.append("    <outline type=\"rss\" text=\"")
          .append(escape(title))
          .append("\" xmlUrl=\"")
          .append(escape(s.url()))
          .append("\"/>\n");
    }
    return out.append("  </body>\n</opml>\n").toString();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
