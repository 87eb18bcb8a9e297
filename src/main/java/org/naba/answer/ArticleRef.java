package org.naba.answer;

/** The article an answer comes from. {@code published} and {@code url} may be {@code null}. */
public record ArticleRef(String id, String title, String outlet, String published, String url) {}
