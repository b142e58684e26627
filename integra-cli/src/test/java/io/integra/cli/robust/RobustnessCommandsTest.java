package io.integra.cli.robust;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.integra.cli.Cli;
import io.integra.cli.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The robustness and scenario commands on the made-up cases of the assess fixtures (read with --no-bundled). */
class RobustnessCommandsTest {
  @TempDir Path tmp;

  static String fixtures() {
    return TestData.fixture("assess-cli");
  }

  static Cli run(String... args) {
    return Cli.run(List.of("--no-bundled", "--cases", fixtures()), args);
  }

  @Test void assessJsonCountsEveryPerturbationOnce() {
    Cli r = run("robustness", "assess", "harbour-league", "--lens", "deutsch-1957", "--at", "2016-06-30", "--format", "json");
    assertThat(r.status()).as(r.err()).isZero();
    JsonNode j = r.json();
    assertThat(j.get("verdict").asText()).isEqualTo("pluralistic");
    long sum = 0;
    for (JsonNode v : j.get("verdicts")) sum += v.get("count").asLong();
    assertThat(sum).isEqualTo(j.get("evaluated").asLong());
    assertThat(j.get("exhaustive").asBoolean()).isTrue();
    assertThat(j.get("summary").asText()).startsWith("pluralistic in ").contains("admissible codings");
    assertThat(j.get("share").asDouble()).isBetween(0.0, 1.0);
    assertThat(j.get("tornado").isArray()).isTrue();
    assertThat(j.get("space").get("criteria").get(0).get("values").get(0).get("source").asText()).isIn("coded", "uncoded");
    assertThat(j.get("flips").get("sets").isArray()).isTrue();
  }

  @Test void textFitsEightyColumns() {
    for (String[] args : List.of(
        new String[] {"robustness", "assess", "harbour-league", "--lens", "deutsch-1957", "--at", "2016-06-30"},
        new String[] {"robustness", "compare", "harbour-league", "harbour-league-east", "--lens", "deutsch-1957", "--at", "2016-06-30"},
        new String[] {"robustness", "timeline", "harbour-league", "--lens", "deutsch-1957", "--from", "2005", "--to", "2010"})) {
      Cli r = run(args);
      assertThat(r.status()).as(r.err()).isZero();
      assertThat(r.out()).isNotBlank();
      assertThat(r.out().lines()).allSatisfy(l -> assertThat(l.length()).as(l).isLessThanOrEqualTo(80));
    }
  }

  @Test void aBadRobustnessFileIsReportedAtItsLineWithStatusTwo() throws IOException {
    Path f = tmp.resolve("rob.yaml");
    Files.writeString(f, "robustness:\n  bands: [0.1, 0.7]\n  uncoded: sometimes\n");
    Cli r = run("robustness", "assess", "harbour-league", "--lens", "deutsch-1957", "--at", "2016-06-30", "--robustness", f.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("rob.yaml:2:").contains("rob.yaml:3:").contains("interval or scale").doesNotContain("Exception");
    assertThat(r.out()).isEmpty();
  }

  @Test void aRobustnessFileNarrowsTheSpace() throws IOException {
    Path f = tmp.resolve("rob.yaml");
    Files.writeString(f, "robustness:\n  scale_steps: 0\n  coders: false\n  bands: [0.1]\n");
    Cli r = run("robustness", "assess", "harbour-league", "--lens", "deutsch-1957", "--at", "2016-06-30", "--robustness", f.toString(),
        "--format", "json");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.json().get("evaluated").asLong()).isEqualTo(1);
    assertThat(r.json().get("share").asDouble()).isEqualTo(1.0);
  }

  @Test void scenarioPrintsVerdictsBeforeAndAfterWithoutTouchingTheCases() throws IOException {
    Path f = tmp.resolve("s.yaml");
    Files.writeString(f, """
        scenario:
          id: two-leave
          title: two members leave
          dates: [2016-06-30]
          lenses: [deutsch-1957]
          changes:
            - case: harbour-league
              leave: {iso3: XDA, on: 2015-01-01}
            - case: harbour-league
              leave: {iso3: XDB, on: 2015-01-01}
        """);
    Cli r = run("scenario", "run", f.toString(), "--format", "json");
    assertThat(r.status()).as(r.err()).isZero();
    JsonNode row = r.json().get("rows").get(0);
    assertThat(row.get("before").asText()).isEqualTo("pluralistic");
    assertThat(row.get("after").asText()).isEqualTo("none");
    assertThat(row.get("changed").asBoolean()).isTrue();
    // the case base is untouched: assessing again gives the old verdict
    Cli again = run("assess", "harbour-league", "--lens", "deutsch-1957", "--at", "2016-06-30", "--format", "json");
    assertThat(again.json().get("verdict").asText()).isEqualTo("pluralistic");
  }

  @Test void aBadScenarioIsReportedAtItsLine() throws IOException {
    Path f = tmp.resolve("bad.yaml");
    Files.writeString(f, "scenario:\n  id: x\n  dates: [2016-06-30]\n  changes:\n    - case: nowhere\n      leave: {iso3: XDA, on: 2015-01-01}\n"
        + "    - case: harbour-league\n      recode: {lens: deutsch-1957, from: 2015-01-01, scores: {values: 2}}\n");
    Cli r = run("scenario", "run", f.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("bad.yaml:5:").contains("unknown case 'nowhere'").contains("bad.yaml:8:").contains("not a membership");
  }

  @Test void qcaRobustnessOnAReferenceDataSet() {
    Path lf = Path.of("..", "shared", "reference", "qca", "datasets", "LF.csv");
    if (!Files.exists(lf)) lf = Path.of("..", "..", "shared", "reference", "qca", "datasets", "LF.csv");
    Cli r = Cli.run("robustness", "qca", "--data", lf.toString(), "--outcome", "SURV", "--incl-cut", "0.8", "--include", "?",
        "--incl-cuts", "0.8,0.85", "--n-cuts", "1", "--theory", "DEV*STB", "--format", "json");
    assertThat(r.status()).as(r.err()).isZero();
    JsonNode j = r.json();
    assertThat(j.get("initial").get("solution").asText()).isEqualTo("DEV*~IND + URB*STB");
    assertThat(j.get("tests")).hasSize(1);
    assertThat(j.get("fit").get("RF_cov").asDouble()).isBetween(0.0, 1.0);
    assertThat(j.get("theory")).hasSize(4);
    Cli bad = Cli.run("robustness", "qca", "--data", lf.toString(), "--outcome", "SURV", "--calibrate", "DEV=NOPE:1/2/3");
    assertThat(bad.status()).isEqualTo(2);
    assertThat(bad.err()).contains("NOPE");
  }
}
