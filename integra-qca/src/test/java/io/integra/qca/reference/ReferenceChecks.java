package io.integra.qca.reference;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.TestAbortedException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Shared by the reference test classes: every entry of the R QCA reference manifest
 * (shared/reference/qca/manifest.json) that maps to an Integra feature is replayed through the Java API from the
 * exact R call text and compared with R's result (solutions as sets of terms, models in R's order; numbers to
 * 1e-6, 1e-3 for indirect calibration, which R rounds to six decimals after a GLM fit). Each entry belongs to
 * exactly one topic class, chosen by the R function it calls; entries for R helpers without an Integra
 * counterpart are listed in {@link #NOT_COVERED} with the reason and reported as aborted (skipped) tests by
 * {@link NotCoveredReferenceTest}.
 */
final class ReferenceChecks {
    private ReferenceChecks() {}

    static final double TOL = 1e-6;

    /** Manifest entries (by id prefix) deliberately not reproduced, and why. */
    static final Map<String, String> NOT_COVERED = Map.of(
            "findTh", "threshold search by hierarchical clustering (R's hclust) is not an Integra feature",
            "modelFit", "model fit against a theory needs Boolean intersection/negation of expressions (not implemented)",
            "complexity", "R helper counting implicants of a space",
            "chart_", "R helper makeChart on literal expressions",
            "findmin", "R helper on a makeChart matrix",
            "solveChart", "R helper on a makeChart matrix (the chart solver itself is tested through minimize and property tests)",
            "allExpressions", "R helper listing all expressions of a space",
            "createMatrix", "R helper", "getRow", "R helper", "findSub", "R helper");

    /** R functions replayed by a topic class; every other function is reported by {@link NotCoveredReferenceTest}. */
    static final Set<String> COVERED_FUNCTIONS = Set.of("calibrate", "truthTable", "findRows", "minimize", "pof", "pofind",
            "superSubset", "using");

    /** One manifest entry with its parsed R call; a check of an entry receives it. */
    interface Check {
        void run(JsonNode entry, JsonNode vector, REnv env, RCall call);
    }

    /** Why an entry is not replayed, or null when it is. */
    static String notCoveredReason(JsonNode entry) {
        String id = entry.get("id").asText();
        for (Map.Entry<String, String> nc : NOT_COVERED.entrySet()) {
            if (id.startsWith(nc.getKey())) return nc.getValue();
        }
        if (id.equals("findSupersets_14")) return "R helper";
        String fn = RCall.parse(entry.get("call").asText()).function();
        return COVERED_FUNCTIONS.contains(fn) ? null : fn;
    }

    /** One dynamic test per replayed entry calling one of {@code functions}. */
    static Stream<DynamicTest> tests(Set<String> functions, Check check) {
        return Reference.entries().stream()
                .filter(e -> notCoveredReason(e) == null)
                .filter(e -> functions.contains(RCall.parse(e.get("call").asText()).function()))
                .map(e -> DynamicTest.dynamicTest(e.get("id").asText(), () -> {
                    RCall call = RCall.parse(e.get("call").asText());
                    check.run(e, Reference.vector(e), new REnv(e), call);
                }));
    }

    /** One aborted (skipped) test per entry not replayed, with the reason. */
    static Stream<DynamicTest> notCovered() {
        List<DynamicTest> out = new ArrayList<>();
        for (JsonNode e : Reference.entries()) {
            String reason = notCoveredReason(e);
            if (reason != null) {
                out.add(DynamicTest.dynamicTest(e.get("id").asText(), () -> {
                    throw new TestAbortedException("not covered: " + reason);
                }));
            }
        }
        return out.stream();
    }

    static void checkVector(double[] got, JsonNode expected, double tol) {
        assertThat(got).hasSize(expected.size());
        for (int i = 0; i < got.length; i++) assertThat(got[i]).as("element %d", i).isCloseTo(expected.get(i).asDouble(), within(tol));
    }

    static List<String> strings(JsonNode arr) {
        List<String> out = new ArrayList<>();
        if (arr != null && !arr.isNull()) arr.forEach(n -> out.add(n.asText()));
        return out;
    }

    static List<String> stringsOf(JsonNode arr, String field) {
        List<String> out = new ArrayList<>();
        arr.forEach(n -> out.add(n.get(field).asText()));
        return out;
    }

    static List<Long> longs(JsonNode arr) {
        List<Long> out = new ArrayList<>();
        arr.forEach(n -> out.add(n.asLong()));
        return out;
    }

    static List<Long> rowNumbers(JsonNode rows) {
        List<Long> out = new ArrayList<>();
        if (rows != null && !rows.isNull()) rows.forEach(n -> out.add(Long.parseLong(n.get("row").asText())));
        return out;
    }
}
