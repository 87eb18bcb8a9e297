package org.naba.config;

/** A setting that is missing or malformed; the message names the file, key or variable. */
public final class ConfigException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ConfigException(String message) {
    super(message);
  }
}
