package org.naba.cli;

import java.util.List;

/**
 * Commands that live beside the product rather than in it ({@code naba eval}, {@code naba bench}):
 * found with {@link java.util.ServiceLoader} when the command line is built, so that no product
 * package imports evaluation or benchmark code, and a jar without them is still a whole Naba.
 */
public interface ToolCommands {

  /** The picocli command objects to add under {@code naba}; each names itself in @Command. */
  List<Object> commands();
}
