package io.integra.cli;

import java.time.LocalDate;
import picocli.CommandLine.Option;

/** {@code --at YYYY-MM-DD}: the date a command looks at a case, today when not given. */
public final class DateOption {
  @Option(names = "--at", paramLabel = "YYYY-MM-DD", converter = Dates.class, description = "The date (default: today).")
  LocalDate at;

  /** The date given, else today. */
  public LocalDate orToday() { return at == null ? LocalDate.now() : at; }
}
