package org.naba.search;

/**
 * A unit found for a question.
 *
 * @param articleSeq the article's store sequence number
 * @param kind sentence or quote
 * @param ordinal the unit's position among the article's units of its kind
 * @param start offset of the unit in the article body
 * @param end offset just past the unit
 * @param score the retrieval score (higher is better; comparable within one search only)
 */
public record Hit(long articleSeq, Unit.Kind kind, int ordinal, int start, int end, float score) {}
