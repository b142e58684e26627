package io.integra.cli.qca;

import com.fasterxml.jackson.databind.JsonNode;
import io.integra.cli.Cli;
import io.integra.cli.TestData;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * QCA on the case base: chosen conditions, case-years as units with the case as cluster, units with unknown
 * values dropped with a message naming them, and the circularity warning. The fixture (fixtures/qca-panel) is an
 * invented panel of three cases coded on a five-value scale; the expected values are computed here by hand from
 * the fixture's scores, independently of the Assessor and of integra-qca.
 */
class QcaCaseBaseTest {
    static String panel() {
        return TestData.fixture("qca-panel");
    }

    /** The fixture's scores (a, b, c) per case-year, sampled on 30 June: p1 recoded on 2012-01-01, p3 coded from 2011. */
    static Map<String, double[]> units() {
        Map<String, double[]> u = new LinkedHashMap<>();
        for (int y = 2010; y <= 2013; y++) u.put("p1:" + y, y < 2012 ? new double[] {1, 0, 1} : new double[] {1, 1, 0.75});
        for (int y = 2010; y <= 2013; y++) u.put("p2:" + y, new double[] {0, 1, 0});
        for (int y = 2011; y <= 2013; y++) u.put("p3:" + y, new double[] {0.75, 0, 0.25});
        return u;
    }

    /** Membership in a written term such as {@code a*~b} over the conditions a, b. */
    static double term(String t, double[] v) {
        double m = 1;
        for (String lit : t.split("\\*")) {
            boolean neg = lit.startsWith("~");
            int c = lit.replace("~", "").charAt(0) - 'a';
            m = Math.min(m, neg ? 1 - v[c] : v[c]);
        }
        return m;
    }

    /** inclS and covS of the model over the units whose key starts with {@code prefix} (or contains it, for years). */
    static double[] fit(List<String> model, Map<String, double[]> units, java.util.function.Predicate<String> which) {
        double sx = 0, sy = 0, smin = 0;
        for (Map.Entry<String, double[]> e : units.entrySet()) {
            if (!which.test(e.getKey())) continue;
            double x = 0;
            for (String t : model) x = Math.max(x, term(t, e.getValue()));
            double y = e.getValue()[2]; // the outcome y is defined as c
            sx += x;
            sy += y;
            smin += Math.min(x, y);
        }
        return new double[] {smin / sx, smin / sy};
    }

    static void close(JsonNode n, double expected) {
        if (Double.isNaN(expected)) assertThat(n.isNull()).as("expected null (undefined), got " + n).isTrue();
        else assertThat(n.asDouble()).isCloseTo(expected, within(1e-12));
    }

    @Test
    void caseYearsWithClusterDiagnosticsMatchAHandComputation() throws Exception {
        Cli r = Cli.run("qca", "minimize", "--no-bundled", "--cases", panel(), "--lens", "panel", "--years", "2010-2013",
                "--outcome", "y", "--conditions", "a,b", "--incl-cut", "0.7", "--format", "json");
        assertThat(r.status()).as(r.err()).isZero();
        // p3 is not coded in 2010: dropped with a message naming the unit and what is unknown
        assertThat(r.err()).contains("1 of 12 case-years left out").contains("p3 2010: unknown a, b, y");
        assertThat(r.err()).doesNotContain("circular");
        JsonNode j = QcaCommandsTest.JSON.readTree(r.out());
        Map<String, double[]> units = units();
        JsonNode clusters = j.get("cluster");
        assertThat(clusters).isNotEmpty();
        for (JsonNode c : clusters) {
            JsonNode model = null;
            for (JsonNode m : j.get("models")) if (m.get("name").asText().equals(c.get("model").asText())) model = m;
            List<String> terms = QcaCommandsTest.strings(model.get("terms"));
            double[] pooled = fit(terms, units, k -> true);
            close(c.get("pooled").get("inclS"), pooled[0]);
            close(c.get("pooled").get("covS"), pooled[1]);
            assertThat(c.get("pooled").get("units").asInt()).isEqualTo(11);
            List<String> seen = new ArrayList<>();
            double sq = 0;
            int n = 0;
            for (JsonNode p : c.get("within_cases")) {
                String cs = p.get("cluster").asText();
                seen.add(cs);
                double[] f = fit(terms, units, k -> k.startsWith(cs + ":"));
                close(p.get("inclS"), f[0]);
                close(p.get("covS"), f[1]);
                if (!Double.isNaN(f[0])) {
                    sq += Math.pow(f[0] / pooled[0] - 1, 2);
                    n++;
                }
            }
            assertThat(seen).containsExactly("p1", "p2", "p3");
            close(c.get("case_distance"), Math.sqrt(sq / n));
            for (JsonNode p : c.get("between_years")) {
                String y = p.get("cluster").asText();
                double[] f = fit(terms, units, k -> k.endsWith(":" + y));
                close(p.get("inclS"), f[0]);
                close(p.get("covS"), f[1]);
            }
            assertThat(c.get("between_years")).hasSize(4);
        }
        // the text output names the diagnostics too
        Cli t = Cli.run("qca", "minimize", "--no-bundled", "--cases", panel(), "--lens", "panel", "--years", "2010-2013",
                "--outcome", "y", "--conditions", "a,b", "--incl-cut", "0.7");
        assertThat(t.out()).contains("Cluster diagnostics").contains("pooled inclS 0.750, covS 0.353 over 11 units");
    }

