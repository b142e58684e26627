package io.integra.cli.report;

import io.integra.cli.CaseBaseOptions;
import io.integra.cli.CliException;
import io.integra.cli.Dates;
import io.integra.cli.IntegraCommand;
import io.integra.cli.Json;
import io.integra.cli.OutputFormat;
import io.integra.cli.assess.IndicatorOptions;
import io.integra.flows.IndicatorService;
import io.integra.core.cases.CaseBase;
import io.integra.report.export.ReportWriter;
import io.integra.report.model.ReportModel;
import io.integra.report.model.ReportModelBuilder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import io.integra.core.assess.Assessor;
import io.integra.core.assess.EvidenceCalendar;
import io.integra.core.cases.IntegrationCase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "report", mixinStandardHelpOptions = true,
    description = {
        "Write the report: one self-contained HTML page (overview under every lens, criteria x cases heatmap, a radar and a "
            + "timeline per case, objective matrix, evidence trail, bibliography) that opens offline, with all numbers beside it "
            + "as CSV and JSON and the overview as Markdown and LaTeX (booktabs) tables.",
        "",
        "--cases takes case files or folders to add (as everywhere) and, for this command, also case ids to report: a value "
            + "that is not an existing file or folder and reads as ID[,ID...] selects cases (same as --case).",
        "",
        "--flows-data / --migration-data add the codebook's indicator recipes measured year by year for each case: "
            + "indicators.csv, the series in report.json, and a chart per case and criterion beside the coded score.",
        "",
        "--pdf prints the page to report.pdf (A4, every section unfolded) with headless Chromium."})
public final class ReportCommand implements Runnable {
  /** Case ids (docs/case-format.md: lower-case letters, digits, -, _, .), comma-separated. */
  private static final Pattern ID_LIST = Pattern.compile("[a-z0-9._-]+(,[a-z0-9._-]+)*");

  @Spec CommandSpec spec;
  @Mixin CaseBaseOptions source;
  @Mixin IndicatorOptions indicatorOptions;
  @Mixin io.integra.cli.MeasuredOptions measuredOptions;

