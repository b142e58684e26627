package io.integra.cli.assess;

import io.integra.cli.CliException;
import io.integra.core.assess.Assessor;
import io.integra.core.cases.CaseBase;
import io.integra.core.cases.IntegrationCase;
import picocli.CommandLine.Option;

/** The lens and coder options shared by assess, compare and timeline, with their checks. */
public class LensOptions {
  @Option(names = {"--lens", "-l"}, required = true, paramLabel = "LENS", description = "Lens id (see 'integra codebook').")
  public String lens;

  @Option(names = "--coder", paramLabel = "NAME", description = "Read this coder's codings (default: the deciding coding of each period: reconciled, else the primary coder's; see docs/assessment.md).")
  public String coder;

  /** An assessor for the case base's codebook, after checking the lens id. */
  public Assessor assessor(CaseBase base) {
    if (base.codebook().lens(lens).isEmpty()) {
      throw new CliException("unknown lens '" + lens + "'; known lenses: " + String.join(", ", base.codebook().lensIds()));
    }
    return new Assessor(base.codebook());
  }

  /** As {@link #assessor(CaseBase)}, with the measured memberships the options ask for. */
  public Assessor assessor(CaseBase base, io.integra.cli.MeasuredOptions measured, java.util.List<java.nio.file.Path> casePaths,
                           java.io.PrintWriter err) {
    assessor(base);
    return measured.assessor(base, casePaths, err);
  }

  /** Refuses a coder who never coded {@code c} through the lens. */
  public void checkCoder(IntegrationCase c) {
    if (coder == null) return;
    var coders = Assessor.coders(c, lens);
    if (!coders.contains(coder)) {
      throw new CliException("coder '" + coder + "' has not coded case '" + c.id() + "' through lens '" + lens + "'; "
          + (coders.isEmpty() ? "no coder has" : "its coders: " + String.join(", ", coders)));
    }
  }
}
