package io.integra.qca.robust;

import java.util.List;

/**
 * One setting's solution.
 *
 * @param setting     the setting
 * @param solution    the first model (M1) of the main solution, in QCA notation, or null when the
 *                    minimisation gave none (then {@code error} says why)
 * @param terms       its terms
 * @param models      how many models the solution has
 * @param consistency solution consistency (inclS)
 * @param coverage    solution coverage (covS)
 * @param membership  each case's membership in the solution (on this setting's calibration)
 * @param error       why there is no solution, else null
 */
public record SweepResult(Setting setting, String solution, List<String> terms, int models, double consistency, double coverage,
                          double[] membership, String error) {
  public SweepResult { terms = terms == null ? List.of() : List.copyOf(terms); }

  public boolean solved() { return solution != null; }
}
