package org.naba.feeds;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The paragraphs of an element as a reader sees them: a block element or a {@code <br>} ends a
 * paragraph; white space (no-break spaces too) collapses to one space.
 */
final class Blocks {

  /**
   * One paragraph.
   *
   * @param linkChars how many of its characters are link text
   */
  record Paragraph(String text, int linkChars) {
    double linkDensity() {
      return text.isEmpty() ? 0 : (double) linkChars / text.length();
    }
  }

  static final Set<String> BLOCK_TAGS =
      Set.of(
          "p",
          "div",
          "section",
          "article",
          "main",
          "header",
          "footer",
          "aside",
          "nav",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "li",
          "ul",
          "ol",
          "dl",
          "dt",
          "dd",
          "blockquote",
          "pre",
          "table",
          "tr",
          "td",
          "th",
          "figure",
          "figcaption",
          "hr",
          "br",
          "form",
          "address",
          "center");

  private Blocks() {}

  static List<Paragraph> of(Element root) {
    Collector c = new Collector();
    NodeTraversor.traverse(c, root);
    c.flush();
    return c.out;
  }

  /** The text of {@code s} with white space collapsed and trimmed. */
  static String clean(String s) {
    return s.replace('\u00a0', ' ')
        .replace('\u200f', ' ')
        .replace('\u200e', ' ')
        .replaceAll("\\s+", " ")
        .strip();
  }

  private static final class Collector implements NodeVisitor {
    final List<Paragraph> out = new ArrayList<>();
    final StringBuilder current = new StringBuilder();
    int links;
    int linkDepth;

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode text) {
        String t = text.getWholeText();
        current.append(t);
        if (linkDepth > 0) {
          links += clean(t).length();
        }
      } else if (node instanceof Element e) {
        if (e.normalName().equals("a")) {
          linkDepth++;
        }
        if (BLOCK_TAGS.contains(e.normalName())) {
          flush();
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element e) {
        if (e.normalName().equals("a")) {
          linkDepth--;
        }
        if (BLOCK_TAGS.contains(e.normalName())) {
          flush();
        } else if (e.normalName().equals("span") || e.normalName().equals("a")) {
          current.append(' ');
        }
      }
    }

    void flush() {
      String text = clean(current.toString());
      if (!text.isEmpty()) {
        out.add(new Paragraph(text, Math.min(links, text.length())));
      }
      current.setLength(0);
      links = 0;
    }
  }
}
