package io.integra.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Issue 13 point 7, README "Every command has --help and --format text|json": every command that
 * does something (not the groups, which print their usage, nor `help`) has --format accepting json.
 */
class OptionConventionTest {
  @Test
  void everyCommandHasFormatTextOrJson() {
    List<String> missing = new ArrayList<>();
    List<String> checked = new ArrayList<>();
    walk(Main.commandLine(), missing, checked);
    assertThat(checked).contains("integra flows indices", "integra serve", "integra export", "integra import",
        "integra user add", "integra report", "integra qca minimize");
    assertThat(missing).as("commands without --format text|json").isEmpty();
  }

  private static void walk(CommandLine cl, List<String> missing, List<String> checked) {
    var spec = cl.getCommandSpec();
    List<CommandLine> subs = cl.getSubcommands().values().stream().filter(c -> !c.getCommandName().equals("help")).distinct().toList();
    if (subs.isEmpty()) {
      if (spec.name().equals("help")) return;
      checked.add(spec.qualifiedName());
      OptionSpec f = spec.findOption("--format");
      boolean ok = f != null && (String.join(" ", f.description()).contains("json")
          || (f.completionCandidates() != null && String.join(",", f.completionCandidates()).contains("json")));
      if (!ok) missing.add(spec.qualifiedName());
      assertThat(spec.findOption("--help")).as(spec.qualifiedName() + " --help").isNotNull();
      return;
    }
    for (CommandLine c : subs) walk(c, missing, checked);
  }

  /** The new --format of export, import and user add print JSON. */
  @Test
  void exportAndImportSpeakJson(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
    var ws = tmp.resolve("ws.db").toString();
    Cli r = Cli.run("export", tmp.resolve("pkg").toString(), "--workspace", ws, "--format", "json");
    assertThat(r.status()).as(r.err()).isZero();
    var j = Json.MAPPER.readTree(r.out());
    assertThat(j.get("dir").asText()).endsWith("pkg");
    assertThat(j.get("files").size()).isGreaterThan(3);
    Cli i = Cli.run("import", tmp.resolve("pkg").toString(), "--workspace", tmp.resolve("new.db").toString(), "--format", "json");
    assertThat(i.status()).as(i.err()).isZero();
    var k = Json.MAPPER.readTree(i.out());
    assertThat(k.get("cases").asInt()).isPositive();
    assertThat(k.get("codings").asInt()).isPositive();
  }
}
