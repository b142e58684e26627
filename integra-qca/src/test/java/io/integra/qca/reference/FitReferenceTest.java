package io.integra.qca.reference;

import com.fasterxml.jackson.databind.JsonNode;
import io.integra.qca.fuzzy.NecessityFit;
import io.integra.qca.fuzzy.SufficiencyFit;
import io.integra.qca.fuzzy.SuperSubset;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static io.integra.qca.reference.ReferenceChecks.TOL;
import static io.integra.qca.reference.ReferenceChecks.checkVector;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Parameters of fit and set operations against the reference manifest: R's {@code pof()}, {@code pofind()},
 * {@code superSubset()} and fuzzy intersection/union ({@code using(..., fuzzyand/fuzzyor(...))}).
 */
class FitReferenceTest {
    @TestFactory
    Stream<DynamicTest> fitEntries() {
        return ReferenceChecks.tests(Set.of("pof", "pofind", "superSubset", "using"), (entry, vec, env, call) -> {
            switch (call.function()) {
                case "superSubset" -> checkSuperSubset(env.superSubset(call), vec.get("result"));
                case "using" -> checkVector(env.using(call), vec.get("result").get("values"), TOL);
                default -> checkPof(env.pof(call), vec.get("result"));
            }
        });
    }

    static void checkPof(List<Object> fits, JsonNode r) {
        JsonNode rows = r.get("incl.cov");
        assertThat(fits).hasSize(rows.size());
        for (int i = 0; i < fits.size(); i++) {
            JsonNode e = rows.get(i);
            Object f = fits.get(i);
            if (f instanceof NecessityFit) {
                NecessityFit n = (NecessityFit) f;
                assertThat(n.term().replace(" ", "")).isEqualTo(e.get("term").asText().replace(" ", ""));
                assertThat(n.inclN()).as("inclN %s", n.term()).isCloseTo(e.get("inclN").asDouble(), within(TOL));
                assertThat(n.RoN()).as("RoN %s", n.term()).isCloseTo(e.get("RoN").asDouble(), within(TOL));
                assertThat(n.covN()).as("covN %s", n.term()).isCloseTo(e.get("covN").asDouble(), within(TOL));
            } else {
                SufficiencyFit s = (SufficiencyFit) f;
                assertThat(s.term().replace(" ", "")).isEqualTo(e.get("term").asText().replace(" ", ""));
                assertThat(s.inclS()).as("inclS %s", s.term()).isCloseTo(e.get("inclS").asDouble(), within(TOL));
                assertThat(s.PRI()).as("PRI %s", s.term()).isCloseTo(e.get("PRI").asDouble(), within(TOL));
                assertThat(s.covS()).as("covS %s", s.term()).isCloseTo(e.get("covS").asDouble(), within(TOL));
                if (e.has("covU") && !e.get("covU").isNull()) {
                    assertThat(s.covU()).as("covU %s", s.term()).isCloseTo(e.get("covU").asDouble(), within(TOL));
                }
            }
        }
    }

    static void checkSuperSubset(SuperSubset.Result got, JsonNode r) {
        checkPof(new ArrayList<>(got.fits()), r);
    }
}
