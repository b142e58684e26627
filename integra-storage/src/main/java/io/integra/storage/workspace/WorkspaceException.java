package io.integra.storage.workspace;

/** A workspace operation that cannot be done; the message says what and why, fit to show a person. */
public class WorkspaceException extends RuntimeException {
  public WorkspaceException(String message) { super(message); }

  public WorkspaceException(String message, Throwable cause) { super(message, cause); }
}
