package io.integra.cli.assess;

import io.integra.casebase.json.AssessmentJson;
import io.integra.cli.CaseBaseOptions;
import io.integra.cli.Dates;
import io.integra.cli.Json;
import io.integra.cli.OutputFormat;
import io.integra.core.assess.Assessment;
import io.integra.core.cases.CaseBase;
import io.integra.core.cases.IntegrationCase;
import java.io.PrintWriter;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "assess", mixinStandardHelpOptions = true,
    description = "Assess a case through a lens at a date: criteria, outcomes, verdict, ideal-type fit, dimensions, "
        + "Buen Vivir objectives, disintegration watch.")
public final class AssessCommand implements Runnable {
  @Spec CommandSpec spec;
  @Mixin CaseBaseOptions source;
  @Mixin LensOptions lensOptions;

  @Parameters(paramLabel = "CASE", description = "Case id (see 'integra cases').")
  String id;

  @Option(names = "--at", paramLabel = "YYYY-MM-DD", converter = Dates.class, description = "The date (default: today).")
  LocalDate at;

  @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Override public void run() {
    CaseBase base = source.load();
    var assessor = lensOptions.assessor(base);
    IntegrationCase c = CaseBaseOptions.find(base, id);
    lensOptions.checkCoder(c);
    Assessment a = assessor.assess(c, lensOptions.lens, at == null ? LocalDate.now() : at, lensOptions.coder);
    PrintWriter out = spec.commandLine().getOut();
    if (format == OutputFormat.json) {
      out.println(Json.write(AssessmentJson.assessment(a)));
      out.flush();
      return;
    }
    AssessText.print(out, a);
  }
}
