package io.integra.cli.assess;

import io.integra.cli.CaseBaseOptions;
import io.integra.cli.CliException;
import io.integra.cli.FormatOption;
import io.integra.cli.IntegraCommand;
import io.integra.cli.Json;
import io.integra.cli.Text;
import io.integra.core.assess.Coverage;
import io.integra.core.assess.CoverageTable;
import io.integra.core.cases.CaseBase;
import io.integra.core.cases.IntegrationCase;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code integra coverage}: where the evidence is thin. For each case and year (30 June, as
 * timelines sample), how many criteria of each lens are known and from what: coded, measured
 * from data, or both; for lenses with background conditions (Deutsch's essential and additional
 * conditions, thesis §4.5.1–4.5.2) also how many of those. Computed by
 * {@link io.integra.core.assess.Coverage}.
 */
@Command(name = "coverage", mixinStandardHelpOptions = true,
    description = {"How much each case is known, year by year (30 June of each year, from its founding, but not before "
        + Coverage.FIRST_YEAR + " unless --from says so, to this year): the criteria of each lens known, and from what — "
        + "coded, measured from data, or both — and, for lenses with background conditions (roles essential-amalgamated and "
        + "additional: Deutsch's twelve conditions, thesis §4.5.1-4.5.2), how many of those.",
        "",
        "Text lists each case's years as spans with the same counts; --format json gives every case-year with the basis of "
            + "each criterion."})
public final class CoverageCommand implements Runnable {
  @Spec CommandSpec spec;
  @Mixin CaseBaseOptions source;

  @Parameters(paramLabel = "CASE", arity = "0..*", description = "Case ids (default: every case).")
  List<String> ids = new ArrayList<>();

  @Option(names = {"--lens", "-l"}, paramLabel = "LENS", split = ",", description = "Lens ids (default: every lens of the codebook).")
  List<String> lenses = new ArrayList<>();

  @Option(names = "--from", paramLabel = "YEAR", description = "First year (default: " + Coverage.FIRST_YEAR + "; never before a case's founding).")
  Integer from;

  @Option(names = "--to", paramLabel = "YEAR", description = "Last year (default: this year; never past today).")
  Integer to;

  @Mixin FormatOption format;

  @Mixin io.integra.cli.MeasuredOptions measuredOptions;

  @Override public void run() {
    CaseBase base = source.load();
    for (String l : lenses) {
      if (base.codebook().lens(l).isEmpty()) {
        throw new CliException("unknown lens '" + l + "'; known lenses: " + String.join(", ", base.codebook().lensIds()));
      }
    }
    List<IntegrationCase> cases = ids.isEmpty() ? base.cases() : ids.stream().map(id -> CaseBaseOptions.find(base, id)).toList();
    LocalDate today = IntegraCommand.today(spec);
    int first = from == null ? Coverage.FIRST_YEAR : from;
    int last = to == null ? today.getYear() : to;
    if (first < 1000 || first > 9999 || last < 1000 || last > 9999) throw new CliException("years must have four digits, got --from " + first + " --to " + last);
    if (last < first) throw new CliException("--to " + last + " is before --from " + first);
    CoverageTable t = Coverage.of(measuredOptions.assessor(base, source.cases, spec.commandLine().getErr()), cases, lenses, first, last, today);
    PrintWriter out = spec.commandLine().getOut();
    if (format.json()) {
      out.println(Json.write(t));
    } else {
      print(out, t);
    }
    out.flush();
  }

  /** Each lens, then each case as spans of consecutive years with equal counts. */
  static void print(PrintWriter out, CoverageTable t) {
    boolean firstLens = true;
    for (CoverageTable.LensCoverage l : t.lenses()) {
      if (!firstLens) out.println();
      firstLens = false;
      AssessText.wrap(out, "Coverage under " + l.lens() + ": " + l.criteria() + " criteria"
          + (l.conditions().isEmpty() ? "" : ", " + l.conditions().size() + " of them background conditions (cond.)")
          + "; known on 30 June of each year, " + t.fromYear() + "-" + t.toYear(), "");
      for (CoverageTable.CaseRow row : l.cases()) {
        out.println();
        // the id first: a long name is cut, the id a user types never is
        out.println(Text.cut(row.caseId() + ": " + row.caseName(), Text.WIDTH));
        if (row.years().isEmpty()) {
          out.println("  no year in range (founded " + (row.firstYear() == null ? "on an unknown date" : "for 30 June " + row.firstYear()) + ")");
          continue;
        }
        int i = 0;
        while (i < row.years().size()) {
          CoverageTable.Cell c = row.years().get(i);
          int j = i;
          while (j + 1 < row.years().size() && same(c, row.years().get(j + 1)) && row.years().get(j + 1).year() == row.years().get(j).year() + 1) j++;
          int end = row.years().get(j).year();
          String years = c.year() == end ? Integer.toString(end) : c.year() + "-" + end;
          String counts = c.known() == 0 ? "" : "coded " + c.coded() + ", measured " + c.measured() + ", both " + c.both();
          String line = String.format("  %-9s %2d/%d known  %-31s", years, c.known(), l.criteria(), counts);
          if (c.conditionsKnown() != null) line += String.format(" cond. %2d/%d", c.conditionsKnown(), l.conditions().size());
          out.println(line.stripTrailing());
          i = j + 1;
        }
      }
    }
  }

  private static boolean same(CoverageTable.Cell a, CoverageTable.Cell b) {
    return a.known() == b.known() && a.coded() == b.coded() && a.measured() == b.measured() && a.both() == b.both()
        && Objects.equals(a.conditionsKnown(), b.conditionsKnown());
  }
}
