package org.naba.dialogue;

import java.util.List;

/** Buttons under a message, row by row. */
public record Keyboard(List<List<Button>> rows) {

  public static final Keyboard NONE = new Keyboard(List.of());

  public Keyboard {
    rows = rows.stream().filter(r -> !r.isEmpty()).map(List::copyOf).toList();
  }

  /** One button a row. */
  public static Keyboard column(List<Button> buttons) {
    return new Keyboard(buttons.stream().map(List::of).toList());
  }

  public boolean isEmpty() {
    return rows.isEmpty();
  }

  /** Every button, row by row. */
  public List<Button> buttons() {
    return rows.stream().flatMap(List::stream).toList();
  }

  /** A button: its label, and what pressing it asks. */
  public record Button(String label, Callback callback) {}
}
