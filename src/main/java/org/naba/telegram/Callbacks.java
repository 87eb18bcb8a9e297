package org.naba.telegram;

/** Callback data that other packages put on buttons the bot answers. */
public final class Callbacks {

  /** A button that asks for a speaker's newest statements: {@code w:NAME}. */
  public static final String SPEAKER_PREFIX = "w:";

  private Callbacks() {}
}
