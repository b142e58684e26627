package io.integra.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.integra.report.export.ReportWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {
  @TempDir Path tmp;

  @Test void writesEveryFileAndLeavesNoTemporaryFolder() throws Exception {
    Path out = tmp.resolve("integra-report");
    List<Path> files = ReportWriter.write(Fixtures.model(), out);
    assertThat(files).extracting(p -> p.getFileName().toString()).contains("report.html", "report.json", "criteria.csv",
        "outcomes.csv", "readings.csv", "timeline.csv", "events.csv", "evidence.csv", "objectives.csv", "bibliography.csv",
        "overview.md", "overview.tex");
    for (Path f : files) assertThat(Files.size(f)).as(f.toString()).isPositive();
    try (Stream<Path> s = Files.list(tmp)) {
      assertThat(s.map(p -> p.getFileName().toString())).containsExactly("integra-report");
    }
  }

  @Test void replacesAnEarlierReportButRefusesAFolderOfOtherFiles() throws Exception {
    Path out = tmp.resolve("r");
    ReportWriter.write(Fixtures.model(), out);
    Files.writeString(out.resolve("stale.txt"), "from an earlier run");
    ReportWriter.write(Fixtures.model(), out);
    assertThat(out.resolve("stale.txt")).doesNotExist();
    assertThat(out.resolve("report.html")).exists();

    Path docs = tmp.resolve("docs");
    Files.createDirectories(docs);
    Files.writeString(docs.resolve("thesis.txt"), "precious");
    assertThatThrownBy(() -> ReportWriter.write(Fixtures.model(), docs))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("holds other files");
    assertThat(docs.resolve("thesis.txt")).hasContent("precious");
    assertThat(docs.resolve("report.html")).doesNotExist();
  }

  @Test void writesTheFixtureReportForInspection() throws Exception {
    Path out = Fixtures.target().resolve("report-fixture");
    ReportWriter.write(Fixtures.model(), out);
    assertThat(out.resolve("report.html")).exists();
  }
}
