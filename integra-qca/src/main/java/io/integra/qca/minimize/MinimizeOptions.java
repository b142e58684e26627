package io.integra.qca.minimize;

import io.integra.qca.QcaException;

import java.util.List;
import java.util.Set;

/**
 * Options of a minimisation, as R QCA's {@code minimize()}: which output values to explain (default "1"),
 * which to include as "don't cares" ({@code "?"} = remainders, giving the parsimonious solution; {@code "C"}
 * = contradictions), directional expectations for intermediate solutions ({@code "A"}, {@code "~B"},
 * {@code "C*~D"}, {@code "E[1]"}, or the old positional form {@code "1,0,-"}), all irredundant models instead
 * of the minimal ones ({@code allSol}), row dominance, and the limits of the model enumeration.
 */
public record MinimizeOptions(Set<String> explain, Set<String> include, List<String> dirExp, boolean allSol,
                              boolean rowDom, int maxModels, long nodeBudget) {
    public MinimizeOptions {
        explain = Set.copyOf(explain);
        include = Set.copyOf(include);
        dirExp = List.copyOf(dirExp);
        for (String e : explain) if (!Set.of("1", "C").contains(e)) throw new QcaException("explain must be 1 and/or C, not \"" + e + "\"");
        for (String e : include) if (!Set.of("?", "C", "1").contains(e)) throw new QcaException("include must be ? and/or C, not \"" + e + "\"");
        if (!dirExp.isEmpty() && !include.contains("?")) {
            throw new QcaException("directional expectations need the remainders included (include = \"?\")");
        }
        if (maxModels < 1) throw new QcaException("maxModels must be positive");
    }

    /** Conservative solution: explain 1, no remainders. */
    public static MinimizeOptions conservative() {
        return new MinimizeOptions(Set.of("1"), Set.of(), List.of(), false, false, 10_000, 20_000_000L);
    }

    /** Parsimonious solution: remainders included. */
    public static MinimizeOptions parsimonious() {
        return conservative().withInclude(Set.of("?"));
    }

    public MinimizeOptions withInclude(Set<String> inc) {
        return new MinimizeOptions(explain, inc, dirExp, allSol, rowDom, maxModels, nodeBudget);
    }

    public MinimizeOptions withDirExp(List<String> de) {
        return new MinimizeOptions(explain, include, de, allSol, rowDom, maxModels, nodeBudget);
    }

    public MinimizeOptions withAllSol(boolean a) {
        return new MinimizeOptions(explain, include, dirExp, a, rowDom, maxModels, nodeBudget);
    }

    public MinimizeOptions withRowDom(boolean r) {
        return new MinimizeOptions(explain, include, dirExp, allSol, r, maxModels, nodeBudget);
    }

    public MinimizeOptions withLimits(int models, long nodes) {
        return new MinimizeOptions(explain, include, dirExp, allSol, rowDom, models, nodes);
    }
}
