package org.naba.telegram;

/** Who the bot is, as getMe tells it: its user id and its username (without @). */
public record BotIdentity(long id, String username) {}
