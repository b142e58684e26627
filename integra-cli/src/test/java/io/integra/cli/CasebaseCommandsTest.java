package io.integra.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CasebaseCommandsTest {
  @TempDir Path tmp;

  @Test void codebookJsonOfBuenVivirHoldsConditionsObjectivesAndLinks() throws IOException {
    Cli r = Cli.run("codebook", "--lens", "buen-vivir", "--format", "json");
    assertThat(r.status()).isZero();
    JsonNode j = Json.MAPPER.readTree(r.out());
    List<String> ids = new ArrayList<>();
    j.get("criteria").forEach(c -> ids.add(c.get("id").asText()));
    assertThat(ids).contains("values", "way_of_life", "economic_expectations", "political_capabilities", "economic_growth",
        "social_communication", "elite_broadening", "mobility", "transactions", "compensation_of_flows", "group_roles", "predictability");
    j.get("criteria").forEach(c -> assertThat(c.get("roles").size()).isPositive());
    assertThat(j.get("objectives")).hasSize(12);
    // model.md §3.1, analysis column
    JsonNode wol = null;
    for (JsonNode l : j.get("links")) if (l.get("criterion").asText().equals("political_capabilities")) wol = l;
    assertThat(wol).isNotNull();
    List<Integer> analysis = new ArrayList<>();
    wol.get("analysis").forEach(n -> analysis.add(n.asInt()));
    assertThat(analysis).containsExactly(1, 2, 5, 8, 11, 12);
  }

  @Test void codebookTextFitsEightyColumns() {
    Cli r = Cli.run("codebook");
    assertThat(r.status()).isZero();
    assertThat(r.out().lines()).allSatisfy(l -> assertThat(l.codePointCount(0, l.length())).isLessThanOrEqualTo(80));
  }

  @Test void unknownLensIsExitTwoWithoutStackTrace() {
    Cli r = Cli.run("codebook", "--lens", "nope");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("unknown lens 'nope'").doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test void badDateIsExitTwo() {
    Cli r = Cli.run("cases", "--at", "2019-31-12");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("expected YYYY-MM-DD");
  }

  @Test void validateReportsFileLineAndExitsTwo() throws IOException {
    Path bad = write("bad.yaml", "id: x\nname: X\nfounding: {name: T, signed: 2001-01-01}\nmembers:\n  - iso3: XAA\n    spells: [{from: 2001-01-01}]\ncodings:\n  - lens: deutsch-1957\n    from: 2001-01-01\n    scale: four-value\n    criteria:\n      valuez: {score: 1}\n");
    Cli r = Cli.run("validate", bad.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains(bad + ":12:7: unknown criterion 'valuez'").doesNotContain("\tat ");
  }

  @Test void validateAcceptsAGoodFileAndPrintsJson() throws IOException {
    Path good = write("good.yaml", "id: x\nname: X\nfounding: {name: T, signed: 2001-01-01}\nmembers:\n  - iso3: XAA\n    spells: [{from: 2001-01-01}]\n");
    assertThat(Cli.run("validate", good.toString()).status()).isZero();
    Cli j = Cli.run("validate", "--format", "json", good.toString());
    assertThat(j.out()).contains("\"valid\" : true");
  }

  @Test void malformedYamlIsExitTwo() throws IOException {
    Path bad = write("broken.yaml", "id: x\nname: [unclosed\n");
    Cli r = Cli.run("validate", bad.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains(bad.toString() + ":").contains("malformed YAML");
  }

  @Test void aUserCaseIsShownAtADate() throws IOException {
    Path f = write("org.yaml", "id: myorg\nname: My Org\nfounding: {name: T, signed: 2001-01-01}\nmembers:\n  - iso3: XAA\n    spells: [{from: 2001-01-01, to: 2005-01-01}]\n  - iso3: XBB\n    spells: [{from: 2001-01-01}]\n");
    Cli r = Cli.run("case", "myorg", "--cases", f.toString(), "--at", "2006-01-01", "--format", "json");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).contains("\"members\" : [ \"XBB\" ]");
  }

  /** Writes {@code text} to {@code name} in the test's temp folder. */
  private Path write(String name, String text) throws IOException {
    Path f = tmp.resolve(name);
    Files.writeString(f, text);
    return f;
  }
}
