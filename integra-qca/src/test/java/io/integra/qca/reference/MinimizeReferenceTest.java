package io.integra.qca.reference;

import com.fasterxml.jackson.databind.JsonNode;
import io.integra.qca.fuzzy.SufficiencyFit;
import io.integra.qca.minimize.Minimization;
import io.integra.qca.minimize.ModelFit;
import io.integra.qca.minimize.Solution;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static io.integra.qca.reference.ReferenceChecks.TOL;
import static io.integra.qca.reference.ReferenceChecks.longs;
import static io.integra.qca.reference.ReferenceChecks.rowNumbers;
import static io.integra.qca.reference.ReferenceChecks.strings;
import static io.integra.qca.reference.ReferenceChecks.stringsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * R's {@code minimize()} against the reference manifest: conservative, parsimonious and intermediate solutions
 * (models in R's order), essential and prime implicants, PI charts, parameters of fit and simplifying assumptions.
 */
class MinimizeReferenceTest {
    @TestFactory
    Stream<DynamicTest> minimizeEntries() {
        return ReferenceChecks.tests(Set.of("minimize"), (entry, vec, env, call) -> checkMinimize(env.minimize(call), vec.get("result")));
    }

    static void checkMinimize(Minimization m, JsonNode r) {
        assertThat(m.initials().stream().map(m::write).toList()).as("initials").isEqualTo(strings(r.get("initials")));
        assertThat(m.negatives()).as("negatives").containsExactlyElementsOf(longs(r.get("negatives")));
        checkSolution(m, m.solution(), r, true);
        if (r.has("i.sol")) {
            List<String> keys = new ArrayList<>();
            r.get("i.sol").fieldNames().forEachRemaining(keys::add);
            assertThat(m.intermediate().stream().map(Solution::name).toList()).as("intermediate solutions").isEqualTo(keys);
            for (Solution s : m.intermediate()) {
                JsonNode is = r.get("i.sol").get(s.name());
                checkSolution(m, s, is, false);
                assertThat(s.simplifyingAssumptions().get("EC")).as("EC of %s", s.name()).containsExactlyElementsOf(rowNumbers(is.get("EC")));
                assertThat(s.simplifyingAssumptions().get("DC")).as("DC of %s", s.name()).containsExactlyElementsOf(rowNumbers(is.get("DC")));
            }
        } else {
            assertThat(m.intermediate()).isEmpty();
        }
    }

    static void checkSolution(Minimization m, Solution s, JsonNode r, boolean main) {
        List<List<String>> models = m.writtenModels(s);
        List<Set<String>> got = models.stream().map(l -> (Set<String>) new HashSet<>(l)).toList();
        List<Set<String>> exp = new ArrayList<>();
        r.get("solution").forEach(mm -> exp.add(new HashSet<>(strings(mm))));
        assertThat(got).as("models of %s", s.name()).containsExactlyElementsOf(exp);
        assertThat(s.essential().stream().map(m::write).toList()).as("essential").containsExactlyInAnyOrderElementsOf(strings(r.get("essential")));
        assertThat(s.primes().stream().map(m::write).toList()).as("primes (R order)").containsExactlyElementsOf(strings(r.get("primes")));
        if (r.has("PIchart")) {
            assertThat(s.chartRows().stream().map(m::write).toList()).as("PI chart rows").containsExactlyElementsOf(strings(r.get("PIchart").get("rows")));
            assertThat(s.chartColumns()).as("PI chart columns").containsExactlyElementsOf(strings(r.get("PIchart").get("cols")).stream().map(Long::parseLong).toList());
        }
        JsonNode ic = r.get("IC");
        if (ic != null && !ic.isNull()) {
            if (ic.has("overall")) {
                checkFits(s.overall(), ic.get("overall").get("incl.cov"), true);
                JsonNode ind = ic.get("individual");
                assertThat(s.modelFits()).hasSize(ind.size());
                for (int i = 0; i < ind.size(); i++) {
                    ModelFit mf = s.modelFits().get(i);
                    checkFits(mf.termFits(), ind.get(i).get("incl.cov"), true);
                    checkSolFit(mf.solution(), ind.get(i).get("sol.incl.cov").get(0));
                }
            } else {
                assertThat(s.modelFits()).hasSize(1);
                checkFits(s.modelFits().get(0).termFits(), ic.get("incl.cov"), true);
                checkSolFit(s.modelFits().get(0).solution(), ic.get("sol.incl.cov").get(0));
                for (JsonNode t : ic.get("incl.cov")) {
                    if (t.has("cases")) assertThat(s.termCases().get(t.get("term").asText())).as("cases of %s", t.get("term").asText()).isEqualTo(t.get("cases").asText());
                }
            }
        }
        if (main && r.has("SA") && !r.get("SA").isNull()) {
            JsonNode sa = r.get("SA");
            for (int i = 0; i < s.models().size(); i++) {
                String key = sa.size() > 9 ? String.format("M%02d", i + 1) : "M" + (i + 1);
                if (!sa.has(key)) key = "M" + (i + 1);
                assertThat(s.simplifyingAssumptions().get("M" + (i + 1))).as("SA of %s", key).containsExactlyElementsOf(rowNumbers(sa.get(key)));
            }
        }
    }

    static void checkFits(List<SufficiencyFit> got, JsonNode exp, boolean covU) {
        assertThat(got.stream().map(SufficiencyFit::term).toList()).as("fit terms").isEqualTo(
                stringsOf(exp, "term"));
        for (int i = 0; i < got.size(); i++) {
            JsonNode e = exp.get(i);
            SufficiencyFit f = got.get(i);
            assertThat(f.inclS()).as("inclS %s", f.term()).isCloseTo(e.get("inclS").asDouble(), within(TOL));
            assertThat(f.PRI()).as("PRI %s", f.term()).isCloseTo(e.get("PRI").asDouble(), within(TOL));
            assertThat(f.covS()).as("covS %s", f.term()).isCloseTo(e.get("covS").asDouble(), within(TOL));
            if (covU && e.has("covU") && !e.get("covU").isNull()) {
                assertThat(f.covU()).as("covU %s", f.term()).isCloseTo(e.get("covU").asDouble(), within(TOL));
            }
        }
    }

    static void checkSolFit(SufficiencyFit f, JsonNode e) {
        assertThat(f.inclS()).as("solution inclS").isCloseTo(e.get("inclS").asDouble(), within(TOL));
        assertThat(f.PRI()).as("solution PRI").isCloseTo(e.get("PRI").asDouble(), within(TOL));
        assertThat(f.covS()).as("solution covS").isCloseTo(e.get("covS").asDouble(), within(TOL));
    }
}
