package io.integra.cli.qca;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.integra.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The qca commands, run in-process on the R QCA reference data sets and on bad input. */
class QcaCommandsTest {
    static final ObjectMapper JSON = new ObjectMapper();

    static Path dataset(String name) {
        return io.integra.cli.TestData.shared("reference/qca/datasets/" + name + ".csv");
    }

    static JsonNode vector(String path) throws Exception {
        return JSON.readTree(io.integra.cli.TestData.shared("reference/qca/vectors/" + path).toFile()).get("result");
    }

    @Test
    void caseBaseModeNamesAnUnknownOutcome() {
        Cli r = Cli.run("qca", "necessity", "--lens", "deutsch-1957", "--at", "2016-06-30", "--outcome", "nope", "--conditions", "values");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("unknown condition or outcome 'nope' for lens 'deutsch-1957'").contains("pluralistic");
    }

    @Test
    void minimizeJsonGivesRsModels() throws Exception {
        Cli r = Cli.run("qca", "minimize", "--data", dataset("CVF").toString(), "--outcome", "PROTEST", "--incl-cut", "0.8",
                "--include", "?", "--format", "json");
        assertThat(r.status()).as(r.err()).isZero();
        JsonNode got = JSON.readTree(r.out());
        JsonNode exp = vector("CVF/min_CVF_parsimonious.json");
        assertThat(sets(got.get("solutions"))).isEqualTo(sets(exp.get("solution")));
        JsonNode m1 = got.get("models").get(0);
        JsonNode expM1 = exp.get("IC").get("individual").get(0).get("sol.incl.cov").get(0);
        assertThat(m1.get("inclS").asDouble()).isCloseTo(expM1.get("inclS").asDouble(), within(1e-9));
        assertThat(m1.get("terms_fit").get(0).get("covU").asDouble()).isCloseTo(
                exp.get("IC").get("individual").get(0).get("incl.cov").get(0).get("covU").asDouble(), within(1e-9));
    }

    @Test
    void negatedOutcomeAndIntermediateSolution() throws Exception {
        Cli r = Cli.run("qca", "minimize", "--data", dataset("LC").toString(), "--outcome", "~SURV", "--format", "json");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(sets(JSON.readTree(r.out()).get("solutions"))).isEqualTo(sets(vector("LC/min_LC_conservative_negout.json").get("solution")));
        Cli i = Cli.run("qca", "minimize", "--data", dataset("LF").toString(), "--outcome", "SURV", "--incl-cut", "0.8",
                "--include", "?", "--dir-exp", "DEV,URB,LIT,IND,STB", "--format", "json");
        assertThat(i.status()).as(i.err()).isZero();
        JsonNode got = JSON.readTree(i.out());
        assertThat(got.get("solution_type").asText()).isEqualTo("intermediate");
        assertThat(sets(got.get("solutions"))).isEqualTo(sets(vector("LF/min_LF_intermediate.json").get("i.sol").get("C1P1").get("solution")));
    }

    @Test
    void textOutputFitsEightyColumns() {
        Cli r = Cli.run("qca", "minimize", "--data", dataset("CVF").toString(), "--outcome", "PROTEST", "--incl-cut", "0.8", "--include", "?");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("M4: ~NATPRIDE + DEMOC*GEOCON*POLDIS");
        for (String line : r.out().split("\n")) assertThat(line.length()).as(line).isLessThanOrEqualTo(80);
        Cli t = Cli.run("qca", "tt", "--data", dataset("CVF").toString(), "--outcome", "PROTEST", "--incl-cut", "0.8,0.75", "--sort-by", "incl");
        assertThat(t.status()).isZero();
        assertThat(t.out()).contains(" C ");
        for (String line : t.out().split("\n")) assertThat(line.length()).as(line).isLessThanOrEqualTo(80);
    }

    @Test
    void necessityJson() throws Exception {
        Cli r = Cli.run("qca", "necessity", "--data", dataset("CVF").toString(), "--outcome", "PROTEST", "--format", "json");
        assertThat(r.status()).as(r.err()).isZero();
        JsonNode c = JSON.readTree(r.out()).get("conditions");
        JsonNode exp = vector("CVF/pof_nec_CVF.json").get("incl.cov");
        assertThat(c.get(0).get("term").asText()).isEqualTo("DEMOC");
        assertThat(c.get(0).get("inclN").asDouble()).isCloseTo(exp.get(0).get("inclN").asDouble(), within(1e-9));
        assertThat(c.get(0).get("RoN").asDouble()).isCloseTo(exp.get(0).get("RoN").asDouble(), within(1e-9));
        assertThat(c.get(0).get("covN").asDouble()).isCloseTo(exp.get(0).get("covN").asDouble(), within(1e-9));
    }

