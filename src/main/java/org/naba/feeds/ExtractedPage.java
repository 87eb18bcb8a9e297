package org.naba.feeds;

/**
 * What a page gave.
 *
 * @param canonicalUrl the page's canonical URL ({@link CanonicalUrls}), or the URL fetched
 * @param title its headline, or {@code null}
 * @param published ISO 8601, or {@code null} when the page states no date
 * @param body the article's text, one paragraph a line; empty when none was found
 * @param method which step found the body: {@code json-ld}, {@code selectors} or {@code
 *     readability}
 */
record ExtractedPage(
    String canonicalUrl,
    String title,
    String published,
    String author,
    String body,
    String method) {}
