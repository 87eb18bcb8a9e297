package org.naba.quotes;

/**
 * A candidate quotation and the stretch of its sentence around it.
 *
 * @param span the marked span
 * @param preStart where the text before the quote that may introduce it starts (the sentence start,
 *     the paragraph start or the end of the previous quotation in the sentence)
 * @param postEnd where the text after the quote that may attribute it ends
 * @param followsQuote true when {@code preStart} is the end of a previous quotation in the same
 *     sentence
 * @param paragraph index of the paragraph the quote is in
 * @param wholeParagraph true when the quote is its paragraph (only punctuation around it)
 */
record QuoteContext(
    MarkedSpan span,
    int preStart,
    int postEnd,
    boolean followsQuote,
    int paragraph,
    boolean wholeParagraph) {}
