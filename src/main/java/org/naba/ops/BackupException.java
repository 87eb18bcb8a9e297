package org.naba.ops;

/** A backup or restore that could not be made; the message names the folder or file at fault. */
public final class BackupException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public BackupException(String message) {
    super(message);
  }

  public BackupException(String message, Throwable cause) {
    super(message, cause);
  }
}
