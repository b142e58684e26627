package io.integra.cli.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.integra.cli.Cli;
import io.integra.cli.Json;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 13: with one unit scored by two coders, alpha is undefined (not 0.000), and the command says why. */
class AgreementUndefinedTest {
  @TempDir Path tmp;

  @Test
  void oneUnitGivesUndefinedAlphaWithAReason() throws Exception {
    Path pkg = WorkspaceCommandsTest.packageWithOneCase(tmp);
    String ws = tmp.resolve("team.db").toString();
    assertThat(Cli.run("import", pkg.toString(), "--workspace", ws).status()).isZero();
    Cli bo = Cli.run("code", "demo", "--workspace", ws, "--lens", "buen-vivir", "--period-from", "2000-01-01", "--coder", "bo",
        "--criterion", "values", "--score", "0.33", "--scale", "four-value", "--rationale", "weaker", "--note", "second coder");
    assertThat(bo.status()).as(bo.err()).isZero();

    Cli text = Cli.run("agreement", "demo", "--lens", "buen-vivir", "--workspace", ws);
    assertThat(text.status()).as(text.err()).isZero();
    assertThat(text.out()).containsPattern("overall\\s+1\\s+undefined").contains("only one unit")
        .contains("needs at least two").doesNotContainPattern("overall\\s+1\\s+0\\.000");
    JsonNode j = Json.MAPPER.readTree(Cli.run("agreement", "demo", "--lens", "buen-vivir", "--workspace", ws, "--format", "json").out());
    assertThat(j.get("overall").get("alpha_interval").isNull()).isTrue();
    assertThat(j.get("overall").get("alpha_undefined_reason").asText()).contains("only one unit");
    assertThat(j.get("overall").get("units").asInt()).isEqualTo(1);
  }
}
