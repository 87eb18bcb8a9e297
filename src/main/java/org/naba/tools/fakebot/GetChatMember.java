package org.naba.tools.fakebot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * getChatMember: the member's status as set with {@link FakeBotApi#setMemberStatus} ("member"
 * unless set), with the fields Telegram sends for that status.
 */
final class GetChatMember implements Route {
  @Override
  public JsonNode handle(JsonNode params, FakeBotApi api) {
    long chatId = params.path("chat_id").asLong();
    long userId = params.path("user_id").asLong();
    String status = api.memberStatus(chatId, userId);
    ObjectNode member = api.json().createObjectNode().put("status", status);
    member
        .putObject("user")
        .put("id", userId)
        .put("is_bot", false)
        .put("first_name", "User " + userId);
    if ("creator".equals(status)) {
      member.put("is_anonymous", false);
    } else if ("administrator".equals(status)) {
      for (String right :
          new String[] {
            "can_be_edited",
            "is_anonymous",
            "can_manage_chat",
            "can_delete_messages",
            "can_manage_video_chats",
            "can_restrict_members",
            "can_promote_members",
            "can_change_info",
            "can_invite_users",
            "can_post_stories",
            "can_edit_stories",
            "can_delete_stories"
          }) {
        member.put(right, false);
      }
    }
    return member;
  }
}
