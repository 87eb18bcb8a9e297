package org.naba.dialogue;

import java.util.List;

/** What Naba says back, whatever the surface; each surface renders and sends it. */
public sealed interface Reply {

  /**
   * A new message in the request's chat.
   *
   * @param answersRequest whether it answers the request's message (in groups the surface quotes
   *     that message, so that the asker sees the answer is theirs)
   */
  record Send(Message message, Keyboard keyboard, boolean answersRequest) implements Reply {}

  /** Replaces the message whose button was pressed. */
  record Edit(Message message, Keyboard keyboard) implements Reply {}

  /** The acknowledgement of a button press: a short note, or {@code null} for none. */
  record Toast(String text) implements Reply {}

  /** Answer cards for an inline query, each inserting its message when picked. */
  record Cards(List<Card> cards) implements Reply {
    public Cards {
      cards = List.copyOf(cards);
    }
  }

  /**
   * One inline answer card.
   *
   * @param id unique among the cards of one reply
   */
  record Card(String id, String title, String description, Message message) {}

  static Reply send(Message message) {
    return new Send(message, Keyboard.NONE, true);
  }
}
