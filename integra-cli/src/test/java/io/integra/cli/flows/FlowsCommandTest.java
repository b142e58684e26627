package io.integra.cli.flows;

import static org.assertj.core.api.Assertions.assertThat;

import io.integra.cli.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlowsCommandTest {
  @TempDir Path tmp;

  static String dots() { return io.integra.cli.TestData.dots().toString(); }

  @Test
  void sharesToCsvJsonAndParquet() throws Exception {
    for (String ext : new String[] {"csv", "json", "parquet"}) {
      Path out = tmp.resolve("m4." + ext);
      Cli r = Cli.run("flows", "indices", "--data", dots(), "--layout", "dots", "--group", "ARG,BRA,PRY,URY",
          "--from", "2000", "--to", "2001", "--index", "share,intensity", "--out", out.toString());
      assertThat(r.status()).as(r.err()).isZero();
      assertThat(out).exists();
    }
    String csv = Files.readString(tmp.resolve("m4.csv"));
    assertThat(csv).startsWith("group,year,index,origin,destination,value\n")
        .contains("\"ARG,BRA,PRY,URY\",2000,share,,,20.00");
    assertThat(Files.readString(tmp.resolve("m4.json"))).contains("\"index\" : \"share\"");
  }

  @Test
  void textOnStdout() {
    Cli r = Cli.run("flows", "indices", "--data", dots(), "--layout", "dots", "--group", "ARG,BRA,PRY,URY",
        "--from", "2015", "--to", "2015", "--index", "share");
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("2015 share").contains("13.43");
    // the group is written in full where there is room (it was cut to "ARG,BRA,PRY,U~")
    assertThat(r.out()).contains("ARG,BRA,PRY,URY 2015 share");
    assertThat(r.out().lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(80));
  }

  /** Issue 13 point 7: --format is the output format here as on every command; the layout is --layout. */
  @Test
  void formatJsonOnStdout() throws Exception {
    Cli r = Cli.run("flows", "indices", "--data", dots(), "--layout", "dots", "--group", "ARG,BRA,PRY,URY",
        "--from", "2015", "--to", "2015", "--index", "share", "--format", "json");
    assertThat(r.status()).as(r.err()).isZero();
    var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out());
    assertThat(json.isArray()).isTrue();
    assertThat(json.get(0).get("index").asText()).isEqualTo("share");
    assertThat(json.get(0).get("value").asDouble()).isBetween(13.42, 13.44);
    assertThat(r.err()).doesNotContain("deprecated");
  }

  @Test
  void oldSpellingsStillWorkWithADeprecationNote() throws Exception {
    Cli r = Cli.run("flows", "indices", "--data", dots(), "--format", "dots", "--group", "ARG,BRA,PRY,URY",
        "--from", "2015", "--to", "2015", "--index", "share", "--output-format", "json");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out()).get(0).get("value").asDouble()).isBetween(13.42, 13.44);
    assertThat(r.err()).contains("--format dots for the input layout is deprecated; use --layout dots")
        .contains("--output-format is deprecated; use --format json");
  }

  @Test
  void missingOrWrongLayoutOrFormat() {
    Cli r = Cli.run("flows", "indices", "--data", dots(), "--group", "ARG,BRA", "--from", "2015", "--to", "2015");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("missing --layout").contains("dots, baci");
    r = Cli.run("flows", "indices", "--data", dots(), "--layout", "dots", "--format", "xml", "--group", "ARG,BRA",
        "--from", "2015", "--to", "2015");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("unknown --format 'xml' (expected text or json");
  }

  @Test
  void badInputExitsTwoAndWritesNothing() throws Exception {
    Path out = tmp.resolve("x.csv");
    Path badFile = tmp.resolve("bad.csv");
    Files.writeString(badFile, "origin,destination,year,value\nArgentina,Brasil,2000,1\nBRA,ARG,2000,x\n");
    String[][] cases = {
        {"--data", dots(), "--layout", "dots", "--group", "ARG,XXX", "--from", "2000", "--to", "2000"},
        {"--data", dots(), "--layout", "dots", "--group", "ARG,BRA", "--from", "1950", "--to", "2000"},
        {"--data", dots(), "--layout", "nope", "--group", "ARG,BRA", "--from", "2000", "--to", "2000"},
        {"--data", dots(), "--layout", "dots", "--group", "ARG,BRA", "--from", "2000", "--to", "2000", "--index", "bogus"},
        {"--data", badFile.toString(), "--layout", "dyadic", "--group", "ARG,BRA", "--from", "2000", "--to", "2000"},
        {"--data", badFile.toString(), "--layout", "dots", "--group", "ARG,BRA", "--from", "2000", "--to", "2000"},
    };
    String[] expected = {"not an ISO3 code of an economy: 'XXX'", "year 1950 is outside the data (1960-2020)",
        "unknown --layout 'nope'", "unknown index 'bogus'", "bad.csv:3: column 'value': 'x' is not a number",
        "bad.csv:1: missing column for reporter"};
    for (int k = 0; k < cases.length; k++) {
      String[] args = new String[cases[k].length + 4];
      args[0] = "flows";
      args[1] = "indices";
      System.arraycopy(cases[k], 0, args, 2, cases[k].length);
      args[args.length - 2] = "--out";
      args[args.length - 1] = out.toString();
      Cli r = Cli.run(args);
      assertThat(r.status()).as(r.err()).isEqualTo(2);
      assertThat(r.err()).contains(expected[k]).doesNotContain("Exception");
      assertThat(out).doesNotExist();
    }
    try (var files = Files.list(tmp)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("bad.csv");
    }
  }
}
