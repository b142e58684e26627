package io.integra.cli;

/**
 * The exit statuses of {@code integra} (README, docs): scripts test them, so they are named once
 * here instead of written as numbers where a command ends.
 */
public enum ExitStatus {
  /** The command did what it was asked. */
  OK(0),
  /** An unexpected failure: a one-line message on stderr (the stack trace with INTEGRA_DEBUG set). */
  INTERNAL_ERROR(1),
  /** Bad input of any kind (a file:line:column problem, an unknown option or value): nothing was written. */
  BAD_INPUT(2);

  private final int code;

  ExitStatus(int code) { this.code = code; }

  /** The number the process exits with. */
  public int code() { return code; }
}
