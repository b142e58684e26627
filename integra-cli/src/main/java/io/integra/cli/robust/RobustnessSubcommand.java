package io.integra.cli.robust;

import io.integra.cli.CaseBaseOptions;
import io.integra.cli.FormatOption;
import io.integra.cli.MeasuredOptions;
import io.integra.cli.assess.LensOptions;
import io.integra.core.assess.Assessor;
import io.integra.core.cases.CaseBase;
import io.integra.core.cases.IntegrationCase;
import io.integra.core.robust.PerturbationSpace;
import io.integra.core.robust.RobustnessSpec;
import java.io.PrintWriter;
import java.time.LocalDate;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What the {@code robustness assess|compare|timeline} subcommands share: the case base, the lens and
 * coder, the robustness options, measured memberships and the output format, and the steps that turn
 * them into perturbation spaces (docs/robustness.md). picocli reads the annotated fields of this
 * superclass for each subcommand.
 */
abstract class RobustnessSubcommand implements Runnable {
  @Spec CommandSpec spec;
  @Mixin CaseBaseOptions source;
  @Mixin LensOptions lensOptions;
  @Mixin RobustnessOptions robustness;
  @Mixin MeasuredOptions measuredOptions;
  @Mixin FormatOption format;

  /** Set by {@link #load()}. */
  CaseBase base;
  Assessor assessor;

  /** Loads the case base and builds the assessor for the chosen lens options. */
  final void load() {
    base = source.load();
    assessor = lensOptions.assessor(base, measuredOptions, source.cases, spec.commandLine().getErr());
  }

  /** The named case, refused if the chosen coder has not coded it. */
  final IntegrationCase find(String id) {
    IntegrationCase c = CaseBaseOptions.find(base, id);
    lensOptions.checkCoder(c);
    return c;
  }

  /** The robustness spec of the options; also compiles the lens, so a bad lens is refused before any search. */
  final RobustnessSpec robustnessSpec() {
    RobustnessSpec rs = robustness.spec(source, base.codebook());
    assessor.compiled(lensOptions.lens);
    return rs;
  }

  /** The admissible codings of a case through the chosen lens and coder at a date. */
  final PerturbationSpace space(IntegrationCase c, LocalDate at, RobustnessSpec rs) {
    return PerturbationSpace.of(assessor, c, lensOptions.lens, at, lensOptions.coder, rs);
  }

  final PrintWriter out() {
    return spec.commandLine().getOut();
  }
}
