package io.integra.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.integra.report.export.ReportWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Settledness (io.integra.core.assess.VerdictRule#settled) in every report output: report.json
 * ({@code readings[].verdictSettled}, the name of {@code integra assess --format json}), the
 * readings.csv column {@code verdict_settled} and the HTML; it is exactly "not undetermined".
 */
class ReportSettlednessTest {
  @TempDir Path tmp;

  @Test void everyReadingWithAVerdictSaysWhetherItIsSettled() throws Exception {
    Path out = tmp.resolve("r");
    ReportWriter.write(Fixtures.model(), out);
    JsonNode json = new ObjectMapper().readTree(out.resolve("report.json").toFile());
    List<Boolean> seen = new ArrayList<>();
    for (JsonNode c : json.get("cases")) {
      for (JsonNode r : c.get("readings")) {
        assertThat(r.has("verdictSettled")).as(c.get("id") + " " + r.get("lens")).isTrue();
        boolean undetermined = "undetermined".equals(r.path("verdict").asText(null));
        assertThat(r.get("verdictSettled").asBoolean()).as(c.get("id") + " " + r.get("lens")).isEqualTo(!undetermined);
        seen.add(r.get("verdictSettled").asBoolean());
      }
    }
    assertThat(seen).as("the bundled cases hold settled and undetermined readings").contains(true, false);
    String csv = Files.readString(out.resolve("readings.csv"));
    assertThat(csv.lines().findFirst().orElseThrow()).endsWith("verdict_settled");
    assertThat(csv).contains(",true\n").contains(",false\n");
    String html = Files.readString(out.resolve("report.html"));
    assertThat(html).contains("<span class=\"settledness\">settled</span>").contains("<span class=\"settledness\">evidence cannot decide</span>");
  }
}
