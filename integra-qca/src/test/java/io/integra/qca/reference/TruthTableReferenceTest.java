package io.integra.qca.reference;

import com.fasterxml.jackson.databind.JsonNode;
import io.integra.qca.minimize.FindRows;
import io.integra.qca.truthtable.TruthTable;
import io.integra.qca.truthtable.TruthTableRow;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static io.integra.qca.reference.ReferenceChecks.TOL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** R's {@code truthTable()} and {@code findRows()} against the reference manifest. */
class TruthTableReferenceTest {
    @TestFactory
    Stream<DynamicTest> truthTableEntries() {
        return ReferenceChecks.tests(Set.of("truthTable", "findRows"), (entry, vec, env, call) -> {
            if (call.function().equals("truthTable")) checkTruthTable(env.truthTable(call), vec.get("result"));
            else checkFindRows(env, call, vec.get("result"));
        });
    }

    static void checkTruthTable(TruthTable tt, JsonNode r) {
        List<String> conds = new ArrayList<>();
        r.get("options").get("conditions").forEach(c -> conds.add(c.asText()));
        assertThat(tt.conditions()).isEqualTo(conds);
        assertThat(tt.levels()).containsExactly(Arrays.stream(Reference.doubles(r.get("noflevels"))).mapToInt(d -> (int) d).toArray());
        Map<Long, JsonNode> expected = new LinkedHashMap<>();
        r.get("rows").forEach(row -> expected.put(Long.parseLong(row.get("row").asText()), row));
        assertThat(tt.rows().stream().map(TruthTableRow::number).toList()).containsExactlyElementsOf(expected.keySet());
        for (TruthTableRow row : tt.rows()) {
            JsonNode e = expected.get(row.number());
            assertThat(row.out()).as("OUT of row %d", row.number()).isEqualTo(e.get("OUT").asText());
            assertThat(row.n()).as("n of row %d", row.number()).isEqualTo(e.get("n").asInt());
            for (int c = 0; c < conds.size(); c++) assertThat(row.value(c)).isEqualTo(e.get(conds.get(c)).asInt());
            if (e.get("incl").isNull()) {
                assertThat(row.incl()).isNaN();
            } else {
                assertThat(row.incl()).as("incl of row %d", row.number()).isCloseTo(e.get("incl").asDouble(), within(TOL));
                assertThat(row.pri()).as("PRI of row %d", row.number()).isCloseTo(e.get("PRI").asDouble(), within(TOL));
            }
            assertThat(String.join(",", row.cases())).as("cases of row %d", row.number()).isEqualTo(e.get("cases").asText());
        }
        if (r.hasNonNull("print_order")) {
            List<Long> order = new ArrayList<>();
            r.get("print_order").forEach(n -> order.add(n.asLong()));
            assertThat(tt.printOrder()).as("print order").containsExactlyElementsOf(order);
        }
    }

    static void checkFindRows(REnv env, RCall call, JsonNode r) {
        TruthTable tt = env.tt(call.named().get("obj"));
        List<Long> got;
        String type = call.named().getOrDefault("type", "1");
        if (type.equals("2")) {
            Double ic = call.named().containsKey("incl.cut") ? Double.valueOf(call.named().get("incl.cut")) : null;
            Double pc = call.named().containsKey("pri.cut") ? Double.valueOf(call.named().get("pri.cut")) : null;
            got = FindRows.contradictorySimplifyingAssumptions(tt, ic, pc, null);
        } else {
            got = FindRows.subsetRows(tt, RCall.unquote(call.positional().get(0)), "TRUE".equals(call.named().get("observed")));
        }
        List<Long> exp = new ArrayList<>();
        r.get("values").forEach(v -> exp.add(v.asLong()));
        assertThat(got).containsExactlyElementsOf(exp);
    }
}
