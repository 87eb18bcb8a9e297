package org.naba.feeds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads RSS 2.0 (and RSS 1.0), Atom 1.0, JSON Feed 1.1 and news sitemaps from decoded text.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>The format is sniffed from the text, not the Content-Type: an object with a jsonfeed.org
 *       {@code version} is a JSON Feed; XML is read by its root element ({@code rss} or {@code
 *       RDF}, {@code feed}, {@code urlset}). An HTML page, a sitemap index or any other root is
 *       refused with a line that says what it is.
 *   <li>XML is read with DTDs and external entities off: a DOCTYPE is skipped, and an entity it
 *       declares (an XXE, a "billion laughs") is an undeclared entity, so the feed is malformed.
 *   <li>Dates become ISO 8601 ({@link FeedDates}); an unreadable date is dropped.
 *   <li>A sitemap's {@code <url>} is an item: its {@code <loc>}, {@code <news:title>}, and {@code
 *       <news:publication_date>} (else {@code <lastmod>}).
 * </ul>
 */
final class FeedParser {

  private static final String CONTENT_MODULE = "http://purl.org/rss/1.0/modules/content/";
  private final XMLInputFactory xml;
  private final ObjectMapper json = new ObjectMapper();

  FeedParser() {
    xml = XMLInputFactory.newDefaultFactory();
    xml.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    xml.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    xml.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    xml.setProperty(XMLInputFactory.IS_COALESCING, true);
    xml.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
  }

  /** Parses {@code text}; throws {@link FeedFormatException} saying what is wrong. */
  Feed parse(String text) {
    String head = text.stripLeading();
    if (head.startsWith("{")) {
      return jsonFeed(text);
    }
    String lower = head.substring(0, Math.min(head.length(), 512)).toLowerCase(Locale.ROOT);
    if (lower.startsWith("<!doctype html") || lower.startsWith("<html")) {
      throw new FeedFormatException("an HTML page, not RSS, Atom, JSON Feed or a news sitemap");
    }
    if (!head.startsWith("<")) {
      throw new FeedFormatException("not XML or JSON (starts with '" + first(head) + "')");
    }
    try {
      XMLStreamReader r = xml.createXMLStreamReader(new StringReader(text));
      try {
        return xmlFeed(r);
      } finally {
        r.close();
      }
    } catch (XMLStreamException e) {
      throw new FeedFormatException("malformed XML: " + oneLine(e.getMessage()), e);
    }
  }

  private static String first(String s) {
    return s.isEmpty() ? "" : s.substring(0, Math.min(20, s.length())).replaceAll("\\s+", " ");
  }

  private static String oneLine(String message) {
    String m = message == null ? "" : message.replaceAll("\\s+", " ").strip();
    return m.length() > 300 ? m.substring(0, 300) + "…" : m;
  }

  private Feed xmlFeed(XMLStreamReader r) throws XMLStreamException {
    while (r.hasNext() && r.next() != XMLStreamConstants.START_ELEMENT) {
      // prolog, comments, the skipped DOCTYPE
    }
    if (!r.isStartElement()) {
      throw new FeedFormatException("an XML document without elements");
    }
    String root = r.getLocalName();
    return switch (root) {
      case "rss", "RDF" -> items(r, Feed.Kind.RSS, "item");
      case "feed" -> items(r, Feed.Kind.ATOM, "entry");
      case "urlset" -> items(r, Feed.Kind.NEWS_SITEMAP, "url");
      case "html" ->
          throw new FeedFormatException("an HTML page, not RSS, Atom, JSON Feed or a news sitemap");
      case "sitemapindex" ->
          throw new FeedFormatException(
              "a sitemap index: add one of the news sitemaps it lists instead");
      default ->
          throw new FeedFormatException(
              "not a feed: XML whose root is <"
                  + root
                  + "> (RSS, Atom or a news sitemap expected)");
    };
  }

