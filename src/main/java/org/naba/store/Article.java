package org.naba.store;

/**
 * An article as Naba keeps it.
 *
 * @param id stable identifier (the corpus id, or the seed file's name without extension)
 * @param url canonical link, or {@code null}
 * @param outlet the outlet's display name, or {@code null} when unknown
 * @param title headline
 * @param published ISO 8601 date or date-time as stated by the source, or {@code null}; never
 *     invented
 * @param text the body: one paragraph a line; quote and sentence offsets point into it
 */
public record Article(
    String id, String url, String outlet, String title, String published, String text) {}
