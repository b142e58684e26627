package io.integra.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.integra.report.html.HtmlReport;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.Test;

/** The report is valid HTML for the Nu Html Checker (the W3C validator), run in-process: zero errors. */
class HtmlValidatorTest {
  @Test void theReportHasNoValidationError() throws Exception {
    check(HtmlReport.render(Fixtures.model()));
  }

  @Test void theReportWithIndicatorChartsHasNoValidationError() throws Exception {
    String html = HtmlReport.render(Fixtures.modelWithIndicators());
    assertThat(html).contains("data-chart=\"indicator\"");
    check(html);
  }

  private static void check(String html) throws Exception {
    EmbeddedValidator validator = new EmbeddedValidator();
    validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
    validator.setNoLangDetect(false);
    String out = validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    JsonNode messages = new ObjectMapper().readTree(out).path("messages");
    List<String> errors = new ArrayList<>();
    for (JsonNode m : messages) {
      if ("error".equals(m.path("type").asText()) || "fatal".equals(m.path("subType").asText())) {
        errors.add(m.path("lastLine").asText() + ":" + m.path("firstColumn").asText() + " " + m.path("message").asText()
            + " [" + m.path("extract").asText() + "]");
      }
    }
    assertThat(messages.isArray()).as("validator output: " + out.substring(0, Math.min(300, out.length()))).isTrue();
    assertThat(errors).isEmpty();
  }
}
