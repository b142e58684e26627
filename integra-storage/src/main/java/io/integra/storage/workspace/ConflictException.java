package io.integra.storage.workspace;

/**
 * Optimistic locking: the coding was changed by someone else since the editor read it. Nothing
 * was written; the editor should reload, reapply and quote the new version.
 */
public class ConflictException extends WorkspaceException {
  private final long expected;
  private final long actual;

  public ConflictException(String message, long expected, long actual) {
    super(message);
    this.expected = expected;
    this.actual = actual;
  }

  public long expectedVersion() { return expected; }

  public long actualVersion() { return actual; }
}
