package io.integra.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.integra.cli.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
  @TempDir Path tmp;

  static String fixture() throws Exception {
    return Path.of(ReportCommandTest.class.getResource("/report-fixture").toURI()).toString();
  }

  @Test void writesTheFolderWithAUserCaseAndFilters() throws Exception {
    Path out = tmp.resolve("r");
    Cli r = Cli.run("report", "--cases", fixture(), "--cases", "tidewater,eu", "--lens", "buen-vivir", "--at", "2016-06-30",
        "--out", out.toString());
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).contains("2 cases under 1 lens");
    String html = Files.readString(out.resolve("report.html"));
    assertThat(html).contains("Tidewater Compact").contains("2016-06-30");
    assertThat(Files.readString(out.resolve("readings.csv")).lines().skip(1)).hasSize(2);
    assertThat(Files.readString(out.resolve("overview.tex"))).contains("\\toprule");
  }

  @Test void flowsDataAddIndicatorSeriesAndWithoutThemNothingChanges() throws Exception {
    String dots = Path.of(ReportCommandTest.class.getResource("/fixtures/indicators/dots-mini.csv").toURI()).toString();
    Path with = tmp.resolve("with"), without = tmp.resolve("without");
    Cli r = Cli.run("report", "--case", "mercosur", "--at", "2016-06-30", "--out", with.toString(), "--flows-data", dots);
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).contains("indicators.csv");
    assertThat(Files.readString(with.resolve("indicators.csv")))
        .contains("mercosur,deutsch-1957,transactions,share,trade,2015,13.428571428571");
    assertThat(Files.readString(with.resolve("report.html"))).contains("data-chart=\"indicator\"");
    Cli plain = Cli.run("report", "--case", "mercosur", "--at", "2016-06-30", "--out", without.toString());
    assertThat(plain.status()).as(plain.err()).isZero();
    assertThat(without.resolve("indicators.csv")).doesNotExist();
    assertThat(Files.readString(without.resolve("report.json"))).doesNotContain("\"indicators\"");
    Cli bad = Cli.run("report", "--case", "mercosur", "--out", tmp.resolve("bad").toString(), "--migration-data", tmp.resolve("no.csv").toString());
    assertThat(bad.status()).isEqualTo(2);
    assertThat(tmp.resolve("bad")).doesNotExist();
  }

  @Test void badInputIsExitTwoAndWritesNothing() throws Exception {
    Path out = tmp.resolve("none");
    Cli r = Cli.run("report", "--case", "nosuch", "--out", out.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("unknown case 'nosuch'");
    assertThat(out).doesNotExist();
    assertThat(Cli.run("report", "--lens", "nolens", "--out", out.toString()).status()).isEqualTo(2);
    assertThat(out).doesNotExist();
  }

  /** Issue 13 point 4: a PDF through headless Chromium (Debian's, as the browser tests use). */
  @Test void pdfThroughHeadlessChromium() throws Exception {
    Path chromium = Path.of(System.getProperty("integra.chromium", "/usr/bin/chromium"));
    assertThat(chromium).as("Chromium (apt-get install -y chromium)").exists();
    Path out = tmp.resolve("pdf");
    Cli r = Cli.run("report", "--case", "eu,mercosur", "--at", "2016-06-30", "--out", out.toString(), "--pdf", "--chromium", chromium.toString());
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).contains("report.pdf");
    byte[] pdf = Files.readAllBytes(out.resolve("report.pdf"));
    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    // A4 pages (595 x 842 pt), several of them: the overview, the heatmaps, one page or more per case
    String text = new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1);
    var box = java.util.regex.Pattern.compile("/MediaBox \\[0 0 ([\\d.]+) ([\\d.]+)\\]").matcher(text);
    assertThat(box.find()).isTrue();
    assertThat(Double.parseDouble(box.group(1))).isCloseTo(595.0, org.assertj.core.data.Offset.offset(1.0));
    assertThat(Double.parseDouble(box.group(2))).isCloseTo(842.0, org.assertj.core.data.Offset.offset(1.0));
    long pages = java.util.regex.Pattern.compile("/Type\\s*/Page[^s]").matcher(text).results().count();
    assertThat(pages).isGreaterThanOrEqualTo(4);
    try (var left = Files.list(out)) {
      assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  @Test void pdfWithoutChromiumIsExitTwoAndWritesNothing() throws Exception {
    Path out = tmp.resolve("nopdf");
    Cli r = Cli.run("report", "--case", "eu", "--out", out.toString(), "--pdf", "--chromium", tmp.resolve("no-chromium").toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("no such executable file").contains("Chromium").doesNotContain("Exception");
    assertThat(out).doesNotExist();
  }

  /**
   * Issue 13 point 11: the map of members in report.json holds, at three dates, exactly the members
   * {@code integra case ID --at DATE} prints (the browser test checks the drawn map against the same data).
   */
  @Test void memberMapEqualsTheCaseCommandAtThreeDates() throws Exception {
    Path out = tmp.resolve("map");
    Cli r = Cli.run("report", "--case", "eu,mercosur", "--at", "2016-06-30", "--out", out.toString());
    assertThat(r.status()).as(r.err()).isZero();
    var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.resolve("report.json").toFile());
    int checked = 0;
    for (var map : json.get("memberMaps")) {
      var years = map.get("years");
      assertThat(years.size()).isGreaterThanOrEqualTo(3);
      for (int i : new int[] {0, years.size() / 2, years.size() - 1}) {
        var sample = years.get(i);
        Cli c = Cli.run("case", map.get("caseId").asText(), "--at", sample.get("date").asText(), "--format", "json");
        assertThat(c.status()).as(c.err()).isZero();
        var shown = new com.fasterxml.jackson.databind.ObjectMapper().readTree(c.out());
        assertThat(sample.get("members")).as(map.get("caseId") + " at " + sample.get("date")).isEqualTo(shown.get("members"));
        assertThat(sample.get("suspended")).isEqualTo(shown.get("suspended"));
        checked++;
      }
    }
    assertThat(checked).isEqualTo(6);
    assertThat(json.at("/memberMaps/0/years").get(json.at("/memberMaps/0/years").size() - 1).get("date").asText()).isEqualTo("2016-06-30");
  }
}
