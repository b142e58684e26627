package io.integra.cli;

import java.time.LocalDate;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code --at YYYY-MM-DD}: the date a command looks at a case, today when not given. */
public final class DateOption {
  @Option(names = "--at", paramLabel = "YYYY-MM-DD", converter = Dates.class, description = "The date (default: today).")
  LocalDate at;

  @Spec(Spec.Target.MIXEE) CommandSpec mixee;

  /** The date given, else today by the run's clock ({@link IntegraCommand#today}). */
  public LocalDate orToday() { return at == null ? IntegraCommand.today(mixee) : at; }
}
