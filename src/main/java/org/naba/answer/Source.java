package org.naba.answer;

/** Another outlet's article that reports the same statement. */
public record Source(String outlet, String articleId) {}
