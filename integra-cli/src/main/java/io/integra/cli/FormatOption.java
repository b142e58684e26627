package io.integra.cli;

import picocli.CommandLine.Option;

/**
 * {@code --format text|json} of the commands whose output is data (text for people, JSON that
 * stays stable for scripts). Commands whose --format means something else (other choices, or a
 * different default or help text) declare their own.
 */
public final class FormatOption {
  @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  /** Whether JSON was asked for. */
  public boolean json() { return format == OutputFormat.json; }
}
