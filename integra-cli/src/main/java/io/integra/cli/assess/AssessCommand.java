package io.integra.cli.assess;

import io.integra.casebase.json.AssessmentReport;
import io.integra.casebase.json.AssessmentView;
import io.integra.casebase.json.EvidenceView;
import io.integra.cli.DateOption;
import io.integra.cli.IntegraCommand;
import io.integra.cli.Json;
import io.integra.core.assess.Assessment;
import io.integra.core.assess.EvidenceCalendar;
import io.integra.core.assess.EvidenceStatus;
import io.integra.core.cases.IntegrationCase;
import java.io.PrintWriter;
import io.integra.core.indicator.IndicatorReading;
import io.integra.flows.IndicatorService;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "assess", mixinStandardHelpOptions = true,
    description = "Assess a case through a lens at a date: criteria, outcomes, verdict, ideal-type fit, dimensions, "
        + "Buen Vivir objectives, disintegration watch. With --flows-data / --migration-data, the codebook's indicator "
        + "recipes are measured in the year of --at and shown beside the coded memberships (the outcomes keep using the coded ones).")
public final class AssessCommand extends CaseLensCommand {
  @Mixin IndicatorOptions indicatorOptions;

  @Parameters(paramLabel = "CASE", description = "Case id (see 'integra cases').")
  String id;

  @Mixin DateOption at;

  @Override public void run() {
    load();
    IntegrationCase c = find(id);
    Assessment a = assessor.assess(c, lensOptions.lens, at.orToday(), lensOptions.coder);
    // where the date lies against the founding, the coding periods and the measured years (docs/assessment.md)
    EvidenceStatus evidence = EvidenceCalendar.status(assessor, c, a, lensOptions.coder, IntegraCommand.today(spec));
    Map<String, IndicatorReading> indicators = Map.of();
    if (indicatorOptions.given()) {
      try (IndicatorService provider = indicatorOptions.open()) {
        indicators = IndicatorOptions.measure(provider, c, a);
      }
    }
    PrintWriter out = out();
    if (format.json()) {
      out.println(Json.write(AssessmentReport.of(AssessmentView.of(a, indicators, EvidenceView::of), evidence)));
      out.flush();
      return;
    }
    if (!evidence.existed()) {
      // before the founding there is no group: say so instead of a verdict about an empty one
      AssessText.wrap(out, a.caseName() + " (" + a.caseId() + ") through " + a.lensId() + " at " + a.at(), "");
      AssessText.wrap(out, "Evidence: " + evidence.message() + ".", "");
      out.flush();
      return;
    }
    AssessText.print(out, a, indicators, evidence.message());
  }
}
