package org.naba.dialogue;

/** The kinds of chats, which decide when Naba speaks and what it shows. */
public enum ChatKind {
  /** One person and Naba (a private chat, or the terminal). */
  PRIVATE,
  /** A group or supergroup: Naba speaks when addressed. */
  GROUP,
  /** A channel: Naba posts when a post mentions it. */
  CHANNEL
}
