package io.integra.storage.workspace;

/** An edit refused because its input is wrong (unknown case, lens or criterion, score off the scale, no note...). Nothing was written. */
public class InvalidEditException extends WorkspaceException {
  public InvalidEditException(String message) { super(message); }
}
