package org.naba.feeds;

/**
 * One item of a feed, as the feed states it; every field may be {@code null}.
 *
 * @param guid the item's own identifier (RSS guid, Atom id, JSON Feed id)
 * @param url the article's link
 * @param published ISO 8601, converted from the feed's form (RFC 822 in RSS)
 * @param updated ISO 8601 of the last edit, when the feed says
 * @param summary the item's summary or description (HTML or text)
 * @param content the item's full content (HTML or text), when the feed carries it
 */
record FeedItem(
    String guid,
    String url,
    String title,
    String published,
    String updated,
    String summary,
    String content,
    String author) {}
