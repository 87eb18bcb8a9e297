package org.naba.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.MessageEntity;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.message.Message;

class AddressingTest {

  private static final long BOT = 99;
  private final Addressing addressing = new Addressing("Naba_Bot", BOT);

  private static Message text(String text) {
    Message m = new Message();
    m.setMessageId(1);
    m.setChat(new Chat(-5L, "supergroup"));
    m.setText(text);
    return m;
  }

  private Optional<Addressing.Request> read(Message m, org.naba.dialogue.ChatKind kind) {
    return addressing.read(m, kind);
  }

  @Test
  void anyTextInAPrivateChatIsAQuestion() {
    assertEquals(
        Optional.of(new Addressing.Request(null, "من زار مخمور؟")),
        read(text(" من زار مخمور؟ "), org.naba.dialogue.ChatKind.PRIVATE));
  }

  @Test
  void aGroupMessageWithoutMentionIsNotForTheBot() {
    assertTrue(read(text("من زار مخمور؟"), org.naba.dialogue.ChatKind.GROUP).isEmpty());
  }

  @Test
  void aMentionMakesTheRestOfTheMessageTheQuestion() {
    Message m = text("@naba_bot من زار مخمور؟");
    m.setEntities(List.of(new MessageEntity("mention", 0, 9)));
    assertEquals(
        Optional.of(new Addressing.Request(null, "من زار مخمور؟")),
        read(m, org.naba.dialogue.ChatKind.GROUP));
  }

  @Test
  void aCommandNamingTheBotIsForItAndOneNamingAnotherBotIsNot() {
    assertEquals(
        Optional.of(new Addressing.Request("ask", "من زار مخمور؟")),
        read(text("/ask@Naba_Bot من زار مخمور؟"), org.naba.dialogue.ChatKind.GROUP));
    assertTrue(
        read(text("/ask@other_bot من زار مخمور؟"), org.naba.dialogue.ChatKind.GROUP).isEmpty());
  }

  @Test
  void aReplyToTheBotsMessageIsForTheBot() {
    Message bot = text("جواب");
    bot.setFrom(new User(BOT, "Naba", true));
    Message m = text("ومتى حدث ذلك؟");
    m.setReplyToMessage(bot);
    assertEquals(
        Optional.of(new Addressing.Request(null, "ومتى حدث ذلك؟")),
        read(m, org.naba.dialogue.ChatKind.GROUP));
  }

  @Test
  void aChannelPostNeedsAMentionEvenForCommands() {
    assertTrue(read(text("/ask سؤال"), org.naba.dialogue.ChatKind.CHANNEL).isEmpty());
    assertEquals(
        Optional.of(new Addressing.Request(null, "سؤال")),
        read(text("سؤال @naba_bot"), org.naba.dialogue.ChatKind.CHANNEL));
  }

  @Test
  void aMessageWithoutTextIsNotARequest() {
    assertTrue(read(text(null), org.naba.dialogue.ChatKind.PRIVATE).isEmpty());
  }
}
