package io.integra.cli.workspace;

import io.integra.cli.Dates;
import java.time.LocalDate;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The coding period a change is made to ({@code CASE --lens --period-from}) and why ({@code --note}): shared by code and reconcile. */
public final class CodingChange {
  @Parameters(index = "0", paramLabel = "CASE") String caseId;
  @Option(names = "--lens", required = true) String lens;
  @Option(names = "--period-from", required = true, paramLabel = "YYYY-MM-DD", converter = Dates.class) LocalDate from;
  @Option(names = "--note", required = true, description = "Why the change is made (kept in the history).") String note;
}
