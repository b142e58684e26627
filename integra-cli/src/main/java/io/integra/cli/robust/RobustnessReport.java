package io.integra.cli.robust;

import io.integra.casebase.robust.ScenarioReader;
import io.integra.cli.CliException;
import io.integra.core.assess.Assessor;
import io.integra.core.cases.CaseBase;
import io.integra.core.cases.IntegrationCase;
import io.integra.core.codebook.Lens;
import io.integra.core.robust.FlipSearch;
import io.integra.core.robust.PerturbationSpace;
import io.integra.core.robust.RobustnessSpec;
import io.integra.core.robust.Scenario;
import io.integra.core.robust.ScenarioComparison;
import io.integra.report.robust.RobustnessPage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code integra report --robustness [--scenario FILE]}: writes {@code robustness.html} beside the
 * report (written to a temporary file and renamed, so nothing is left half-written).
 */
public final class RobustnessReport {
  public static final String FILE = "robustness.html";

  private RobustnessReport() { }

  /** Writes the page for the given cases (empty: all) and lenses (empty: all); returns its path. */
  public static Path write(CaseBase base, LocalDate at, List<String> lenses, List<String> caseIds, Path scenarioFile, Path dir,
                           RobustnessSpec spec) {
    return write(new Assessor(base.codebook()), base, at, lenses, caseIds, scenarioFile, dir, spec);
  }

  /** As above through {@code assessor} (the report's own, with its measured memberships and precedence). */
  public static Path write(Assessor assessor, CaseBase base, LocalDate at, List<String> lenses, List<String> caseIds, Path scenarioFile,
                           Path dir, RobustnessSpec spec) {
    Scenario scenario = null;
    List<ScenarioComparison.Row> rows = List.of();
    if (scenarioFile != null) {
      String text;
      try {
        text = Files.readString(scenarioFile, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new CliException("cannot read scenario file " + scenarioFile + ": " + e.getMessage());
      }
      scenario = ScenarioReader.read(scenarioFile.toString(), text, base);
      rows = ScenarioCommand.rows(base, scenario, spec, assessor.measured(), assessor.precedence());
    }
    List<RobustnessPage.Entry> entries = new ArrayList<>();
    for (IntegrationCase c : base.cases()) {
      if (!caseIds.isEmpty() && !caseIds.contains(c.id())) continue;
      for (Lens l : base.codebook().lenses()) {
        if (!lenses.isEmpty() && !lenses.contains(l.id())) continue;
        PerturbationSpace space = PerturbationSpace.of(assessor, c, l.id(), at, null, spec);
        entries.add(new RobustnessPage.Entry(c.id(), c.name(), l.id(),
            io.integra.core.robust.VerdictRobustness.of(space, spec), FlipSearch.of(space, spec)));
      }
    }
    String html = RobustnessPage.render(at, entries, scenario, rows);
    Path target = dir.resolve(FILE);
    try {
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, ".robustness", ".tmp");
      Files.writeString(tmp, html, StandardCharsets.UTF_8);
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new CliException("cannot write " + target + ": " + e.getMessage());
    }
    return target;
  }
}
