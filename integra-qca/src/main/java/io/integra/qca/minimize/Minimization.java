package io.integra.qca.minimize;

import io.integra.qca.notation.Term;
import io.integra.qca.truthtable.TruthTable;

import io.integra.qca.fuzzy.Fit;
import io.integra.qca.fuzzy.FuzzySets;
import io.integra.qca.fuzzy.SufficiencyFit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Result of a minimisation: the main solution (conservative or parsimonious) and, with directional
 * expectations, the intermediate solutions C1P1, C1P2, ... (one per pair of conservative and parsimonious
 * models), with the explained configurations ("initials") and the negative rows.
 */
public record Minimization(TruthTable truthTable, MinimizeOptions options, List<Term> initials, List<Long> negatives,
                           Solution solution, List<Solution> intermediate) {
    public Minimization {
        initials = List.copyOf(initials);
        negatives = List.copyOf(negatives);
        intermediate = List.copyOf(intermediate);
    }

    /** Terms written in QCA notation. */
    public String write(Term t) {
        return t.write(truthTable.conditions(), truthTable.multiValue());
    }

    /** The models as lists of written terms. */
    public List<List<String>> writtenModels(Solution s) {
        return s.models().stream().map(m -> m.stream().map(this::write).toList()).toList();
    }

    /** Whether {@code s} is one of the intermediate solutions (C1P1, ...). */
    public boolean isIntermediate(Solution s) {
        return intermediate.contains(s);
    }

    /**
     * The arrow R prints for model {@code model} (0-based) of {@code s} ({@link Relation}): for the conservative
     * and parsimonious solutions each model's own coverage decides; for an intermediate solution, as in R, the
     * coverage of all its implicants together (R's {@code IC$overall}, which is the model itself when there is one).
     */
    public String relation(Solution s, int model) {
        if (isIntermediate(s)) return Relation.arrow(primesFit(s).covS());
        return Relation.arrow(s.modelFits().get(model).solution().covS());
    }

    /** Fit of the union of every implicant used by the solution's models (R's {@code IC$overall$sol.incl.cov}). */
    public SufficiencyFit primesFit(Solution s) {
        double[][] ms = s.primes().stream().map(t -> Minimizer.membership(t, truthTable)).toArray(double[][]::new);
        double[] or = ms.length == 0 ? new double[truthTable.data().size()] : FuzzySets.or(ms);
        return Fit.sufficiency("overall", or, truthTable.outcome());
    }

    /**
     * The intermediate solutions grouped by identical models, in order of first appearance: R prints
     * "From C1P1, C1P2: ..." once for all the C*P* pairs that give the same models.
     */
    public List<IntermediateGroup> intermediateGroups() {
        Map<List<List<String>>, List<Solution>> groups = new LinkedHashMap<>();
        for (Solution s : intermediate) groups.computeIfAbsent(writtenModels(s), k -> new ArrayList<>()).add(s);
        List<IntermediateGroup> out = new ArrayList<>();
        for (List<Solution> g : groups.values()) out.add(new IntermediateGroup(g.stream().map(Solution::name).toList(), g.get(0)));
        return out;
    }

    /** Intermediate solutions that share their models: {@code names} (C1P1, ...) and the first of them. */
    public record IntermediateGroup(List<String> names, Solution solution) {
        public IntermediateGroup {
            names = List.copyOf(names);
        }
    }
}
