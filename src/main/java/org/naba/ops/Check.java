package org.naba.ops;

/**
 * One readiness check of {@code /readyz}.
 *
 * @param name what is checked (store, index, telegram)
 * @param ok whether it is ready
 * @param detail a short note for the operator
 */
public record Check(String name, boolean ok, String detail) {}
