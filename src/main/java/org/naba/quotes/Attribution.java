package org.naba.quotes;

/**
 * Who a quotation is attributed to.
 *
 * @param speaker the speaker as the article names them, or {@code null} when not clear
 * @param role the speaker's role as the article states it, or {@code null}
 * @param cue the cue word as written, or {@code null}
 * @param cueStart offset of the cue word, or -1
 * @param gender the grammatical gender the article uses for the speaker
 */
record Attribution(
    String speaker, String role, String cue, int cueStart, SpeechCues.Gender gender) {

  static final Attribution UNKNOWN = new Attribution(null, null, null, -1, SpeechCues.Gender.ANY);

  Attribution withCue(String newCue, int newCueStart) {
    return new Attribution(speaker, role, newCue, newCueStart, gender);
  }

  boolean known() {
    return speaker != null;
  }
}
