package io.integra.cli.robust;

import io.integra.cli.assess.CaseLensCommand;
import io.integra.core.cases.IntegrationCase;
import io.integra.core.robust.PerturbationSpace;
import io.integra.core.robust.RobustnessSpec;
import java.time.LocalDate;
import picocli.CommandLine.Mixin;

/**
 * What the {@code robustness assess|compare|timeline} subcommands add to {@link CaseLensCommand}: the
 * robustness options and the steps that turn a case into its perturbation space (docs/robustness.md).
 */
abstract class RobustnessSubcommand extends CaseLensCommand {
  @Mixin RobustnessOptions robustness;

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
}
