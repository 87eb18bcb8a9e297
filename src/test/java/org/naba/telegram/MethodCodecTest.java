package org.naba.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.Serializable;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.naba.dialogue.Callback;
import org.naba.dialogue.Keyboard;
import org.naba.dialogue.Message;
import org.naba.dialogue.Reply;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.groupadministration.LeaveChat;

class MethodCodecTest {

  private final MethodCodec codec = new MethodCodec();

  /** Every request Replies makes, with buttons, a quote, a topic and inline cards. */
  private static List<BotApiMethod<? extends Serializable>> replies() {
    java.util.ArrayList<Outgoing> out = new java.util.ArrayList<>();
    Replies replies = new Replies(out::add, new TelegramHtml());
    Keyboard keys =
        Keyboard.column(List.of(new Keyboard.Button("المزيد", new Callback.More(12, 1))));
    Replies.Origin group = new Replies.Origin(-100L, true, 7, 55, 66, "cb-1", null);
    replies.write(group, new Reply.Send(Message.line("قال \"نعم\" <b>"), keys, true));
    replies.write(group, new Reply.Edit(Message.line("نص"), keys));
    replies.write(group, new Reply.Toast("تم"));
    replies.write(
        new Replies.Origin(null, false, null, null, null, null, "in-1"),
        new Reply.Cards(List.of(new Reply.Card("c1", "عنوان", "وصف", Message.line("نص")))));
    return out.stream().<BotApiMethod<? extends Serializable>>map(Outgoing::method).toList();
  }

  @Test
  void everyRequestARepliesMakesComesBackEqualFromItsJson() {
    List<BotApiMethod<? extends Serializable>> methods = replies();
    assertEquals(
        List.of(
            org.telegram.telegrambots.meta.api.methods.send.SendMessage.PATH,
            org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText.PATH,
            org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery.PATH,
            org.telegram.telegrambots.meta.api.methods.AnswerInlineQuery.PATH),
        methods.stream().map(BotApiMethod::getMethod).toList());
    for (BotApiMethod<? extends Serializable> m : methods) {
      assertEquals(m, codec.decode(m.getMethod(), codec.encode(m)), m.getMethod());
    }
  }

  @Test
  void aRequestRepliesAreNotMadeOfIsRefused() {
    assertThrows(
        IllegalArgumentException.class, () -> codec.encode(LeaveChat.builder().chatId(1L).build()));
    assertThrows(IllegalArgumentException.class, () -> codec.decode("leaveChat", "{}"));
  }
}
