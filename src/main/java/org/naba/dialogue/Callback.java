package org.naba.dialogue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What a button asks when pressed, and its wire form (Telegram's {@code callback_data}, at most
 * {@link #MAX_BYTES} bytes of UTF-8).
 *
 * <p>Forms: {@code m:QUESTION:PAGE} the next page of a question's answers; {@code s:QUESTION:RANK}
 * an answer's source in context; {@code w:NAME} a speaker's newest statements; {@code
 * o:QUESTION:RANK} how the other outlets of an answer's story worded it. Buttons already sent keep
 * working as long as these forms do.
 */
public sealed interface Callback {

  /** Telegram's limit on callback data. */
  int MAX_BYTES = 64;

  /** The wire form. */
  String data();

  /** Page {@code page} (zero-based) of the answers to remembered question {@code questionId}. */
  record More(long questionId, int page) implements Callback {
    @Override
    public String data() {
      return "m:" + questionId + ":" + page;
    }
  }

  /** Answer {@code rank} of remembered question {@code questionId}, in its article's context. */
  record Source(long questionId, int rank) implements Callback {
    @Override
    public String data() {
      return "s:" + questionId + ":" + rank;
    }
  }

  /** How the other outlets of answer {@code rank}'s story worded it, where they worded it apart. */
  record Wordings(long questionId, int rank) implements Callback {
    @Override
    public String data() {
      return "o:" + questionId + ":" + rank;
    }
  }

  /** The newest statements of a speaker. */
  record Speaker(String name) implements Callback {
    @Override
    public String data() {
      return "w:" + name;
    }
  }

  /** Whether the wire form fits Telegram's limit. */
  static boolean fits(Callback callback) {
    return callback.data().getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
  }

  /** The callback that {@code data} encodes, or empty when it is none of the forms. */
  static Optional<Callback> parse(String data) {
    if (data == null || data.length() < 3 || data.charAt(1) != ':') {
      return Optional.empty();
    }
    String rest = data.substring(2);
    return switch (data.charAt(0)) {
      case 'w' -> rest.isBlank() ? Optional.empty() : Optional.of(new Speaker(rest));
      case 'm', 's', 'o' -> {
        String[] parts = rest.split(":", -1);
        if (parts.length != 2) {
          yield Optional.empty();
        }
        try {
          long question = Long.parseLong(parts[0]);
          int number = Integer.parseInt(parts[1]);
          if (number < 0) {
            yield Optional.empty();
          }
          yield Optional.of(
              switch (data.charAt(0)) {
                case 'm' -> new More(question, number);
                case 's' -> new Source(question, number);
                default -> new Wordings(question, number);
              });
        } catch (NumberFormatException e) {
          yield Optional.empty();
        }
      }
      default -> Optional.empty();
    };
  }
}
