package io.integra.cli.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.integra.cli.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, points 1-3 through the CLI, on fresh SQLite workspaces seeded from the bundled case
 * base: a new coder's unreconciled coding changes no verdict and not the report's date; a
 * reconciled one or a new primary coder does; a case with no coding is "undetermined" in text,
 * JSON and the report alike; dimensions and objectives are never scored from missing evidence.
 */
class DecidingCodingCliTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String AT = "2016-06-30";
  /** The reports' "today", fixed so that a run across midnight cannot change the expected date. */
  private static final java.time.Clock CLOCK = java.time.Clock.fixed(java.time.Instant.parse("2025-03-01T12:00:00Z"), java.time.ZoneOffset.UTC);
  @TempDir Path tmp;

  private static JsonNode json(String... args) throws Exception {
    Cli r = Cli.run(args);
    assertThat(r.status()).as(String.join(" ", args) + "\n" + r.err()).isZero();
    return JSON.readTree(r.out());
  }

  /** case/lens → verdict of every bundled case through every lens at {@link #AT}. */
  private static Map<String, String> verdicts(String ws) throws Exception {
    List<String> ids = new ArrayList<>();
    json("cases", "--workspace", ws, "--format", "json").get("cases").forEach(c -> ids.add(c.get("id").asText()));
    assertThat(ids).isNotEmpty();
    Map<String, String> out = new LinkedHashMap<>();
    for (JsonNode lens : json("codebook", "--workspace", ws, "--format", "json").get("lenses")) {
      String l = lens.get("id").asText();
      List<String> args = new ArrayList<>(List.of("compare", "--workspace", ws, "--lens", l, "--at", AT, "--format", "json"));
      args.addAll(ids);
      json(args.toArray(String[]::new)).get("verdicts").fields().forEachRemaining(e -> out.put(e.getKey() + "/" + l, e.getValue().get("verdict").asText()));
    }
    return out;
  }

  private String reportDate(String ws, String name) throws Exception {
    Path out = tmp.resolve(name);
    Cli r = Cli.runAt(CLOCK, "report", "--workspace", ws, "--out", out.toString());
    assertThat(r.status()).as(r.err()).isZero();
    return JSON.readTree(Files.readString(out.resolve("report.json"))).get("meta").get("at").asText();
  }

  private static Cli anaCodes(String ws) {
    // the README's command: ana, open period from 2010, one criterion
    return Cli.run("code", "alba", "--workspace", ws, "--lens", "buen-vivir", "--coder", "ana", "--period-from", "2010-01-01",
        "--scale", "four-value", "--criterion", "mobility", "--score", "0.33", "--rationale", "a second reading", "--note", "why");
  }

  @Test void anUnreconciledCoderChangesNothingUntilReconciled() throws Exception {
    String ws = tmp.resolve("a.db").toString();
    Map<String, String> before = verdicts(ws);
    String dateBefore = reportDate(ws, "before");
    assertThat(before).containsEntry("alba/buen-vivir", "pluralistic");

    Cli code = anaCodes(ws);
    assertThat(code.status()).as(code.err()).isZero();
    assertThat(code.out()).contains("recorded as ana's coding; the deciding coding stays thesis's until reconciled or `integra workspace primary ana`");

    assertThat(verdicts(ws)).isEqualTo(before);
    assertThat(reportDate(ws, "after")).isEqualTo(dateBefore);
    JsonNode alba = json("assess", "alba", "--workspace", ws, "--lens", "buen-vivir", "--at", AT, "--format", "json");
    assertThat(alba.get("coder").asText()).isEqualTo("thesis");
    assertThat(alba.get("otherCoders")).singleElement().satisfies(o -> {
      assertThat(o.get("coder").asText()).isEqualTo("ana");
      assertThat(o.get("scores").get("mobility").asDouble()).isEqualTo(0.33);
    });
    assertThat(Cli.run("assess", "alba", "--workspace", ws, "--lens", "buen-vivir", "--at", AT).out()).contains("Other coder ana");

    // reconciled (only mobility agreed): the reconciled coding decides, and the verdict follows it
    Cli rec = Cli.run("reconcile", "alba", "--workspace", ws, "--lens", "buen-vivir", "--period-from", "2010-01-01", "--coders", "ana,thesis",
        "--score", "mobility=0.33", "--rationale", "agreed on mobility only", "--note", "meeting", "--actor", "ana");
    assertThat(rec.status()).as(rec.err()).isZero();
    JsonNode after = json("assess", "alba", "--workspace", ws, "--lens", "buen-vivir", "--at", AT, "--format", "json");
    assertThat(after.get("coder").asText()).isEqualTo("reconciled");
    assertThat(after.get("verdict").asText()).isEqualTo("undetermined");
    Map<String, String> changed = verdicts(ws);
    assertThat(changed).isNotEqualTo(before);
    assertThat(changed).containsEntry("alba/buen-vivir", "undetermined");
  }

  @Test void makingTheNewCoderPrimaryChangesTheVerdictsAndTheReportDate() throws Exception {
    String ws = tmp.resolve("b.db").toString();
    String dateBefore = reportDate(ws, "before");
    assertThat(anaCodes(ws).status()).isZero();
    assertThat(json("workspace", "primary", "--workspace", ws, "--format", "json").get("primaryCoder").asText()).startsWith("thesis"); // the bundled coders, thesis first
    assertThat(Cli.run("workspace", "primary", "ana", "--workspace", ws).status()).isEqualTo(2); // no --note
    Cli set = Cli.run("workspace", "primary", "ana", "--workspace", ws, "--note", "ana's reading is the team's");
    assertThat(set.status()).as(set.err()).isZero();
    assertThat(set.out()).contains("primary coder: ana").contains("thesis, fact-sheets -> ana").contains("ana's reading is the team's");
    assertThat(json("workspace", "info", "--workspace", ws, "--format", "json").get("primary_coder").asText()).isEqualTo("ana");
    assertThat(Cli.run("workspace", "info", "--workspace", ws).out()).contains("primary     ana");
    JsonNode alba = json("assess", "alba", "--workspace", ws, "--lens", "buen-vivir", "--at", AT, "--format", "json");
    assertThat(alba.get("coder").asText()).isEqualTo("ana");
    assertThat(alba.get("verdict").asText()).isEqualTo("undetermined");
    // ana's open-ended coding now decides, so the report reads up to today (the bundled codings
    // after 2016 are open-ended too, so the date may have been today before as well)
    assertThat(reportDate(ws, "after")).isEqualTo(java.time.LocalDate.now(CLOCK).toString());
    assertThat(dateBefore).isNotEmpty();
    assertThat(Cli.run("workspace", "primary", "nobody", "--workspace", ws, "--note", "n").err()).contains("'nobody' has no coding");
  }

  @Test void aCaseWithNoCodingIsUndeterminedInTextJsonTimelineAndReport() throws Exception {
    String ws = tmp.resolve("c.db").toString();
    String at = "2021-06-30"; // after the case's last coding period and its measured years: nothing is known
    Cli text = Cli.run("assess", "acs", "--workspace", ws, "--lens", "deutsch-1957", "--at", at);
    assertThat(text.out()).contains("Verdict: UNDETERMINED").doesNotContain("TRANSITION");
    JsonNode j = json("assess", "acs", "--workspace", ws, "--lens", "deutsch-1957", "--at", at, "--format", "json");
    assertThat(j.get("verdict").asText()).isEqualTo("undetermined");
    assertThat(j.get("verdictSettled").asBoolean()).isFalse();
    JsonNode t = json("timeline", "acs", "--workspace", ws, "--lens", "deutsch-1957", "--from", "2020", "--to", "2021", "--format", "json");
    t.get("points").forEach(p -> assertThat(p.get("verdict").asText()).isEqualTo("undetermined"));
    Path out = tmp.resolve("report");
    Cli r = Cli.run("report", "--workspace", ws, "--case", "acs", "--lens", "deutsch-1957", "--at", at, "--out", out.toString());
    assertThat(r.status()).as(r.err()).isZero();
    String html = Files.readString(out.resolve("report.html"));
    assertThat(html).contains("verdict-undetermined").contains("evidence cannot decide");
    assertThat(Files.readString(out.resolve("readings.csv"))).contains(",undetermined,");
  }

  @Test void dimensionsAndObjectivesAreNeverScoredFromMissingEvidence() throws Exception {
    Path folder = tmp.resolve("made-up");
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("x-forum.yaml"), String.join("\n",
        "id: x-forum", "name: \"Forum Union\"", "founding: {name: \"Forum treaty\", signed: 2000-01-01}",
        "members:", "  - iso3: XFA", "    spells: [{from: 2000-01-01}]", "  - iso3: XFB", "    spells: [{from: 2000-01-01}]",
        "institutions:", "  - id: forum", "    name: \"Social forum\"", "    nature: intergovernmental", "    kind: civil-society",
        "    established: 2000-01-01", ""));
    JsonNode j = json("assess", "x-forum", "--no-bundled", "--cases", folder.toString(), "--lens", "buen-vivir", "--at", AT, "--format", "json");
    JsonNode social = j.get("dimensions").get("social");
    assertThat(social.get("score").isNull()).as(social.toString()).isTrue();
    assertThat(social.get("determined").asBoolean()).isFalse();
    assertThat(social.get("interval").get("low").asDouble()).isEqualTo(0.5);
    assertThat(social.get("interval").get("high").asDouble()).isEqualTo(1.0);
    assertThat(j.get("objectives").get("unsupported")).isEmpty();
    assertThat(j.get("objectives").get("unknown")).hasSize(j.get("objectives").get("objectives").size());
    assertThat(j.get("verdict").asText()).isEqualTo("undetermined");
    String text = Cli.run("assess", "x-forum", "--no-bundled", "--cases", folder.toString(), "--lens", "buen-vivir", "--at", AT).out();
    assertThat(text).contains("social     undetermined [0.50, 1.00]").contains("not supported: none");
  }
}
