package org.naba.tools.quotes;

/**
 * A hand-annotated quotation.
 *
 * @param start offset of the first quoted character in the article body
 * @param end offset just past the last quoted character
 * @param text the quoted words, {@code body.substring(start, end)}
 * @param speaker the speaker, or {@code null} when the article does not make it clear
 * @param role the speaker's role as the article states it, or {@code null}
 */
public record GoldQuote(int start, int end, String text, String speaker, String role) {}
