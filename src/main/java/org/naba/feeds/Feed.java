package org.naba.feeds;

import java.util.List;

/**
 * A parsed feed.
 *
 * @param kind what it was
 * @param items its items, in the feed's order
 */
record Feed(Kind kind, String title, List<FeedItem> items) {

  enum Kind {
    RSS,
    ATOM,
    JSON_FEED,
    NEWS_SITEMAP
  }

  Feed {
    items = List.copyOf(items);
  }
}
