package org.naba.dialogue;

/**
 * Where a conversation takes place.
 *
 * @param id the chat's id (Telegram's; {@link #TERMINAL_ID} for the terminal)
 * @param kind private, group or channel
 * @param threadId the forum topic a group message belongs to, or {@code null}
 */
public record Chat(long id, ChatKind kind, Integer threadId) {

  /** The terminal's chat id: never a Telegram chat, so nothing is ever sent to it. */
  public static final long TERMINAL_ID = 0;

  public static Chat terminal() {
    return new Chat(TERMINAL_ID, ChatKind.PRIVATE, null);
  }

  public boolean isGroup() {
    return kind != ChatKind.PRIVATE;
  }
}
