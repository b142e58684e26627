package io.integra.cli;

/** Bad input or a refused request: printed as {@code integra: message} with exit status 2, no stack trace. */
public class CliException extends RuntimeException {
  public CliException(String message) { super(message); }
}
