package org.naba.quotes;

/**
 * A direct quotation in an article body.
 *
 * @param text the quoted words, exactly {@code body.substring(start, end)} (without the marks)
 * @param start offset of the first quoted character in the body
 * @param end offset just past the last quoted character
 * @param speaker who said it, as the article names them (full name where the article gives it), or
 *     {@code null} when the speaker is not clear
 * @param role the speaker's role as the article states it, or {@code null}
 * @param cue the speech verb or attribution phrase that introduces the quote, or {@code null}
 */
public record Quote(String text, int start, int end, String speaker, String role, String cue) {}
