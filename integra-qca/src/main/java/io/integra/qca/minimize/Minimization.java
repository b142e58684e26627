package io.integra.qca.minimize;

import io.integra.qca.notation.Term;
import io.integra.qca.truthtable.TruthTable;

import java.util.List;

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
}
