package io.integra.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Cases nobody wrote the code for: made-up organisations in the documented format
 * (fixtures/unseen: no codings, one lens only, one member, suspension and readmission, leaving and
 * returning, YYYY and YYYY-MM dates, a common government, milestones out of order, several
 * coders, a coding before founding, HTML/LaTeX specials and unicode, a very long name; and
 * fixtures/unseen-codebook: a codebook of the user's own). Every main command must run on them
 * with exit status 0, parseable JSON, text within 80 columns and escaped HTML; bad input must end
 * with exit status 2 and a message, never a stack trace.
 */
class UnseenCasesTest {
  static final String LONG = "x-long-commonwealth-of-associated-invented-island-republics";
  static final List<String> CASES = List.of("x-empty", "x-solo", "x-tides", LONG);
  static final List<String> LENSES = List.of("deutsch-1957", "buen-vivir", "liberal-intergovernmentalism");
  /** Before any founding, before x-tides is founded but inside its early coding, during spells, after every spell. */
  static final List<String> DATES = List.of("1990-01-01", "2002-06-30", "2009-06-30", "2012-06-30", "2016-06-30", "2030-01-01");

  @TempDir Path tmp;

  static String fixture(String name) {
    return TestData.fixture(name);
  }

  static String unseen() { return fixture("unseen"); }

  private static Cli ok(String... args) {
    Cli r = Cli.run(args);
    assertThat(r.status()).as(String.join(" ", args) + "\n" + r.err()).isZero();
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    return r;
  }

  private static JsonNode json(String... args) throws IOException {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--format", "json"));
    return Json.MAPPER.readTree(ok(all.toArray(String[]::new)).out());
  }

  private static void fitsEighty(Cli r) {
    assertThat(r.out().lines()).allSatisfy(l -> assertThat(l.codePointCount(0, l.length())).as(l).isLessThanOrEqualTo(Text.WIDTH));
  }

  private static void badInput(Cli r) {
    assertThat(r.status()).as(r.err()).isEqualTo(2);
    assertThat(r.err()).isNotBlank().doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("internal error");
  }

  @Test void theFixturesAreValid() {
    ok("validate", unseen());
    ok("validate", fixture("unseen-codebook"));
  }

  static Stream<Arguments> caseLensDate() {
    List<Arguments> all = new ArrayList<>();
    for (String c : CASES) for (String l : LENSES) for (String d : DATES) all.add(Arguments.of(c, l, d));
    return all.stream();
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("caseLensDate")
  void assessRunsOnEveryCaseLensAndDate(String id, String lens, String at) throws IOException {
    fitsEighty(ok("assess", id, "--lens", lens, "--at", at, "--cases", unseen()));
    JsonNode j = json("assess", id, "--lens", lens, "--at", at, "--cases", unseen());
    assertThat(j.get("case").asText()).isEqualTo(id);
    assertThat(j.get("lens").asText()).isEqualTo(lens);
    assertThat(j.get("verdict").asText()).isNotBlank();
    assertThat(j.get("criteria")).isNotEmpty();
    j.get("criteria").forEach(c -> {
      // unknown stays unknown: no membership is ever invented as 0
      if (c.get("membership").isNull()) assertThat(c.get("gap").isNull()).isTrue();
      else assertThat(c.get("membership").asDouble()).isBetween(0.0, 1.0);
    });
  }

  @Test void aCaseWithNoCodingsIsUnknownEverywhere() throws IOException {
    for (String lens : LENSES) {
      JsonNode j = json("assess", "x-empty", "--lens", lens, "--at", "2016-06-30", "--cases", unseen());
      j.get("criteria").forEach(c -> assertThat(c.get("membership").isNull()).as(c.get("id").asText()).isTrue());
      j.get("outcomes").forEach(o -> assertThat(o.isNull()).isTrue());
      assertThat(j.get("idealType").get("fit").isNull()).isTrue();
    }
  }

  @Test void membersFollowSuspensionsDeparturesReturnsAndPartialDates() throws IOException {
    assertThat(members("2003-06-30")).isEmpty();
    assertThat(members("2003-07-01")).containsExactly("XTA", "XTB", "XTC");
    assertThat(members("2008-01-01")).containsExactly("XTA", "XTB", "XTD"); // XTC left in 2008 (year precision)
    assertThat(members("2009-06-30")).containsExactly("XTA", "XTD"); // XTB suspended
    assertThat(members("2011-06-01")).containsExactly("XTA", "XTB", "XTD"); // readmitted June 2011 (month precision)
    assertThat(members("2014-03-15")).containsExactly("XTA", "XTB", "XTC", "XTD"); // XTC returned
    JsonNode solo = json("case", "x-solo", "--at", "2012-01-01", "--cases", unseen());
    assertThat(solo.toString()).contains("XSA");
  }

  private List<String> members(String at) throws IOException {
    JsonNode j = json("assess", "x-tides", "--lens", "deutsch-1957", "--at", at, "--cases", unseen());
    List<String> m = new ArrayList<>();
    j.get("members").forEach(n -> m.add(n.asText()));
    return m;
  }

  @Test void theAmalgamatedVerdictNeedsTheCommonGovernment() throws IOException {
    JsonNode j = json("assess", "x-tides", "--lens", "deutsch-1957", "--at", "2016-06-30", "--cases", unseen());
    assertThat(j.get("verdict").asText()).isEqualTo("amalgamated");
    JsonNode single = json("assess", "x-solo", "--lens", "deutsch-1957", "--at", "2016-06-30", "--cases", unseen());
    assertThat(single.get("verdict").asText()).isEqualTo("none"); // one member is no group
  }

  @Test void caseCommandFitsEightyColumnsWithALongNameAndNamelessMembers() {
    for (String id : CASES) {
      for (String at : DATES) {
        Cli r = ok("case", id, "--at", at, "--cases", unseen());
        fitsEighty(r);
        assertThat(r.out()).doesNotContain(" : ");
      }
    }
    assertThat(ok("case", "x-empty", "--at", "2016-06-30", "--cases", unseen()).out()).contains("Institutions at 2016-06-30\n  none");
  }

  @Test void casesCodebookCompareAndTimelineRun() throws IOException {
    fitsEighty(ok("cases", "--cases", unseen()));
    assertThat(json("cases", "--cases", unseen()).toString()).contains("x-tides", LONG);
    for (String lens : LENSES) {
      String[] compare = {"compare", "x-empty", "x-solo", "x-tides", LONG, "--lens", lens, "--at", "2016-06-30", "--cases", unseen()};
      fitsEighty(ok(compare));
      List<String> withJson = new ArrayList<>(List.of(compare));
      assertThat(json(withJson.toArray(String[]::new))).isNotNull();
      for (String id : CASES) {
        fitsEighty(ok("timeline", id, "--lens", lens, "--cases", unseen()));
        fitsEighty(ok("timeline", id, "--lens", lens, "--from", "2000", "--to", "2010", "--cases", unseen()));
        assertThat(json("timeline", id, "--lens", lens, "--from", "1999", "--to", "2020", "--cases", unseen())).isNotNull();
      }
    }
  }

  @Test void theReportEscapesUserText() throws IOException {
    Path out = tmp.resolve("report");
    ok("report", "--cases", unseen(), "--out", out.toString(), "--at", "2016-06-30");
    String html = Files.readString(out.resolve("report.html"));
    assertThat(html).contains("&lt;script&gt;alert(").doesNotContain("<script>alert(");
    assertThat(Files.readString(out.resolve("overview.tex"))).contains("UT\\textless{}\\&\\textgreater{}");
  }

  @Test void aUserCodebookFolderWorksWithAndWithoutTheWorkspaceCases() throws IOException {
    String cb = fixture("unseen-codebook");
    Cli r = ok("assess", "x-harmony", "--lens", "harmony", "--at", "2020-06-30", "--cases", cb);
    assertThat(r.err()).contains("workspace's cases are left out");
    fitsEighty(r);
    JsonNode j = json("assess", "x-harmony", "--lens", "harmony", "--at", "2020-06-30", "--cases", cb, "--no-bundled");
    assertThat(j.get("outcomes").get("concord").asDouble()).isEqualTo(0.75); // trust * (songs + market) * ~quarrels
    ok("assess", "x-harmony", "--lens", "tally", "--at", "2020-06-30", "--cases", cb);
    ok("timeline", "x-harmony", "--lens", "harmony", "--cases", cb);
    assertThat(json("codebook", "--cases", cb).toString()).contains("five-value");
    ok("report", "--cases", cb, "--out", tmp.resolve("cb-report").toString());
    // a case coded under the bundled lenses does not read under the user's codebook: a located problem
    badInput(Cli.run("cases", "--cases", cb, "--cases", unseen()));
  }

  @Test void workspaceCommandsRunOnTheUnseenCasesAfterImport() throws IOException {
    Path ws = tmp.resolve("seeded.db");
    Path pkg = tmp.resolve("pkg");
    ok("export", pkg.toString(), "--workspace", ws.toString());
    for (Path f : Files.list(Path.of(unseen(), "cases")).toList()) Files.copy(f, pkg.resolve("cases").resolve(f.getFileName()));
    String bib = Files.readString(pkg.resolve("bibliography.yaml")).stripTrailing() + "\n"
        + Files.readString(Path.of(unseen(), "bibliography.yaml")).split("sources:\n", 2)[1];
    Files.writeString(pkg.resolve("bibliography.yaml"), bib);
    Path team = tmp.resolve("team.db");
    ok("import", pkg.toString(), "--workspace", team.toString());
    String w = team.toString();
    for (String id : CASES) {
      fitsEighty(ok("case", id, "--workspace", w));
      for (String lens : LENSES) {
        fitsEighty(ok("assess", id, "--lens", lens, "--at", "2016-06-30", "--workspace", w));
        fitsEighty(ok("agreement", id, "--lens", lens, "--workspace", w));
        fitsEighty(ok("coding", id, "--lens", lens, "--workspace", w));
      }
      fitsEighty(ok("history", id, "--workspace", w));
    }
    JsonNode agreement = json("agreement", "x-tides", "--lens", "deutsch-1957", "--workspace", w);
    assertThat(agreement.toString()).contains("alice", "bob");
    ok("code", "x-tides", "--lens", "deutsch-1957", "--period-from", "2001-01-01", "--coder", "dave", "--criterion", "values",
        "--score", "0.67", "--scale", "four-value", "--rationale", "<b>&", "--note", "qa", "--workspace", w);
    for (String bad : List.of("NaN", "Infinity", "-Infinity", "1.5")) {
      badInput(Cli.run("code", "x-tides", "--lens", "deutsch-1957", "--period-from", "2001-01-01", "--coder", "dave",
          "--criterion", "values", "--score", bad, "--rationale", "r", "--note", "qa", "--workspace", w));
    }
    badInput(Cli.run("reconcile", "x-tides", "--lens", "deutsch-1957", "--period-from", "2001-01-01", "--coders", "alice,bob",
        "--score", "values=NaN", "--rationale", "r", "--note", "qa", "--actor", "qa", "--workspace", w));
  }

  @Test void aBadPackageLeavesNoWorkspaceBehind() {
    Path ws = tmp.resolve("never.db");
    badInput(Cli.run("import", unseen(), "--workspace", ws.toString())); // a case-base folder without codebook.yaml
    assertThat(ws).doesNotExist();
  }

  @Test void anExportIntoAPathThatCannotBeAFolderIsBadInput() throws IOException {
    Path file = Files.writeString(tmp.resolve("a-file"), "x");
    Cli r = Cli.run("export", file.resolve("pkg").toString(), "--workspace", tmp.resolve("w.db").toString());
    badInput(r);
    assertThat(r.err()).contains("cannot write the package").contains("expected");
  }

  @Test void corruptInputIsExitTwoWithFileLineColumn() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("bad/cases"));
    Files.writeString(dir.resolve("x-date.yaml"),
        "id: x-date\nname: D\nfounding: {name: T, signed: 2019-02-30}\nmembers:\n  - iso3: XBA\n    spells: [{from: 2019}]\n");
    Files.writeString(dir.resolve("x-yaml.yaml"), "id: x-yaml\nname: [unclosed\n");
    String bad = tmp.resolve("bad").toString();
    for (String[] cmd : List.of(new String[] {"cases"}, new String[] {"case", "x-tides"}, new String[] {"assess", "x-tides", "--lens", "deutsch-1957"},
        new String[] {"compare", "x-tides", "--lens", "deutsch-1957"}, new String[] {"timeline", "x-tides", "--lens", "deutsch-1957"},
        new String[] {"report", "--out", tmp.resolve("never").toString()})) {
      List<String> args = new ArrayList<>(List.of(cmd));
      args.addAll(List.of("--cases", bad));
      Cli r = Cli.run(args.toArray(String[]::new));
      badInput(r);
      assertThat(r.err()).contains("x-date.yaml:3:29: '2019-02-30' is not a calendar date; expected")
          .contains("x-yaml.yaml:2:").contains("malformed YAML");
      args.set(args.size() - 1, tmp.resolve("no-such-folder").toString());
      badInput(Cli.run(args.toArray(String[]::new)));
    }
    assertThat(tmp.resolve("never")).doesNotExist();
    badInput(Cli.run("assess", "x-nope", "--lens", "deutsch-1957", "--cases", unseen()));
    badInput(Cli.run("assess", "x-tides", "--lens", "nope", "--cases", unseen()));
    badInput(Cli.run("assess", "x-tides", "--lens", "deutsch-1957", "--at", "2019-02-30", "--cases", unseen()));
    badInput(Cli.run("timeline", "x-tides", "--lens", "deutsch-1957", "--from", "2017", "--to", "2000", "--cases", unseen()));
  }
}
