package io.integra.core.robust;

import io.integra.core.assess.Assessment;
import io.integra.core.assess.Assessor;
import io.integra.core.assess.OutcomeResult;
import io.integra.core.assess.VerdictRule;
import io.integra.core.cases.CaseBase;
import io.integra.core.codebook.Lens;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A scenario beside the base: for each case the scenario changes, each lens it names (all when it
 * names none) and each of its dates, the verdict, the deciding outcome and the share of admissible
 * codings giving the verdict ({@link VerdictRobustness}), before and after.
 */
public final class ScenarioComparison {
  private ScenarioComparison() { }

  /** One case through one lens at one date, before and after. */
  public record Row(String caseId, String lens, LocalDate at, String before, String after, String outcome,
                    String outcomeBefore, String outcomeAfter, double shareBefore, double shareAfter) {
    public boolean changed() { return !Objects.equals(before, after) || !outcomeBefore.equals(outcomeAfter); }
  }

  /** The rows; {@link IllegalArgumentException} when the scenario does not fit the case base. */
  public static List<Row> of(CaseBase base, Scenario s, RobustnessSpec spec) {
    CaseBase after = s.apply(base);
    Assessor assessor = new Assessor(base.codebook());
    List<String> lenses = s.lenses().isEmpty() ? base.codebook().lensIds() : s.lenses();
    LinkedHashSet<String> cases = new LinkedHashSet<>();
    for (Scenario.Change ch : s.changes()) cases.add(ch.caseId());
    List<Row> rows = new ArrayList<>();
    for (String id : cases) {
      var a0 = base.find(id).orElseThrow();
      var b0 = after.find(id).orElseThrow();
      for (String lens : lenses) {
        Lens l = base.codebook().lens(lens).orElseThrow(() -> new IllegalArgumentException("unknown lens '" + lens + "'"));
        // the verdict's deciding outcome; a lens without a verdict rule shows its pluralistic-role outcome, if any
        String role = Objects.requireNonNullElse(VerdictRule.decidingRole(l.kind()), VerdictRule.ROLE_PLURALISTIC);
        for (LocalDate d : s.dates()) {
          Assessment a = assessor.assess(a0, lens, d, null);
          Assessment b = assessor.assess(b0, lens, d, null);
          VerdictDistribution da = VerdictRobustness.of(PerturbationSpace.of(assessor.compiled(lens), base.codebook(), a0, d, null, spec, Map.of()), spec);
          VerdictDistribution db = VerdictRobustness.of(PerturbationSpace.of(assessor.compiled(lens), base.codebook(), b0, d, null, spec, Map.of()), spec);
          rows.add(new Row(id, lens, d, a.verdict().label(), b.verdict().label(), role, outcome(a, role), outcome(b, role),
              da.share(), db.share()));
        }
      }
    }
    return rows;
  }

  private static String outcome(Assessment a, String role) {
    return a.outcomeWithRole(role).map(OutcomeResult::membership).map(VerdictRule::format).orElse("-");
  }
}
