package io.integra.core.robust;

import io.integra.core.assess.Assessment;
import io.integra.core.assess.Assessor;
import io.integra.core.assess.OutcomeResult;
import io.integra.core.assess.VerdictLabel;
import io.integra.core.assess.VerdictRule;
import io.integra.core.cases.CaseBase;
import io.integra.core.codebook.Lens;
import io.integra.core.indicator.MeasuredMemberships;
import io.integra.core.indicator.Precedence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * A scenario beside the base: for each case the scenario changes, each lens it names (all when it
 * names none) and each of its dates, the verdict, the deciding outcome and the share of admissible
 * codings giving the verdict ({@link VerdictRobustness}), before and after.
 */
public final class ScenarioComparison {
  private ScenarioComparison() { }

  /**
   * One case through one lens at one date, before and after. {@code unmeasured} lists the criteria
   * whose measured membership the base used at the date but the scenario leaves unknown, because
   * the scenario changes the group the value was measured on (empty when none).
   */
  public record Row(String caseId, String lens, LocalDate at, VerdictLabel before, VerdictLabel after, String outcome,
                    String outcomeBefore, String outcomeAfter, double shareBefore, double shareAfter, List<String> unmeasured) {
    public Row { unmeasured = List.copyOf(unmeasured); }

    /** A row without measured values dropped. */
    public Row(String caseId, String lens, LocalDate at, VerdictLabel before, VerdictLabel after, String outcome,
               String outcomeBefore, String outcomeAfter, double shareBefore, double shareAfter) {
      this(caseId, lens, at, before, after, outcome, outcomeBefore, outcomeAfter, shareBefore, shareAfter, List.of());
    }

    public boolean changed() { return !Objects.equals(before, after) || !outcomeBefore.equals(outcomeAfter); }
  }

  /** The rows with coded memberships only; {@link IllegalArgumentException} when the scenario does not fit the case base. */
  public static List<Row> of(CaseBase base, Scenario s, RobustnessSpec spec) {
    return of(base, s, spec, MeasuredMemberships.NONE, Precedence.CODED);
  }

  /**
   * The rows with the measured memberships {@code measured} (docs/measured.md). A value measured
   * for year t describes the group of 1 July t; where the scenario changes that group (a member
   * joins or leaves), the scenario's case has no measured value for t: nobody measured the new
   * group, and the old group's value is never reused for it. Such criteria are named in
   * {@link Row#unmeasured()} (re-measure the changed cases with {@code integra measure --cases}).
   */
  public static List<Row> of(CaseBase base, Scenario s, RobustnessSpec spec, MeasuredMemberships measured, Precedence precedence) {
    CaseBase after = s.apply(base);
    Assessor assessor = new Assessor(base.codebook(), measured, precedence);
    Assessor assessorAfter = new Assessor(base.codebook(), new RegroupedMeasured(measured, base, after), precedence);
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
          Assessment b = assessorAfter.assess(b0, lens, d, null);
          VerdictDistribution da = VerdictRobustness.of(PerturbationSpace.of(assessor, a0, lens, d, null, spec), spec);
          VerdictDistribution db = VerdictRobustness.of(PerturbationSpace.of(assessorAfter, b0, lens, d, null, spec), spec);
          List<String> unmeasured = new ArrayList<>();
          for (int i = 0; i < a.criteria().size(); i++) {
            if (a.criteria().get(i).hasMeasured() && !b.criteria().get(i).hasMeasured()) unmeasured.add(a.criteria().get(i).id());
          }
          rows.add(new Row(id, lens, d, a.verdict().label(), b.verdict().label(), role, outcome(a, role), outcome(b, role),
              da.share(), db.share(), unmeasured));
        }
      }
    }
    return rows;
  }

  /**
   * The measured memberships of the scenario's case base: those of the base, except for a case in
   * a year whose group (members on 1 July, as the measurement takes them, docs/measured.md) the
   * scenario changes.
   */
  record RegroupedMeasured(MeasuredMemberships base, CaseBase before, CaseBase after) implements MeasuredMemberships {
    boolean regrouped(String caseId, int year) {
      var a = before.find(caseId);
      var b = after.find(caseId);
      if (a.isEmpty() || b.isEmpty()) return a.isPresent() != b.isPresent();
      LocalDate july = LocalDate.of(year, 7, 1);
      return !new java.util.TreeSet<>(a.get().membersAt(july)).equals(new java.util.TreeSet<>(b.get().membersAt(july)));
    }

    @Override public java.util.Optional<io.integra.core.indicator.MeasuredMembership> find(String caseId, String lens, String criterion, int year) {
      return regrouped(caseId, year) ? java.util.Optional.empty() : base.find(caseId, lens, criterion, year);
    }

    @Override public java.util.SortedSet<Integer> years(String caseId, String lens) {
      java.util.SortedSet<Integer> out = new java.util.TreeSet<>();
      for (int y : base.years(caseId, lens)) if (!regrouped(caseId, y)) out.add(y);
      return java.util.Collections.unmodifiableSortedSet(out);
    }

    @Override public boolean isEmpty() { return base.isEmpty(); }
  }

  private static String outcome(Assessment a, String role) {
    return a.outcomeWithRole(role).map(OutcomeResult::membership).map(VerdictRule::format).orElse("-");
  }
}