    @Test
    void calibrateWritesTheColumnAtomically(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("raw.csv");
        Files.writeString(in, "case,gdp,Y\na,460,0\nb,2000,1\nc,20000,1\n");
        Path out = dir.resolve("cal.csv");
        Cli r = Cli.run("qca", "calibrate", "--data", in.toString(), "--column", "gdp", "--thresholds", "e=500,c=2000,i=15000",
                "--name", "DEV", "--out", out.toString());
        assertThat(r.status()).as(r.err()).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).isEqualTo("case,gdp,Y,DEV");
        assertThat(lines.get(2)).endsWith(",0.5");
        assertThat(Files.list(dir).filter(p -> p.getFileName().toString().endsWith(".tmp")).count()).isZero();
    }

    @Test
    void badInputExitsWithStatusTwo(@TempDir Path dir) throws Exception {
        String lc = dataset("LC").toString();
        Cli unknown = Cli.run("qca", "tt", "--data", lc, "--outcome", "SURV", "--conditions", "DEV,NOPE");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).contains("NOPE").doesNotContain("Exception");

        Path fuzzy = dir.resolve("f.csv");
        Files.writeString(fuzzy, "case,A,Y\na,0.2,1\nb,1.7,0.4\n");
        Cli range = Cli.run("qca", "tt", "--data", fuzzy.toString(), "--outcome", "Y");
        assertThat(range.status()).isEqualTo(2);
        assertThat(range.err()).contains("outside [0,1]");

        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "case,A,Y\na,1,1\nb,x,0\n");
        Cli malformed = Cli.run("qca", "tt", "--data", bad.toString(), "--outcome", "Y");
        assertThat(malformed.status()).isEqualTo(2);
        assertThat(malformed.err()).contains("bad.csv:3:");

        Path ragged = dir.resolve("ragged.csv");
        Files.writeString(ragged, "case,A,Y\na,1,1\nb,0\n");
        assertThat(Cli.run("qca", "tt", "--data", ragged.toString(), "--outcome", "Y").err()).contains("ragged.csv:3:");

        Cli empty = Cli.run("qca", "tt", "--data", lc, "--outcome", "SURV", "--n-cut", "50");
        assertThat(empty.status()).isEqualTo(2);
        assertThat(empty.err()).contains("no configurations");

        Cli contradictory = Cli.run("qca", "minimize", "--data", lc, "--outcome", "SURV", "--dir-exp", "DEV");
        assertThat(contradictory.status()).isEqualTo(2);
        assertThat(contradictory.err()).contains("contradictory");

        Cli noData = Cli.run("qca", "minimize", "--outcome", "SURV");
        assertThat(noData.status()).isEqualTo(2);

        Cli missing = Cli.run("qca", "tt", "--data", dir.resolve("none.csv").toString(), "--outcome", "Y");
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).contains("no such file");
    }

    @Test
    void caseBaseModeDropsUncodedCasesWithAWarning() {
        Cli r = Cli.run("qca", "necessity", "--lens", "deutsch-1957", "--at", "2015-01-01", "--outcome", "pluralistic",
                "--conditions", "values,responsiveness,predictability", "--format", "json");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.err()).contains("left out");
        Cli bad = Cli.run("qca", "necessity", "--lens", "no-such-lens", "--outcome", "x");
        assertThat(bad.status()).isEqualTo(2);
    }

    static Set<Set<String>> sets(JsonNode models) {
        Set<Set<String>> out = new HashSet<>();
        for (JsonNode m : models) {
            Set<String> s = new HashSet<>();
            m.forEach(t -> s.add(t.asText()));
            out.add(s);
        }
        return out;
    }

    static List<String> strings(JsonNode a) {
        List<String> out = new ArrayList<>();
        a.forEach(n -> out.add(n.asText()));
        return out;
    }
}
