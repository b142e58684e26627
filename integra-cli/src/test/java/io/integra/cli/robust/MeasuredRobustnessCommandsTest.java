package io.integra.cli.robust;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.integra.casebase.CaseBaseLoader;
import io.integra.cli.Json;
import io.integra.cli.Main;
import io.integra.core.cases.CaseBase;
import io.integra.core.cases.IntegrationCase;
import io.integra.core.codebook.Lens;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The robustness commands use the assessor of {@code assess} (measured memberships by default,
 * docs/measured.md): for every bundled case and lens at two dates, the unperturbed verdict of
 * {@code robustness assess} is the verdict of {@code assess}, and every criterion's unperturbed
 * value is the membership {@code assess} uses; a measured one starts from its measured value.
 */
class MeasuredRobustnessCommandsTest {
  static JsonNode json(String... args) {
    StringWriter out = new StringWriter(), err = new StringWriter();
    int status = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
    assertThat(status).as(String.join(" ", args) + ": " + err).isZero();
    try {
      return Json.MAPPER.readTree(out.toString());
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + out, e);
    }
  }

  @Test void theUnperturbedVerdictIsAssessVerdictForEveryBundledCaseAndLens() {
    CaseBase base = CaseBaseLoader.bundled();
    int measured = 0, checked = 0;
    List<String> differing = new ArrayList<>();
    for (String at : List.of("2016-06-30", "2019-06-30")) {
      for (IntegrationCase c : base.cases()) {
        for (Lens l : base.codebook().lenses()) {
          JsonNode a = json("assess", c.id(), "--lens", l.id(), "--at", at, "--format", "json");
          JsonNode r = json("robustness", "assess", c.id(), "--lens", l.id(), "--at", at, "--format", "json", "--samples", "200");
          String where = c.id() + " " + l.id() + " " + at;
          assertThat(r.get("verdict").asText()).as(where).isEqualTo(a.get("verdict").asText());
          JsonNode crit = r.get("space").get("criteria");
          assertThat(crit.size()).as(where).isEqualTo(a.get("criteria").size());
          for (int i = 0; i < crit.size(); i++) {
            JsonNode ac = a.get("criteria").get(i), rc = crit.get(i);
            assertThat(rc.get("criterion").asText()).isEqualTo(ac.get("id").asText());
            JsonNode base0 = rc.get("values").get(0);
            boolean measuredBasis = ac.get("basis").asText().equals("measured");
            if (measuredBasis) {
              measured++;
              assertThat(base0.get("source").asText()).as(where + " " + ac.get("id")).startsWith("measured");
              assertThat(base0.get("low").asDouble()).as(where).isEqualTo(ac.get("measured").get("membership").asDouble());
              assertThat(rc.get("measured").get("raw").asDouble()).isEqualTo(ac.get("measured").get("raw").asDouble());
            } else {
              assertThat(base0.get("source").asText()).as(where + " " + ac.get("id")).doesNotStartWith("measured");
              assertThat(rc.get("measured").isNull()).isTrue();
            }
          }
          // the coded-only assessment, for the record of what measured memberships change
          JsonNode coded = json("robustness", "assess", c.id(), "--lens", l.id(), "--at", at, "--format", "json", "--samples", "200",
              "--no-measured");
          if (!coded.get("verdict").asText().equals(r.get("verdict").asText())) differing.add(where);
          checked++;
        }
      }
    }
    assertThat(checked).isEqualTo(2 * base.cases().size() * base.codebook().lenses().size());
    assertThat(measured).as("criteria whose membership is measured").isPositive();
    System.out.println("robustness = assess for " + checked + " case-lens-dates; " + measured
        + " measured criteria; verdicts that measured memberships change: " + differing);
  }

  @Test void aScenarioMemberLeavingMakesTheGroupsMeasuredValuesUnknown(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp)
      throws java.io.IOException {
    CaseBase base = CaseBaseLoader.bundled();
    java.time.LocalDate at = java.time.LocalDate.of(2016, 6, 30);
    // a bundled case with a measured criterion at the date, and one of its members (read from the data, not named here)
    IntegrationCase c = base.cases().stream().filter(k -> k.membersAt(at).size() > 2).filter(k -> {
      JsonNode a = json("assess", k.id(), "--lens", "deutsch-1957", "--at", at.toString(), "--format", "json");
      for (JsonNode cr : a.get("criteria")) if (cr.get("basis").asText().equals("measured")) return true;
      return false;
    }).findFirst().orElseThrow();
    String member = c.membersAt(at).get(0);
    java.nio.file.Path file = tmp.resolve("leave.yaml");
    java.nio.file.Files.writeString(file, "scenario:\n  id: leave\n  title: a member leaves\n  source: made up for a test\n"
        + "  lenses: [deutsch-1957]\n  dates: [" + at + "]\n  changes:\n    - case: " + c.id() + "\n      leave: {iso3: " + member
        + ", on: 2016-01-01}\n");
    JsonNode r = json("scenario", "run", file.toString(), "--format", "json");
    JsonNode row = r.get("rows").get(0);
    assertThat(row.get("unmeasured").size()).as(row.toString()).isPositive();
    JsonNode noMeasured = json("scenario", "run", file.toString(), "--format", "json", "--no-measured");
    assertThat(noMeasured.get("rows").get(0).get("unmeasured").size()).isZero();
  }
}
