package org.naba.tools.fakebot;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Updates as Telegram sends them, for pushing into a {@link FakeBotApi}. */
public final class FakeUpdates {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int DATE = 1_700_000_000;

  private FakeUpdates() {}

  /** A text message in a private chat with user {@code userId} (chat id = user id). */
  public static ObjectNode privateText(long userId, int messageId, String text) {
    return wrap("message", message(chat(userId, "private"), user(userId), messageId, text));
  }

  /** A text message in a supergroup; {@code threadId} non-null for a forum topic. */
  public static ObjectNode groupText(
      long chatId, long userId, int messageId, String text, Integer threadId) {
    ObjectNode m = message(chat(chatId, "supergroup"), user(userId), messageId, text);
    if (threadId != null) {
      m.put("message_thread_id", threadId).put("is_topic_message", true);
      ((ObjectNode) m.get("chat")).put("is_forum", true);
    }
    mentions(m, text);
    return wrap("message", m);
  }

  /** A channel post (no sender user). */
  public static ObjectNode channelPost(long chatId, int messageId, String text) {
    ObjectNode m = message(chat(chatId, "channel"), null, messageId, text);
    mentions(m, text);
    return wrap("channel_post", m);
  }

  /** A sticker in a chat of the given type. */
  public static ObjectNode sticker(long chatId, String chatType, long userId, int messageId) {
    ObjectNode m = message(chat(chatId, chatType), user(userId), messageId, null);
    m.set(
        "sticker",
        JSON.createObjectNode()
            .put("file_id", "sticker1")
            .put("file_unique_id", "s1")
            .put("type", "regular")
            .put("width", 512)
            .put("height", 512)
            .put("is_animated", false)
            .put("is_video", false));
    return wrap("message", m);
  }

  /** A document sent in a private chat. */
  public static ObjectNode privateDocument(long userId, int messageId, String fileId, String name) {
    ObjectNode m = message(chat(userId, "private"), user(userId), messageId, null);
    m.set(
        "document",
        JSON.createObjectNode()
            .put("file_id", fileId)
            .put("file_unique_id", "u" + fileId)
            .put("file_name", name));
    return wrap("message", m);
  }

  /** A press of an inline button under the bot's message {@code messageId}. */
  public static ObjectNode callback(long chatId, long userId, int messageId, String data) {
    ObjectNode bot =
        message(chat(chatId, chatId > 0 ? "private" : "supergroup"), null, messageId, "…");
    bot.set(
        "from",
        JSON.createObjectNode()
            .put("id", FakeBotApi.BOT_ID)
            .put("is_bot", true)
            .put("first_name", "Naba")
            .put("username", FakeBotApi.BOT_USERNAME));
    ObjectNode q =
        JSON.createObjectNode()
            .put("id", "cb" + messageId + "-" + data.hashCode())
            .put("chat_instance", "ci" + chatId)
            .put("data", data);
    q.set("from", user(userId));
    q.set("message", bot);
    return wrap("callback_query", q);
  }

  /** An inline query {@code @bot query}. */
  public static ObjectNode inlineQuery(long userId, String id, String query) {
    ObjectNode q = JSON.createObjectNode().put("id", id).put("query", query).put("offset", "");
    q.set("from", user(userId));
    return wrap("inline_query", q);
  }

  /** The bot's membership in a chat changed to {@code status} ("member", "left", "kicked"). */
  public static ObjectNode myChatMember(
      long chatId, String chatType, long byUserId, String status) {
    ObjectNode change = JSON.createObjectNode().put("date", DATE);
    change.set("chat", chat(chatId, chatType));
    change.set("from", user(byUserId));
    ObjectNode bot =
        JSON.createObjectNode()
            .put("id", FakeBotApi.BOT_ID)
            .put("is_bot", true)
            .put("first_name", "Naba")
            .put("username", FakeBotApi.BOT_USERNAME);
    change.set("old_chat_member", JSON.createObjectNode().put("status", "member").set("user", bot));
    change.set("new_chat_member", JSON.createObjectNode().put("status", status).set("user", bot));
    return wrap("my_chat_member", change);
  }

  private static ObjectNode wrap(String kind, ObjectNode body) {
    ObjectNode u = JSON.createObjectNode();
    u.set(kind, body);
    return u;
  }

  private static ObjectNode message(ObjectNode chat, ObjectNode from, int messageId, String text) {
    ObjectNode m = JSON.createObjectNode().put("message_id", messageId).put("date", DATE);
    m.set("chat", chat);
    if (from != null) {
      m.set("from", from);
    }
    if (text != null) {
      m.put("text", text);
      if (text.startsWith("/")) {
        int end = text.indexOf(' ');
        ArrayNode entities = JSON.createArrayNode();
        entities.add(
            JSON.createObjectNode()
                .put("type", "bot_command")
                .put("offset", 0)
                .put("length", end < 0 ? text.length() : end));
        m.set("entities", entities);
      }
    }
    return m;
  }

  /** Adds a mention entity for every {@code @username} in the text. */
  private static void mentions(ObjectNode m, String text) {
    String handle = "@" + FakeBotApi.BOT_USERNAME;
    int at = text.indexOf(handle);
    if (at < 0) {
      return;
    }
    ArrayNode entities = m.has("entities") ? (ArrayNode) m.get("entities") : JSON.createArrayNode();
    entities.add(
        JSON.createObjectNode()
            .put("type", "mention")
            .put("offset", at)
            .put("length", handle.length()));
    m.set("entities", entities);
  }

  private static ObjectNode chat(long id, String type) {
    ObjectNode c = JSON.createObjectNode().put("id", id).put("type", type);
    if (!"private".equals(type)) {
      c.put("title", "مجموعة " + id);
    } else {
      c.put("first_name", "قارئ");
    }
    return c;
  }

  private static ObjectNode user(long id) {
    return JSON.createObjectNode().put("id", id).put("is_bot", false).put("first_name", "قارئ");
  }
}
