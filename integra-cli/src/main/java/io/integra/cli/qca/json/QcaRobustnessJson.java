package io.integra.cli.qca.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.integra.qca.robust.QcaRobustness;
import io.integra.qca.robust.SweepResult;
import io.integra.qca.robust.TheoryEvaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code robustness qca --format json}: the robustness test protocol of Oana &amp; Schneider (2024): the initial
 * and test settings' solutions, the robust core, the ranges of consistency and coverage, the robustness fit
 * parameters, the cases that change sides, each case's robust-core membership and (with a theory) the four
 * regions of the theory evaluation.
 */
public record QcaRobustnessJson(Sweep initial, List<Sweep> tests, List<String> robustCore, String robustCoreExpression,
                                List<Double> consistency, List<Double> coverage, Fit fit, List<SideChange> sideChanges,
                                List<CoreMembership> robustCoreMembership,
                                @JsonInclude(JsonInclude.Include.NON_NULL) List<Region> theory) {

    /** One setting and the solution it gives (null fit and an error where it gives none). */
    public record Sweep(double inclCut, double priCut, int nCut, Map<String, List<Double>> anchors, String solution, List<String> terms,
                       int models, Double consistency, Double coverage, String error) {
        static Sweep of(SweepResult s) {
            return new Sweep(s.setting().inclCut(), s.setting().priCut(), s.setting().nCut(), s.setting().anchors(), s.solution(), s.terms(),
                    s.models(), Numbers.orNull(s.consistency()), Numbers.orNull(s.coverage()), s.error());
        }
    }

    /** RF_cov, RF_cons, RF_SC of the minimal and maximal test sets. */
    public record Fit(@JsonProperty("RF_cov") Double rfCov, @JsonProperty("RF_cons") Double rfCons,
                      @JsonProperty("RF_SC_minTS") Double rfScMinTs, @JsonProperty("RF_SC_maxTS") Double rfScMaxTs) {}

    /** A case whose side of the solution changes between the initial (IS) and the minimal or maximal test set. */
    public record SideChange(@JsonProperty("case") String caseId, String kind, @JsonProperty("IS") double initial,
                             @JsonProperty("minTS") double minTs, @JsonProperty("maxTS") double maxTs, double outcome) {}

    /** A case's membership in the robust core. */
    public record CoreMembership(@JsonProperty("case") String caseId, @JsonProperty("RC") double rc) {}

    /** One region of the theory evaluation (T*S, T*~S, ~T*S, ~T*~S). */
    public record Region(String region, String expression, @JsonProperty("inclS") Double inclS, @JsonProperty("PRI") Double pri,
                         @JsonProperty("covS") Double covS, List<String> casesInY, List<String> casesNotInY) {}

    public static QcaRobustnessJson of(QcaRobustness.Result r, List<TheoryEvaluation.Region> regions) {
        List<CoreMembership> core = new ArrayList<>();
        for (int i = 0; i < r.cases().size(); i++) core.add(new CoreMembership(r.cases().get(i), r.rc()[i]));
        Fit fit = new Fit(Numbers.orNull(r.fit().rfCov()), Numbers.orNull(r.fit().rfCons()), Numbers.orNull(r.fit().rfScMinTs()),
                Numbers.orNull(r.fit().rfScMaxTs()));
        List<SideChange> sides = r.sideChanges().stream()
                .map(s -> new SideChange(s.caseId(), s.kind(), s.initial(), s.minTs(), s.maxTs(), s.outcome())).toList();
        List<Region> theory = regions.isEmpty() ? null : regions.stream().map(g -> new Region(g.name(), g.expression(),
                Numbers.orNull(g.fit().inclS()), Numbers.orNull(g.fit().PRI()), Numbers.orNull(g.fit().covS()), g.casesInY(), g.casesNotInY())).toList();
        return new QcaRobustnessJson(Sweep.of(r.initial()), r.tests().stream().map(Sweep::of).toList(), r.robustCore(), r.coreExpression(),
                List.of(r.consistency()[0], r.consistency()[1]), List.of(r.coverage()[0], r.coverage()[1]), fit, sides, core, theory);
    }
}