    @Test
    void anOutcomeDefinedByTheConditionsIsFlaggedAsCircular() {
        Cli r = Cli.run("qca", "minimize", "--no-bundled", "--cases", panel(), "--lens", "panel", "--at", "2013-06-30",
                "--outcome", "circ", "--conditions", "b,c");
        assertThat(r.err()).contains("circular design").contains("'circ'").contains("a * b").contains("condition(s) b;");
        Cli ok = Cli.run("qca", "necessity", "--no-bundled", "--cases", panel(), "--lens", "panel", "--at", "2013-06-30",
                "--outcome", "y", "--conditions", "a,b");
        assertThat(ok.status()).as(ok.err()).isZero();
        assertThat(ok.err()).doesNotContain("circular");
    }

    @Test
    void tooManyConditionsSayWhichToChoose() {
        // p3 has no coding in 2010: with every criterion as condition nothing is left, and the message says what to do
        Cli r = Cli.run("qca", "minimize", "--no-bundled", "--cases", panel(), "--lens", "panel", "--at", "2010-06-30", "--outcome", "nope");
        assertThat(r.status()).isEqualTo(2);
        Cli bad = Cli.run("qca", "minimize", "--no-bundled", "--cases", panel(), "--lens", "panel", "--years", "2013-2010", "--outcome", "y");
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).contains("ends before it starts");
        Cli both = Cli.run("qca", "minimize", "--no-bundled", "--cases", panel(), "--lens", "panel", "--years", "2010", "--at", "2010-06-30", "--outcome", "y");
        assertThat(both.status()).isEqualTo(2);
        assertThat(both.err()).contains("--at and --years");
        // years before a case's founding are not units at all, and the message says so
        Cli early = Cli.run("qca", "tt", "--no-bundled", "--cases", panel(), "--lens", "panel", "--years", "2007-2010", "--outcome", "y", "--conditions", "a,b");
        assertThat(early.err()).contains("not units: p1 2007-2008 (founded 2009-01-01); p2 2007-2008").contains("4 of 6 case-years left out")
                .contains("p1 2009: unknown a, b, y").contains("p3 2009-2010: unknown a, b, y");
    }

    @Test
    void theThesisCaseBaseRunsOnChosenConditions() {
        // the call: every criterion as condition leaves no case; the message lists the best-known criteria
        Cli all = Cli.run("qca", "minimize", "--lens", "deutsch-1957", "--at", "2016-06-30", "--outcome", "pluralistic", "--include", "?");
        assertThat(all.status()).isEqualTo(2);
        assertThat(all.err()).contains("--conditions").contains("Criteria known for the most cases");
        Cli some = Cli.run("qca", "tt", "--lens", "deutsch-1957", "--years", "2005-2016", "--outcome", "pluralistic",
                "--conditions", "values,responsiveness,predictability");
        assertThat(some.err()).contains("circular design").contains("values, responsiveness, predictability");
    }

    @Test
    void csvPanelDataTakeTheirClustersFromColumns(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        StringBuilder csv = new StringBuilder("case,a,b,y,cl,yr\n");
        for (Map.Entry<String, double[]> e : units().entrySet()) {
            double[] v = e.getValue();
            String[] id = e.getKey().split(":");
            csv.append(e.getKey()).append(',').append(v[0]).append(',').append(v[1]).append(',').append(v[2]).append(',')
                    .append(id[0].substring(1)).append(',').append(id[1]).append('\n');
        }
        Path f = dir.resolve("panel.csv");
        java.nio.file.Files.writeString(f, csv);
        Cli r = Cli.run("qca", "minimize", "--data", f.toString(), "--outcome", "y", "--incl-cut", "0.7", "--cluster", "cl", "--year", "yr", "--format", "json");
        assertThat(r.status()).as(r.err()).isZero();
        JsonNode j = QcaCommandsTest.JSON.readTree(r.out());
        // the cluster and year columns are labels, not conditions
        assertThat(QcaCommandsTest.strings(j.get("models").get(0).get("terms"))).containsExactly("a*b");
        JsonNode c = j.get("cluster").get(0);
        double[] pooled = fit(List.of("a*b"), units(), k -> true);
        close(c.get("pooled").get("inclS"), pooled[0]);
        close(c.get("pooled").get("covS"), pooled[1]);
        assertThat(c.get("within_cases")).extracting(n -> n.get("cluster").asText()).containsExactly("1", "2", "3");
        close(c.get("within_cases").get(0).get("covS"), fit(List.of("a*b"), units(), k -> k.startsWith("p1:"))[1]);
        Cli bad = Cli.run("qca", "minimize", "--data", f.toString(), "--outcome", "y", "--cluster", "nope");
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).contains("no column \"nope\"");
    }

    @Test
    void sufficiencyOfAnExpressionOnCaseYearsGivesTheClusterDiagnosticsToo() throws Exception {
        Cli r = Cli.run("qca", "sufficiency", "--no-bundled", "--cases", panel(), "--lens", "panel", "--years", "2010-2013",
                "--outcome", "y", "--expression", "a*~b", "--format", "json");
        assertThat(r.status()).as(r.err()).isZero();
        JsonNode c = QcaCommandsTest.JSON.readTree(r.out()).get("cluster");
        double[] pooled = fit(List.of("a*~b"), units(), k -> true);
        close(c.get("pooled").get("inclS"), pooled[0]);
        close(c.get("pooled").get("covS"), pooled[1]);
        double[] p3 = fit(List.of("a*~b"), units(), k -> k.startsWith("p3:"));
        close(c.get("within_cases").get(2).get("inclS"), p3[0]);
    }
}