  @Option(names = "--at", paramLabel = "YYYY-MM-DD", converter = Dates.class, description = "Date of assessment (default: the latest day at which a reported case has evidence: a coded or measured criterion).")
  LocalDate at;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "out/report",
      description = "Folder to write (created; an earlier report there is replaced; default: ./${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--lens", paramLabel = "LENS", split = ",", description = "Report only these lenses (default: all).")
  List<String> lenses = new ArrayList<>();

  @Option(names = "--case", paramLabel = "CASE", split = ",", description = "Report only these cases (default: all).")
  List<String> caseIds = new ArrayList<>();

  // robustness page beside the report (docs/robustness.md; io.integra.cli.robust.RobustnessReport)
  @Option(names = "--robustness", description = "Also write robustness.html: verdict shares, tornado and what would flip each verdict.")
  boolean robustness;

  @Option(names = "--scenario", paramLabel = "FILE", description = "Show a scenario file beside the base in robustness.html (implies --robustness).")
  Path scenario;

  @Option(names = "--format", defaultValue = "text", description = "text or json: how to list what was written (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Option(names = "--pdf", description = "Also print the page to report.pdf (A4) with headless Chromium, found on PATH as 'chromium'.")
  boolean pdf;

  @Option(names = "--chromium", paramLabel = "FILE", description = "The Chromium to print the PDF with (default: 'chromium' on PATH).")
  Path chromium;

  @Override public void run() {
    // the browser is looked for first: a missing one stops the command before anything is written
    Path browser = pdf ? chromium() : null;
    List<String> ids = new ArrayList<>(caseIds);
    List<Path> paths = new ArrayList<>();
    for (Path p : source.cases) {
      if (!Files.exists(p) && ID_LIST.matcher(p.toString()).matches()) {
        for (String id : p.toString().split(",")) ids.add(id);
      } else {
        paths.add(p);
      }
    }
    source.cases = paths;
    CaseBase base = source.load();
    // default: the latest day at which a reported case has evidence under a reported lens (docs/assessment.md)
    LocalDate date = at;
    LocalDate today = IntegraCommand.today(spec);
    io.integra.core.indicator.MeasuredMemberships measured = measuredOptions.load(base, paths, spec.commandLine().getErr());
    if (date == null) date = defaultDate(base, new Assessor(base.codebook(), measured, measuredOptions.prefer), ids, lenses, today);
    ReportModel model;
    try {
      // timelines and the coverage heatmap run to this year, past the date of assessment
      ReportModelBuilder builder = new ReportModelBuilder(base, date, lenses, ids).until(today)
          .measured(measured, measuredOptions.prefer);
      if (indicatorOptions.given()) {
        // the flow files are loaded only when asked for: without them the report stays within its speed budget
        try (IndicatorService provider = indicatorOptions.open()) {
          model = IndicatorOptions.call("indicator recipe", () -> builder.indicators(provider).build());
        }
      } else {
        model = builder.build();
      }
    } catch (IllegalArgumentException e) {
      throw new CliException(e.getMessage());
    }
    List<Path> files;
    try {
      files = ReportWriter.write(model, out);
    } catch (IllegalArgumentException e) {
      throw new CliException(e.getMessage());
    } catch (IOException e) {
      throw new CliException("cannot write the report to " + out + ": " + e.getMessage());
    }
    if (robustness || scenario != null) {
      files = new ArrayList<>(files);
      files.add(io.integra.cli.robust.RobustnessReport.write(new Assessor(base.codebook(), measured, measuredOptions.prefer),
          base, date, lenses, ids, scenario, files.get(0).getParent(),
          io.integra.core.robust.RobustnessSpec.DEFAULT));
    }
    if (pdf) {
      Path html = files.stream().filter(f -> f.getFileName().toString().equals(ReportWriter.MARKER)).findFirst().orElseThrow();
      try {
        files = new ArrayList<>(files);
        files.add(io.integra.report.export.PdfExport.print(browser, html, html.resolveSibling(io.integra.report.export.PdfExport.FILE)));
      } catch (IOException e) {
        throw new CliException("cannot print " + html + " to PDF: " + e.getMessage());
      }
    }
    PrintWriter w = spec.commandLine().getOut();
    Path dir = files.get(0).getParent();
    if (format == OutputFormat.json) {
      w.println(Json.write(new Written(dir.toString(), date.toString(), model.meta().codebookId(), model.meta().codebookVersion(),
          model.cases().size(), model.lenses().size(), files.stream().map(f -> new WrittenFile(f.getFileName().toString(), size(f))).toList())));
    } else {
      w.println("Report at " + date + ": " + model.cases().size() + " case" + (model.cases().size() == 1 ? "" : "s") + " under "
          + model.lenses().size() + " lens" + (model.lenses().size() == 1 ? "" : "es") + ", written to " + dir);
      for (Path f : files) w.println(String.format(Locale.ROOT, "  %-18s %10s", f.getFileName(), human(size(f))));
      w.println("Open " + dir.resolve(ReportWriter.MARKER).toUri() + " in a browser; it makes no network request.");
    }
    w.flush();
  }

  private Path chromium() {
    if (chromium != null) {
      if (!Files.isRegularFile(chromium) || !Files.isExecutable(chromium)) {
        throw new CliException("--chromium " + chromium + ": no such executable file; expected the Chromium browser "
            + "(Debian: apt-get install chromium)");
      }
      return chromium;
    }
    return io.integra.report.export.PdfExport.findChromium(System.getenv("PATH")).orElseThrow(() -> new CliException(
        "--pdf needs the Chromium browser, but there is no 'chromium' on PATH; install it (Debian: apt-get install chromium) "
            + "or name it with --chromium FILE"));
  }

  /** {@code report --format json}: where the report went, for which date and codebook, and its files with their sizes. */
  record Written(String out, String at, String codebook, String codebookVersion, int cases, int lenses, List<WrittenFile> files) { }

  record WrittenFile(String file, long bytes) { }

  private static long size(Path f) {
    try {
      return Files.size(f);
    } catch (IOException e) {
      return -1;
    }
  }

  private static String human(long bytes) {
    if (bytes < 1024) return bytes + " B";
    if (bytes < 1024 * 1024) return String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0);
    return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
  }

  /**
   * The report's default date (docs/assessment.md): the latest day at which one of the cases has
   * evidence under one of the lenses (coded or measured), never after {@code today}. Empty lists
   * mean every case and every lens.
   */
  public static LocalDate defaultDate(CaseBase base, Assessor assessor, List<String> caseIds, List<String> lensIds, LocalDate today) {
    List<IntegrationCase> reported = caseIds.isEmpty() ? base.cases() : base.cases().stream().filter(c -> caseIds.contains(c.id())).toList();
    List<String> known = lensIds.stream().filter(l -> base.codebook().lens(l).isPresent()).toList();
    return EvidenceCalendar.latestEvidenceDate(assessor, reported, known, today);
  }
}
