package io.integra.casebase.yaml;

/** One thing wrong with an input file: where, what is wrong, and what was expected. */
public record Problem(Location location, String message, String expected) {
  /** {@code file:line:column: what is wrong; what was expected}. */
  public String format() {
    return location + ": " + message + (expected == null || expected.isBlank() ? "" : "; expected " + expected);
  }
}
