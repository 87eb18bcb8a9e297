package org.naba.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Extracts direct quotations and their speakers from an article body. A pure function. */
public final class QuoteExtractor {

  private static final Pattern MARKED =
      Pattern.compile("«([^«»]{2,}?)»|“([^“”]{2,}?)”|\"([^\"\\n]{2,}?)\"");

  public List<Quote> extract(String body) {
    List<Quote> quotes = new ArrayList<>();
    Matcher m = MARKED.matcher(body);
    while (m.find()) {
      int group = m.group(1) != null ? 1 : m.group(2) != null ? 2 : 3;
      String text = m.group(group);
      if (text.trim().split("\\s+").length < 3) {
        continue;
      }
      quotes.add(new Quote(text, m.start(group), m.end(group), null, null, null));
    }
    return quotes;
  }
}
