package org.naba.dialogue;

/** Who may change a group's settings (its digest): the surface asks its chat (getChatMember). */
@FunctionalInterface
public interface ChatAdmins {

  /** Whether {@code userId} is the creator or an administrator of the group {@code chat}. */
  boolean isAdmin(Chat chat, long userId);
}
