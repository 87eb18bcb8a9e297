package org.naba.telegram;

/** The kinds of Telegram chats, which decide when the bot speaks. */
enum ChatKind {
  PRIVATE,
  GROUP,
  CHANNEL;

  /** The kind of a chat from its Telegram type ("private", "group", "supergroup", "channel"). */
  static ChatKind of(String type) {
    return switch (type == null ? "" : type) {
      case "private" -> PRIVATE;
      case "channel" -> CHANNEL;
      default -> GROUP;
    };
  }
}