  /** Reads every {@code itemName} element below the root, and the feed's title. */
  private Feed items(XMLStreamReader r, Feed.Kind kind, String itemName) throws XMLStreamException {
    List<FeedItem> items = new ArrayList<>();
    String title = null;
    while (r.hasNext()) {
      int event = r.next();
      if (event != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      String name = r.getLocalName();
      if (name.equals(itemName)) {
        items.add(
            switch (kind) {
              case RSS -> rssItem(r);
              case ATOM -> atomEntry(r);
              default -> sitemapUrl(r);
            });
      } else if (name.equals("title") && title == null) {
        title = text(r);
      }
    }
    return new Feed(kind, title, items);
  }

  private FeedItem rssItem(XMLStreamReader r) throws XMLStreamException {
    Fields f = new Fields();
    children(
        r,
        name -> {
          switch (name) {
            case "title" -> f.title = text(r);
            case "link" -> f.url = text(r);
            case "guid" -> f.guid = text(r);
            case "pubDate", "date" -> f.published = firstOf(f.published, text(r));
            case "description" -> f.summary = text(r);
            case "encoded" -> {
              boolean contentModule = CONTENT_MODULE.equals(r.getNamespaceURI());
              String value = text(r);
              if (contentModule) {
                f.content = value;
              }
            }
            case "creator", "author" -> f.author = text(r);
            default -> {
              return false;
            }
          }
          return true;
        });
    return f.item();
  }

  private FeedItem atomEntry(XMLStreamReader r) throws XMLStreamException {
    Fields f = new Fields();
    children(
        r,
        name -> {
          switch (name) {
            case "title" -> f.title = text(r);
            case "id" -> f.guid = text(r);
            case "link" -> {
              String rel = r.getAttributeValue(null, "rel");
              String href = r.getAttributeValue(null, "href");
              if ((rel == null || rel.equals("alternate")) && href != null && f.url == null) {
                f.url = href;
              }
              return false;
            }
            case "published" -> f.published = text(r);
            case "updated" -> f.updated = text(r);
            case "summary" -> f.summary = text(r);
            case "content" -> f.content = text(r);
            case "name" -> f.author = text(r);
            default -> {
              return false;
            }
          }
          return true;
        });
    return f.item();
  }

  private FeedItem sitemapUrl(XMLStreamReader r) throws XMLStreamException {
    Fields f = new Fields();
    children(
        r,
        name -> {
          switch (name) {
            case "loc" -> f.url = text(r);
            case "lastmod" -> f.lastmod = text(r);
            case "publication_date" -> f.published = text(r);
            case "title" -> f.title = text(r);
            default -> {
              return false;
            }
          }
          return true;
        });
    if (f.published == null) {
      f.published = f.lastmod;
    } else {
      f.updated = f.lastmod;
    }
    return f.item();
  }

  /**
   * Reads a child element it knows to its end (true), or leaves it to be descended into (false).
   */
  @FunctionalInterface
  private interface Child {
    boolean read(String name) throws XMLStreamException;
  }

  /** Hands every element below the one just started, at any depth, to {@code child}, to its end. */
  private static void children(XMLStreamReader r, Child child) throws XMLStreamException {
    int depth = 1;
    while (depth > 0 && r.hasNext()) {
      int event = r.next();
      if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else if (event == XMLStreamConstants.START_ELEMENT && !child.read(r.getLocalName())) {
        depth++;
      }
    }
  }

  /** The text inside the current element (nested markup's text included), leaving it closed. */
  private static String text(XMLStreamReader r) throws XMLStreamException {
    StringBuilder out = new StringBuilder();
    int depth = 1;
    while (depth > 0 && r.hasNext()) {
      switch (r.next()) {
        case XMLStreamConstants.START_ELEMENT -> {
          depth++;
          out.append('<').append(r.getLocalName()).append('>');
        }
        case XMLStreamConstants.END_ELEMENT -> {
          depth--;
          if (depth > 0) {
            out.append("</").append(r.getLocalName()).append('>');
          }
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
            out.append(r.getText());
        case XMLStreamConstants.ENTITY_REFERENCE ->
            throw new XMLStreamException(
                "the entity '" + r.getLocalName() + "' is not one of XML's own");
        default -> {
          // comments, processing instructions
        }
      }
    }
    String s = out.toString().strip();
    return s.isEmpty() ? null : s;
  }

  private static String firstOf(String a, String b) {
    return a != null ? a : b;
  }

  private Feed jsonFeed(String text) {
    JsonNode root;
    try {
      root = json.readTree(text);
    } catch (JsonProcessingException e) {
      throw new FeedFormatException("malformed JSON: " + oneLine(e.getOriginalMessage()), e);
    }
    if (root == null
        || !root.isObject()
        || !root.path("version").asText("").contains("jsonfeed.org/version/")) {
      throw new FeedFormatException("JSON that is not a JSON Feed (no jsonfeed.org version)");
    }
    List<FeedItem> items = new ArrayList<>();
    for (JsonNode item : root.path("items")) {
      Fields f = new Fields();
      f.guid = value(item, "id");
      f.url = value(item, "url");
      f.title = value(item, "title");
      f.published = value(item, "date_published");
      f.updated = value(item, "date_modified");
      f.summary = value(item, "summary");
      f.content = firstOf(value(item, "content_html"), value(item, "content_text"));
      JsonNode authors = item.path("authors");
      if (authors.isArray() && !authors.isEmpty()) {
        f.author = value(authors.get(0), "name");
      }
      items.add(f.item());
    }
    return new Feed(Feed.Kind.JSON_FEED, value(root, "title"), items);
  }

  private static String value(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText().strip();
  }

  /** An item being read. */
  private static final class Fields {
    String lastmod;
    String guid;
    String url;
    String title;
    String published;
    String updated;
    String summary;
    String content;
    String author;

    FeedItem item() {
      return new FeedItem(
          guid,
          url,
          title,
          FeedDates.iso(published).orElse(null),
          FeedDates.iso(updated).orElse(null),
          summary,
          content,
          author);
    }
  }
}
