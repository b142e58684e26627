package io.integra.cli.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import io.integra.cli.Main;
import io.integra.storage.jdbc.BundledData;
import io.integra.storage.workspace.Workspaces;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workspace commands, run in-process on SQLite files in a temp folder. */
class WorkspaceCommandsTest {
  @TempDir Path tmp;
  Path pkg;
  String ws;

  record Run(int status, String out, String err) { }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(status, out.toString(), err.toString());
  }

  /**
   * A replication package in {@code dir}/pkg: the bundled codebook, a one-source bibliography and one
   * made-up case, {@code demo}, coded by {@code ana} under buen-vivir from 2000-01-01.
   */
  static Path packageWithOneCase(Path dir) throws java.io.IOException {
    Path pkg = dir.resolve("pkg");
    Files.createDirectories(pkg.resolve("cases"));
    Files.writeString(pkg.resolve("codebook.yaml"), BundledData.codebookText());
    Files.writeString(pkg.resolve("bibliography.yaml"), "sources:\n  - key: thesis\n    title: \"A thesis\"\n");
    Files.writeString(pkg.resolve("cases/demo.yaml"), String.join("\n",
        "id: demo", "name: \"Demo organisation\"", "founding: {name: \"Demo treaty\", signed: 2000-01-01, sources: [thesis]}",
        "members:", "  - iso3: AAA", "    spells: [{from: 2000-01-01}]", "codings:", "  - lens: buen-vivir", "    coder: ana",
        "    from: 2000-01-01", "    scale: four-value", "    criteria:", "      values: {score: 0.67, rationale: \"x\"}", ""));
    return pkg;
  }

  @BeforeEach
  void packageWithOneCase() throws Exception {
    pkg = packageWithOneCase(tmp);
    ws = tmp.resolve("team.db").toString();
    assertThat(run("import", pkg.toString(), "--workspace", ws).status()).isZero();
  }

  @Test
  void the_default_workspace_of_tests_is_not_in_the_home_folder() {
    assertThat(Workspaces.defaultTarget()).doesNotStartWith(System.getProperty("user.home") + "/.integra");
  }

  @Test
  void coding_conflicts_history_agreement_and_reconciliation() {
    Run bo = run("code", "demo", "--workspace", ws, "--lens", "buen-vivir", "--period-from", "2000-01-01", "--coder", "bo",
        "--criterion", "values", "--score", "0.33", "--scale", "four-value", "--rationale", "weaker", "--note", "second coder");
    assertThat(bo.status()).isZero();
    assertThat(bo.out()).contains("version 1");
    Run stale = run("code", "demo", "--workspace", ws, "--lens", "buen-vivir", "--period-from", "2000-01-01", "--coder", "bo",
        "--criterion", "values", "--score", "1", "--rationale", "r", "--note", "n", "--expect-version", "7");
    assertThat(stale.status()).isEqualTo(2);
    assertThat(stale.err()).startsWith("integra: conflict:").doesNotContain("Exception");
    Run offScale = run("code", "demo", "--workspace", ws, "--lens", "buen-vivir", "--period-from", "2000-01-01", "--coder", "bo",
        "--criterion", "values", "--score", "0.5", "--rationale", "r", "--note", "n");
    assertThat(offScale.status()).isEqualTo(2);
    assertThat(offScale.err()).contains("not on scale 'four-value'");

    Run agreement = run("agreement", "demo", "--lens", "buen-vivir", "--workspace", ws);
    assertThat(agreement.status()).isZero();
    assertThat(agreement.out()).contains("coders ana, bo").contains("* demo").contains("ana=0.67 bo=0.33");
    Run json = run("agreement", "demo", "--lens", "buen-vivir", "--workspace", ws, "--format", "json");
    assertThat(json.out()).contains("\"alpha_interval\"").contains("\"crosses_half\" : true");

    assertThat(run("reconcile", "demo", "--workspace", ws, "--lens", "buen-vivir", "--period-from", "2000-01-01", "--coders", "ana,bo",
        "--score", "values=0.67", "--rationale", "the preamble decides", "--note", "meeting", "--actor", "ana").status()).isZero();
    Run history = run("history", "demo", "--workspace", ws);
    assertThat(history.out()).contains("create").contains("reconcile").contains("by bo: second coder");
    Run coding = run("coding", "demo", "--lens", "buen-vivir", "--workspace", ws, "--format", "json");
    assertThat(coding.out()).contains("\"coder\" : \"reconciled\"").contains("\"version\" : 1");
    Run asOf = run("coding", "demo", "--lens", "buen-vivir", "--workspace", ws, "--as-of", "2000-01-01");
    assertThat(asOf.out()).contains("no codings");
    Run unknown = run("history", "nope", "--workspace", ws);
    assertThat(unknown.status()).isEqualTo(2);
    assertThat(unknown.err()).contains("no case 'nope'");
  }

  @Test
  void reading_commands_take_the_workspace_and_export_import_export_is_byte_identical() throws Exception {
    Run cases = run("cases", "--workspace", ws);
    assertThat(cases.status()).isZero();
    assertThat(cases.out()).contains("demo");
    Path out1 = tmp.resolve("out1");
    Path out2 = tmp.resolve("out2");
    String ws2 = tmp.resolve("second.db").toString();
    assertThat(run("export", out1.toString(), "--workspace", ws).status()).isZero();
    assertThat(run("import", out1.toString(), "--workspace", ws2).status()).isZero();
    assertThat(run("export", out2.toString(), "--workspace", ws2).status()).isZero();
    List<String> names = new ArrayList<>();
    try (Stream<Path> s = Files.walk(out1)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        names.add(out1.relativize(p).toString());
        assertThat(Files.readAllBytes(out2.resolve(out1.relativize(p)))).isEqualTo(Files.readAllBytes(p));
      }
    }
    assertThat(names).contains("CITATION.cff", "bibliography.bib", "bibliography.yaml", "codebook.yaml", "cases/demo.yaml");
    Run again = run("import", out1.toString(), "--workspace", ws2);
    assertThat(again.status()).isEqualTo(2);
    assertThat(again.err()).contains("not empty");
    Run notEmptyDir = run("export", out1.toString(), "--workspace", ws);
    assertThat(notEmptyDir.status()).isEqualTo(2);
    assertThat(notEmptyDir.err()).contains("not empty");
  }

  @Test
  void a_bad_package_is_refused_with_file_and_line_and_nothing_is_written() throws Exception {
    Files.writeString(pkg.resolve("cases/demo.yaml"), Files.readString(pkg.resolve("cases/demo.yaml")).replace("score: 0.67", "score: 7"));
    String fresh = tmp.resolve("fresh.db").toString();
    Run r = run("import", pkg.toString(), "--workspace", fresh);
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("demo.yaml:13:").contains("outside [0,1]").contains("nothing was written");
    try (io.integra.storage.workspace.Workspace w = Workspaces.openEmpty(fresh)) {
      assertThat(w.isEmpty()).isTrue();
      assertThat(w.info().revisions()).isZero();
    }
  }
}
